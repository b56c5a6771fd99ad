/**
 * Legal-structure parser for Indonesian regulations (Peraturan Wali Kota, Perda, ...) in OCR'd
 * markdown: pembukaan, BAB › Bagian › Paragraf › Pasal › ayat/huruf, definitions, penutup, Lampiran
 * and Penjelasan. Tolerates heading hashes, balanced or unbalanced bold, titles on following lines and
 * "Pasal N" references inside running text.
 */
import { parseLampiran } from "./lampiran.js";
import { classify, pasalNomor, type Kind } from "./classify.js";
import { BAB_RE, BAGIAN_RE, PARAGRAF_RE, isListLine, toLines, type Line } from "./lines.js";
import { parsePasalBody } from "./pasal-body.js";
import type { LampiranSection, LegalDocument, Pasal, StructHeading } from "./types.js";

export type * from "./types.js";

interface Scope {
  bab: StructHeading | null;
  bagian: StructHeading | null;
  paragraf: StructHeading | null;
}

/**
 * Parses the body text of a regulation (front matter, if present, is ignored).
 *
 * @example
 * const doc = parseLegalText("PERATURAN WALI KOTA X\n\nBAB I\nKETENTUAN UMUM\n\nPasal 1\n\n(1) Satu.\n(2) Dua.\n\nDitetapkan di X");
 * doc.pasal[0]?.headingPath // ["BAB I KETENTUAN UMUM", "Pasal 1"]
 * doc.pasal[0]?.ayat.map((a) => a.nomor) // ["1", "2"]
 * doc.penutup // "Ditetapkan di X"
 */
export function parseLegalText(body: string): LegalDocument {
  const lines = toLines(body);
  const kinds = classify(lines);
  const firstStruct = kinds.findIndex((k) => k === "bab" || k === "pasal");
  const lastPasal = kinds.lastIndexOf("pasal");
  const tailKinds: Kind[] = ["penutup", "lampiran", "penjelasan"];
  let bodyEnd = kinds.findIndex((k, i) => i > lastPasal && tailKinds.includes(k) && (lastPasal >= 0 || k !== "penutup"));
  if (bodyEnd < 0) bodyEnd = lines.length;
  const bodyStart = firstStruct >= 0 && firstStruct < bodyEnd ? firstStruct : bodyEnd;

  const doc: LegalDocument = { pembukaan: joinLines(lines.slice(0, bodyStart)), bab: [], pasal: [], lampiran: [], penutup: "", penjelasan: null, warnings: [] };
  buildBody(lines.slice(bodyStart, bodyEnd), kinds.slice(bodyStart, bodyEnd), doc);
  splitTail(lines.slice(bodyEnd), kinds.slice(bodyEnd), doc);
  return doc;
}

/** Walks the batang tubuh: structural headings, their title lines, Pasal captions and Pasal bodies. */
function buildBody(lines: Line[], kinds: Kind[], doc: LegalDocument): void {
  const scope: Scope = { bab: null, bagian: null, paragraf: null };
  let titleOf: StructHeading | null = null;
  let titleLines: string[] = [];
  let caption: string | null = null;
  let pasal: { nomor: string; judul: string | null; scope: Scope; lines: Line[] } | null = null;

  const closeTitle = (nextIsPasal: boolean): void => {
    if (!titleOf) return;
    if (nextIsPasal && titleLines.length >= 2) {
      const lastLine = titleLines.at(-1) ?? "";
      const earlier = titleLines.slice(0, -1).join(" ");
      if (new RegExp(`\\b${escapeRe(lastLine)}\\b`, "i").test(earlier)) caption = titleLines.pop() ?? null;
    }
    titleOf.judul = [titleOf.judul, ...titleLines].filter(Boolean).join(" ");
    titleOf = null;
    titleLines = [];
  };
  const closePasal = (nextIsPasal: boolean): void => {
    if (!pasal) return;
    if (nextIsPasal) caption = takeCaption(pasal.lines);
    doc.pasal.push(makePasal(pasal.nomor, pasal.judul, pasal.scope, pasal.lines));
    pasal = null;
  };

  lines.forEach((line, i) => {
    const kind = kinds[i];
    if (kind === "bab" || kind === "bagian" || kind === "paragraf") {
      closeTitle(false);
      closePasal(false);
      caption = null;
      const m = (kind === "bab" ? BAB_RE : kind === "bagian" ? BAGIAN_RE : PARAGRAF_RE).exec(line.text);
      const heading: StructHeading = { nomor: m?.[1] ?? "", judul: m?.[2]?.trim() ?? "" };
      if (kind === "bab") {
        Object.assign(scope, { bab: heading, bagian: null, paragraf: null });
        doc.bab.push(heading);
      } else if (kind === "bagian") Object.assign(scope, { bagian: heading, paragraf: null });
      else scope.paragraf = heading;
      titleOf = heading;
    } else if (kind === "pasal") {
      closeTitle(true);
      closePasal(true);
      pasal = { nomor: pasalNomor(line.text), judul: caption, scope: { ...scope }, lines: [] };
      caption = null;
    } else if (pasal) {
      pasal.lines.push(line);
    } else if (titleOf && !isListLine(line.text) && line.text.length <= 160) {
      titleLines.push(line.text);
    } else {
      doc.warnings.push(`unplaced line before any Pasal: ${line.text.slice(0, 80)}`);
    }
  });
  closeTitle(false);
  closePasal(false);
}

/** Pops trailing bold/heading caption lines ("**Maksud**", "**Tujuan") that belong to the next Pasal. */
function takeCaption(lines: Line[]): string | null {
  const taken: string[] = [];
  while (taken.length < 2) {
    const last = lines.at(-1);
    if (!last || !last.marked || last.text.length > 80 || /[.;:,]$/.test(last.text) || isListLine(last.text)) break;
    taken.unshift(last.text);
    lines.pop();
  }
  return taken.length ? taken.join(" ") : null;
}

function makePasal(nomor: string, judul: string | null, scope: Scope, lines: Line[]): Pasal {
  const headingPath = [
    scope.bab && `BAB ${scope.bab.nomor} ${scope.bab.judul}`,
    scope.bagian && `Bagian ${scope.bagian.nomor} ${scope.bagian.judul}`,
    scope.paragraf && `Paragraf ${scope.paragraf.nomor} ${scope.paragraf.judul}`,
    judul,
    `Pasal ${nomor}`,
  ]
    .filter((h): h is string => Boolean(h))
    .map((h) => h.trim());
  return { nomor, judul, ...scope, headingPath, ...parsePasalBody(lines) };
}

/** Splits what follows the batang tubuh into penutup, Lampiran sections and Penjelasan. */
function splitTail(lines: Line[], kinds: Kind[], doc: LegalDocument): void {
  const penutup: Line[] = [];
  const penjelasan: Line[] = [];
  const lampiran: Line[][] = [];
  let target = penutup;
  lines.forEach((line, i) => {
    if (kinds[i] === "lampiran") lampiran.push((target = []));
    else if (kinds[i] === "penjelasan") target = penjelasan;
    target.push(line);
  });
  doc.penutup = joinLines(penutup);
  doc.penjelasan = penjelasan.length ? joinLines(penjelasan) : null;
  doc.lampiran = lampiran.flatMap((l): LampiranSection[] => parseLampiran(l));
}

function joinLines(lines: Line[]): string {
  return lines.map((l) => l.text).join("\n");
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
