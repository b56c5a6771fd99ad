import { z } from "zod";
import { FormDefinitionSchema } from "./form-definition.js";

const text = z.string().min(1);
/** A component may be a sentence or a list of items; lists are quoted as numbered lines. */
const textOrList = z.union([text, z.array(text).min(1)]);

/**
 * The components of a standar pelayanan (PermenPAN-RB 15/2014, Lampiran; UU 25/2009 Pasal 21).
 * The six service-delivery components plus `dasar_hukum` are required; the other management components are optional.
 */
export const REQUIRED_COMPONENTS = ["persyaratan", "prosedur", "waktu", "biaya", "produk", "pengaduan", "dasar_hukum"] as const;
export const OPTIONAL_COMPONENTS = [
  "sarana",
  "kompetensi_pelaksana",
  "pengawasan_internal",
  "jumlah_pelaksana",
  "jaminan_pelayanan",
  "jaminan_keamanan",
  "evaluasi_kinerja",
  "jam_layanan",
  "lokasi",
] as const;
export const COMPONENTS = [...REQUIRED_COMPONENTS, ...OPTIONAL_COMPONENTS] as const;
export type Component = (typeof COMPONENTS)[number];

/** Indonesian and English names of each component, used in chunk titles, labels and answers. */
export const COMPONENT_NAMES: Record<Component, { id: string; en: string }> = {
  persyaratan: { id: "Persyaratan", en: "Requirements" },
  prosedur: { id: "Sistem, mekanisme dan prosedur", en: "Procedure" },
  waktu: { id: "Jangka waktu penyelesaian", en: "Processing time" },
  biaya: { id: "Biaya/tarif", en: "Fee" },
  produk: { id: "Produk pelayanan", en: "Service product" },
  pengaduan: { id: "Penanganan pengaduan, saran dan masukan", en: "Complaints" },
  dasar_hukum: { id: "Dasar hukum", en: "Legal basis" },
  sarana: { id: "Sarana, prasarana dan/atau fasilitas", en: "Facilities" },
  kompetensi_pelaksana: { id: "Kompetensi pelaksana", en: "Staff competence" },
  pengawasan_internal: { id: "Pengawasan internal", en: "Internal oversight" },
  jumlah_pelaksana: { id: "Jumlah pelaksana", en: "Number of staff" },
  jaminan_pelayanan: { id: "Jaminan pelayanan", en: "Service guarantee" },
  jaminan_keamanan: { id: "Jaminan keamanan dan keselamatan pelayanan", en: "Security and safety" },
  evaluasi_kinerja: { id: "Evaluasi kinerja pelaksana", en: "Performance evaluation" },
  jam_layanan: { id: "Jam layanan", en: "Opening hours" },
  lokasi: { id: "Lokasi layanan", en: "Location" },
};

/**
 * Words citizens use when they ask about a component. Indexed as keywords (never shown), so
 * "brp duit bikin ktp" reaches the fee and "hrs bawa apa" the requirements.
 */
export const COMPONENT_KEYWORDS: Partial<Record<Component, string>> = {
  persyaratan: "syarat persyaratan dokumen berkas bawa apa saja yang diperlukan dibutuhkan requirements",
  prosedur: "prosedur cara langkah alur tahapan mekanisme urus bagaimana proses procedure steps",
  waktu: "waktu lama berapa lama hari jam selesai jadi durasi kapan how long",
  biaya: "biaya tarif bayar harga gratis pungutan retribusi berapa uang fee cost",
  produk: "produk hasil dapat apa dokumen yang diterima output masa berlaku berlakunya kedaluwarsa validity valid",
  pengaduan: "pengaduan aduan komplain lapor keluhan saran masukan complaint",
  dasar_hukum: "dasar hukum aturan peraturan regulasi undang-undang legal basis",
  jam_layanan: "jam buka jam layanan hari kerja buka tutup opening hours",
  lokasi: "lokasi alamat tempat kantor dimana di mana address",
  sarana: "sarana prasarana fasilitas ruang tunggu antrean antrian nomor antrean daring online",
  jaminan_pelayanan: "jaminan maklumat janji pelayanan",
};

/**
 * The section of a service another agency provides (`dialihkan_ke`): which agency does it and why, indexed as its
 * own component so "izin keramaian itu diurus di dinas mana?" reaches it.
 */
export const REDIRECT_COMPONENT = "dialihkan_ke";
export const REDIRECT_NAME = "Instansi yang berwenang";
export const REDIRECT_KEYWORDS = "instansi yang berwenang kewenangan";

const componentShape = Object.fromEntries(
  COMPONENTS.map((c) => [c, (REQUIRED_COMPONENTS as readonly string[]).includes(c) ? textOrList : textOrList.optional()]),
) as { [K in Component]: K extends (typeof REQUIRED_COMPONENTS)[number] ? typeof textOrList : z.ZodOptional<typeof textOrList> };

/**
 * One service standard, `corpus/services/<id>.yaml`.
 *
 * @example
 * ServiceStandardSchema.parse(YAML.parse(readFileSync("corpus/services/ktp-el-baru.yaml", "utf8")));
 */
export const ServiceStandardSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "id is lowercase kebab-case"),
    nama: z.string().min(3),
    opd: z.string().regex(/^[a-z0-9-]+$/, "opd is a short lowercase slug, e.g. disdukcapil"),
    opd_nama: z.string().min(3),
    daerah: z.string().min(3).default("Kota Kendari"),
    aliases: z.array(z.string().min(2)).default([]),
    ringkasan: z.string().optional(),
    ...componentShape,
    /** A service that the city does not provide: the bot redirects to the named institution. */
    dialihkan_ke: z
      .object({ instansi: text, alasan: text, kanal: z.array(text).default([]) })
      .strict()
      .optional(),
    /** Components whose facts are not verified against an official source; answers quoting them say so. */
    belum_terverifikasi: z.array(z.enum(COMPONENTS)).default([]),
    sumber: z.array(z.string()).default([]),
    form: FormDefinitionSchema.optional(),
  })
  .strict();

export type ServiceStandard = z.infer<typeof ServiceStandardSchema>;
