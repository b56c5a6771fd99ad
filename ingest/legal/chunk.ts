/**
 * Chunker for regulations: one chunk per Pasal (per ayat, or per group of huruf, when long), one per
 * definition of the Ketentuan Umum, one per Lampiran section, and a pembukaan chunk so "tentang apa
 * Perwali X" can be answered. Ids depend on the place in the document, never on the text.
 */
import { citySlug, regulationName, type RegulationMeta } from "../../src/corpus/regulation.js";
import type { Chunk } from "../../src/index/types.js";
import { stripFrontMatter } from "./lines.js";
import { parseLegalText } from "./parse.js";
import { pasalUnits, type Unit } from "./pasal-units.js";
import { splitLong } from "./split.js";
import type { LegalDocument } from "./types.js";

export interface ChunkOptions {
  /** A Pasal longer than this is split per ayat (then per group of huruf). Default 1200. */
  maxPasalChars?: number;
  /** Budget for a pembukaan or Lampiran chunk before it is split. Default 2400. */
  maxSectionChars?: number;
}

/**
 * Chunks one regulation body (front matter optional) into citable units.
 *
 * @example
 * const chunks = chunkRegulation(meta, body); // meta: kendari-37-2024
 * chunks.find((c) => c.id === "kendari-37-2024#pasal-7")?.label
 * // "Peraturan Wali Kota Kendari Nomor 37 Tahun 2024, Pasal 7"
 */
export function chunkRegulation(meta: RegulationMeta, body: string, opts: ChunkOptions = {}): Chunk[] {
  const maxPasal = opts.maxPasalChars ?? 1200;
  const maxSection = opts.maxSectionChars ?? 2400;
  const name = regulationName(meta);
  const title = `${name} tentang ${meta.judul}`;
  const units = stripFrontMatter(body).trim() === "" ? [metadataUnit(meta, title)] : documentUnits(parseLegalText(body), title, maxPasal, maxSection);
  const seen = new Map<string, number>();
  return units.map((u) => {
    const base = `${meta.id}#${u.key}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      id: n === 1 ? base : `${base}~${n}`,
      docId: meta.id,
      title,
      headingPath: u.headingPath,
      pasal: u.pasal,
      ayat: u.ayat,
      label: `${name}${u.labelTail}`,
      text: u.text,
      meta: { sourceType: "regulation", city: citySlug(meta.daerah), status: meta.status, opd: meta.opd, unit: u.unit },
    };
  });
}

function documentUnits(doc: LegalDocument, title: string, maxPasal: number, maxSection: number): Unit[] {
  return [...pembukaanUnits(doc.pembukaan, title, maxSection), ...doc.pasal.flatMap((p) => pasalUnits(p, maxPasal)), ...lampiranUnits(doc, maxSection)];
}

/** The record of a regulation known only by its metadata (e.g. revoked, body not in the corpus). */
function metadataUnit(meta: RegulationMeta, title: string): Unit {
  const by =
    meta.status === "dicabut" && meta.dicabut_oleh
      ? ` oleh ${meta.dicabut_oleh}`
      : meta.status === "diubah" && meta.diubah_oleh.length
        ? ` oleh ${meta.diubah_oleh.join(", ")}`
        : "";
  return pembukaanUnit("pembukaan", " (Pembukaan)", `${title}. Status: ${meta.status}${by}.`);
}

function pembukaanUnit(key: string, labelTail: string, text: string): Unit {
  return { key, unit: "pembukaan", labelTail, headingPath: ["Pembukaan"], pasal: null, ayat: null, text };
}

/**
 * One pembukaan chunk (title line + pembukaan); when that is too long the Mengingat list moves to its
 * own chunk(s) ("#pembukaan-mengingat", "-2", ...), so the title and Menimbang stay together.
 */
function pembukaanUnits(pembukaan: string, title: string, max: number): Unit[] {
  const whole = [title, pembukaan].filter(Boolean).join("\n");
  const lines = pembukaan.split("\n");
  const from = lines.findIndex((l) => /^Mengingat\b/i.test(l));
  const to = lines.findIndex((l, i) => i > from && /^(?:MEMUTUSKAN|Menetapkan)\b/i.test(l));
  if (whole.length <= max || from < 0) return [pembukaanUnit("pembukaan", " (Pembukaan)", whole)];
  const end = to < 0 ? lines.length : to;
  const main = [title, ...lines.slice(0, from), ...lines.slice(end)].join("\n");
  const mengingat = splitLong(lines.slice(from, end).join("\n"), max - title.length - 1);
  return [
    pembukaanUnit("pembukaan", " (Pembukaan)", main),
    ...mengingat.map((part, i) => ({
      ...pembukaanUnit(i === 0 ? "pembukaan-mengingat" : `pembukaan-mengingat-${i + 1}`, " (Pembukaan, Mengingat)", `${title}\n${part}`),
      headingPath: ["Pembukaan", "Mengingat"],
    })),
  ];
}

/** One unit per Lampiran section ("#lampiran-<n>", n counted over all sections), long ones in parts. */
function lampiranUnits(doc: LegalDocument, max: number): Unit[] {
  return doc.lampiran.flatMap((s, i) => {
    const head = ["Lampiran", s.nomor, s.judul].filter(Boolean).join(" ");
    const headingPath = s.heading && s.heading !== s.judul ? [head, s.heading] : [head];
    const where = [s.nomor, s.heading].filter(Boolean).join(", ");
    const header = headingPath.join("\n");
    const parts = s.text ? splitLong(s.text, max - header.length - 1) : [""];
    return parts.map(
      (part, k): Unit => ({
        key: k === 0 ? `lampiran-${i + 1}` : `lampiran-${i + 1}-part-${k + 1}`,
        unit: "lampiran",
        labelTail: `, Lampiran${where ? ` ${where}` : ""}`,
        headingPath,
        pasal: null,
        ayat: null,
        text: [header, part].filter(Boolean).join("\n"),
      }),
    );
  });
}
