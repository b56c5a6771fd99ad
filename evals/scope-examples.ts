/**
 * Plain questions about the corpus, written from templates over its own structure: a service's
 * names times the components its standard has, a regulation's name times the facts the index holds
 * (its Pasal, its dates, its count), a defined term. They teach the scope model what an ordinary
 * short question about the sources looks like; the blind writers' questions are mostly long, and
 * the adversarial ones ask about fees and Pasal in the same words an ordinary question uses.
 */
import type { LoadedDocument } from "../ingest/loaders/types.js";

/** Ways people ask for each component, Indonesian (formal and chat) and English; `{s}` is the service. */
const COMPONENT_ASKS: Record<string, string[]> = {
  persyaratan: [
    "syarat {s} apa saja?",
    "dokumen apa yg harus dibawa untuk {s}?",
    "berkas yang perlu disiapkan buat {s} apa aja",
    "what are the requirements for {s}?",
    "what documents do I need for {s}?",
  ],
  prosedur: [
    "bagaimana cara mengurus {s}?",
    "gmn alur bikin {s}?",
    "langkah-langkah pengajuan {s} seperti apa?",
    "how do I apply for {s}?",
    "what is the procedure for {s}?",
  ],
  waktu: ["berapa lama proses {s}?", "{s} jadinya berapa hari?", "{s} bisa selesai hari itu juga?", "how long does {s} take?", "when will my {s} be ready?"],
  biaya: ["berapa biaya {s}?", "{s} bayar gak?", "{s} gratis atau berbayar?", "how much does {s} cost?", "is {s} free?"],
  produk: ["apa yang saya dapat dari layanan {s}?", "hasil dari {s} apa?", "what do I get from {s}?", "berapa lama {s} berlaku?"],
  pengaduan: ["kalau mau mengadu soal layanan {s} ke mana?", "komplain {s} lewat mana?", "how do I complain about {s}?", "nomor pengaduan layanan {s} berapa?"],
  lokasi: ["{s} diurus di mana?", "alamat kantor untuk urus {s} di mana?", "where do I go for {s}?", "bisa urus {s} di MPP?"],
  jam_layanan: ["jam berapa layanan {s} buka?", "jadwal layanan {s} hari apa saja?", "what are the opening hours for {s}?", "{s} buka hari sabtu?"],
  dasar_hukum: ["apa dasar hukum layanan {s}?", "aturan yang mengatur {s} apa?", "what is the legal basis of {s}?"],
  sarana: ["fasilitas apa saja yang tersedia untuk layanan {s}?", "ada ruang tunggu dan loket khusus untuk {s}?"],
  jaminan_pelayanan: ["apa jaminan pelayanan untuk {s}?", "what service guarantee is there for {s}?"],
  dialihkan_ke: ["{s} diurus di instansi mana?", "which agency handles {s}?"],
};

/** What an office is asked, whatever the service; `{o}` is the OPD. */
const OFFICE_ASKS = ["alamat kantor {o} di mana?", "{o} buka jam berapa?", "nomor telepon {o} berapa?", "where is the {o} office?"];

/** How a question is opened or closed in chat and in polite writing, taken in turn. */
const OPENINGS = ["", "min, ", "mau tanya, ", "tolong kasih tau ", "permisi, ", "could you tell me: ", "", "halo, "];
const CLOSINGS = ["", " ya", " sekarang", " tahun ini", "", " makasih", " min", ""];

/** Ways people ask about a regulation itself; `{r}` is one of its names, `{p}` a Pasal it has. */
const REGULATION_ASKS = ["{r} ada berapa pasal?", "kapan {r} ditetapkan?", "apakah {r} masih berlaku?", "{r} mengatur tentang apa?", "what is {r} about?"];
const PASAL_ASKS = ["bunyi pasal {p} {r}", "pasal {p} {r} isinya apa?", "what does pasal {p} of {r} say?"];
const TERM_ASKS = ["apa itu {t}?", "apa yang dimaksud dengan {t}?", "what is {t}?"];

/** How many Pasal of each regulation are asked about (spread over the document). */
const PASAL_PER_DOCUMENT = 6;
/** How many of a service's names are used. */
const NAMES_PER_SERVICE = 3;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w)\}/g, (_, k: string) => values[k] ?? "");
}

/** The n-th question with the n-th opening and closing: the same corpus gives the same questions. */
function phrased(question: string, n: number): string {
  const open = OPENINGS[n % OPENINGS.length]!;
  const close = CLOSINGS[(n * 3) % CLOSINGS.length]!;
  const body = question.replace(/\?$/, "");
  return `${open}${body}${close}${question.endsWith("?") ? "?" : ""}`;
}

/**
 * The canonical questions of a loaded corpus, every one answerable from it.
 *
 * @example
 * canonicalQuestions(documents) // ["syarat kia apa saja?", …, "bunyi pasal 4 perwali 37 tahun 2024", …]
 */
export function canonicalQuestions(documents: LoadedDocument[]): string[] {
  const out: string[] = [];
  const offices = new Set<string>();
  for (const { record, chunks } of documents) {
    if (record.kind === "service") {
      const names = [...new Set([record.meta.nama.replace(/\s*\(.*?\)\s*/g, " ").trim(), ...record.meta.aliases])].slice(0, NAMES_PER_SERVICE);
      const components = new Set(chunks.map((c) => c.meta.component).filter((c): c is string => c !== undefined));
      for (const c of components)
        for (const t of COMPONENT_ASKS[c] ?? []) for (const s of names) out.push(phrased(fill(t, { s: s.toLowerCase() }), out.length));
      offices.add(record.meta.opd).add(record.meta.opd_nama.replace(/ Kota Kendari$/, ""));
      continue;
    }
    const { nomor, tahun } = record.meta;
    const names = [`perwali ${nomor} tahun ${tahun}`, `peraturan wali kota nomor ${nomor} tahun ${tahun}`, `perwali ${nomor}/${tahun}`];
    for (const [i, r] of names.entries()) {
      out.push(fill(REGULATION_ASKS[i % REGULATION_ASKS.length]!, { r }), fill(REGULATION_ASKS[(i + 3) % REGULATION_ASKS.length]!, { r }));
    }
    const pasals = [...new Set(chunks.map((c) => c.pasal).filter((p): p is string => p !== null))];
    const step = Math.max(1, Math.floor(pasals.length / PASAL_PER_DOCUMENT));
    const asked = pasals.filter((_, i) => i % step === 0).slice(0, PASAL_PER_DOCUMENT);
    for (const [i, p] of asked.entries()) out.push(fill(PASAL_ASKS[i % PASAL_ASKS.length]!, { p, r: names[i % names.length]! }));
    const definitions = chunks.filter((c) => c.meta.unit === "definisi");
    for (const [i, c] of definitions.entries()) {
      const term = c.text.replace(/^Pasal \S+ angka \S+:\s*/, "").match(/^(.{3,60}?)(?:,? yang selanjutnya disingkat| adalah)\s/)?.[1];
      if (term) out.push(fill(TERM_ASKS[i % TERM_ASKS.length]!, { t: term.toLowerCase() }));
    }
  }
  for (const o of offices) for (const t of OFFICE_ASKS) out.push(phrased(fill(t, { o: o.toLowerCase() }), out.length));
  return out;
}
