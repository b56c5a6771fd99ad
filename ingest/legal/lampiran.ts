/**
 * Parses one Lampiran (from its "LAMPIRAN I PERATURAN ..." line to the next Lampiran) into sections
 * split at its lettered uppercase headings ("A. PENDAHULUAN"). The NOMOR/TANGGAL header and a closing
 * signature block are dropped.
 */
import { LAMPIRAN_RE, isListLine, joinContinuation, type Line } from "./lines.js";
import type { LampiranSection } from "./types.js";

const HEADER_RE = /^(?:NOMOR|TANGGAL|TENTANG)\b|^(?:PERATURAN|KEPUTUSAN)\s/;
const SECTION_RE = /^([A-Z])\.\s+(.+)$/;
const SIGNATURE_RE = /^(?:a\.?n\.?\s+)?(?:Pj\.?\s+|Plt\.?\s+)?WALI\s?KOTA\b[^a-z]*,?$/;

const isUpper = (t: string): boolean => /[A-Z]/.test(t) && t === t.toUpperCase();

/**
 * Parses the lines of one Lampiran.
 *
 * @example
 * parseLampiran(toLines("LAMPIRAN I PERATURAN WALIKOTA X\nNOMOR : 1 TAHUN 2022\n\nPEDOMAN TEKNIS\n\nA. PENDAHULUAN\n\nIsi."))
 * // [{ nomor: "I", judul: "PEDOMAN TEKNIS", heading: "A. PENDAHULUAN", text: "Isi." }]
 */
export function parseLampiran(lines: Line[]): LampiranSection[] {
  const head = LAMPIRAN_RE.exec(lines[0]?.text ?? "");
  const nomor = head?.[1] ?? null;
  let i = 1;
  for (let j = 1; j < Math.min(lines.length, 7); j++) if (HEADER_RE.test(lines[j]?.text ?? "")) i = j + 1;

  const judulParts: string[] = [];
  while (i < lines.length && judulParts.length < 4) {
    const t = lines[i]?.text ?? "";
    if (!isUpper(t) || SECTION_RE.test(t) || isListLine(t)) break;
    judulParts.push(t);
    i++;
  }
  const judul = judulParts.join(" ");

  const body = dropSignature(lines.slice(i));
  const sections: { heading: string; lines: string[] }[] = [];
  let current: { heading: string; lines: string[] } = { heading: judul, lines: [] };
  for (let k = 0; k < body.length; k++) {
    const line = body[k] as Line;
    const sec = SECTION_RE.exec(line.text);
    if (sec && isUpper(sec[2] ?? "")) {
      let heading = line.text;
      while (k + 1 < body.length && !(body[k + 1] as Line).blankBefore && isUpper((body[k + 1] as Line).text) && !isListLine((body[k + 1] as Line).text)) {
        heading += ` ${(body[++k] as Line).text}`;
      }
      if (current.lines.length > 0) sections.push(current);
      current = { heading, lines: [] };
      continue;
    }
    appendLine(current.lines, line);
  }
  if (current.lines.length > 0 || sections.length === 0) sections.push(current);
  return sections.map((s) => ({ nomor, judul, heading: s.heading, text: s.lines.join("\n") }));
}

/** Joins a lowercase OCR continuation ("... guna memfasilitasi" / "komunikasi antar sistem") to the previous line. */
function appendLine(out: string[], line: Line): void {
  const prev = out.at(-1);
  const continues = prev !== undefined && /^[a-z]/.test(line.text) && !isListLine(line.text) && !/[.:;]$/.test(prev);
  if (continues) out[out.length - 1] = joinContinuation(prev, line.text);
  else out.push(line.text);
}

/** Drops a trailing "WALI KOTA X, / ttd / NAME" block (at most six short lines after the office line). */
function dropSignature(lines: Line[]): Line[] {
  for (let k = Math.max(0, lines.length - 7); k < lines.length; k++) {
    const rest = lines.slice(k + 1);
    if (SIGNATURE_RE.test((lines[k] as Line).text) && rest.every((l) => l.text.length < 60)) return lines.slice(0, k);
  }
  return lines;
}
