import { z } from "zod";

/** Lowercase `<city>-<nomor>-<tahun>`, e.g. `kendari-37-2024`, `probolinggo-107-2021`. */
export const REGULATION_ID = /^[a-z]+(?:-[a-z]+)*-[0-9]+[a-z]?-[0-9]{4}$/;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD");

/** A reference to another regulation: its corpus id, or a free label when it is not in the corpus. */
const regulationRef = z.string().min(3);

/**
 * YAML front matter of a regulation in `corpus/regulations/*.md` (or the sidecar `.yaml` of a PDF).
 *
 * @example
 * RegulationMetaSchema.parse({ id: "kendari-37-2024", jenis: "Peraturan Wali Kota", nomor: "37",
 *   tahun: 2024, judul: "Integrasi Sistem Layanan Publik melalui Aplikasi Chatina",
 *   daerah: "Kota Kendari", ditetapkan: "2024-07-01", status: "berlaku" });
 */
export const RegulationMetaSchema = z
  .object({
    id: z.string().regex(REGULATION_ID, "id must look like <city>-<nomor>-<tahun>, lowercase (e.g. kendari-37-2024)"),
    jenis: z.string().min(3),
    nomor: z.coerce.string().min(1),
    tahun: z.coerce.number().int().min(1945).max(2100),
    judul: z.string().min(3),
    daerah: z.string().min(3),
    ditetapkan: isoDate.nullable().default(null),
    diundangkan: isoDate.nullable().default(null),
    status: z.enum(["berlaku", "dicabut", "diubah"]).default("berlaku"),
    mencabut: z.array(regulationRef).default([]),
    dicabut_oleh: regulationRef.nullable().default(null),
    mengubah: z.array(regulationRef).default([]),
    diubah_oleh: z.array(regulationRef).default([]),
    opd: z.array(z.string()).default([]),
    sumber: z.string().optional(),
    url: z.string().url().optional(),
  })
  .strict();

export type RegulationMeta = z.infer<typeof RegulationMetaSchema>;

/** "Kota Kendari" → "Kendari"; "Kabupaten Bantul" → "Bantul". */
export function placeName(daerah: string): string {
  return daerah.replace(/^(kota|kabupaten|kab\.)\s+/i, "").trim();
}

/** "Kota Kendari" → "kendari": the key used by the city filter. */
export function citySlug(daerah: string): string {
  return placeName(daerah).toLowerCase().replace(/\s+/g, "-");
}

/** "Peraturan Wali Kota Kendari Nomor 37 Tahun 2024": the label prefix every citation of the document starts with. */
export function regulationName(meta: Pick<RegulationMeta, "jenis" | "daerah" | "nomor" | "tahun">): string {
  return `${meta.jenis} ${placeName(meta.daerah)} Nomor ${meta.nomor} Tahun ${meta.tahun}`;
}
