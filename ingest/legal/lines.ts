/**
 * Line normalisation for OCR'd regulation markdown: strips heading hashes, list bullets, bold and
 * italic markers and signature (PARAF) tables, collapses whitespace, and remembers whether a line was
 * visually marked (bold or a markdown heading), which the parser uses to tell captions from text.
 */

/** One non-blank source line after normalisation. */
export interface Line {
  text: string;
  /** The line was a markdown heading or (partly) inside a bold span. */
  marked: boolean;
  /** A blank line (or the start of the text) precedes it. */
  blankBefore: boolean;
}

const ORDINAL = "(?:Pertama|Kesatu|Kedua|Ketiga|Keempat|Kelima|Keenam|Ketujuh|Kedelapan|Kesembilan|Kesepuluh|Kesebelas)(?:\\s+(?:Belas|Puluh))?";

/** "BAB IV" or "BAB IV KEAMANAN DATA". */
export const BAB_RE = /^BAB\s+([IVXLC]+)\b\.?(?:\s+(.*))?$/;
/** "Bagian Kesatu" or "Bagian Kesatu Umum". */
export const BAGIAN_RE = new RegExp(`^Bagian\\s+(${ORDINAL})\\b(?:\\s+(.*))?$`, "i");
/** "Paragraf 1" or "Paragraf Kesatu Umum". */
export const PARAGRAF_RE = new RegExp(`^Paragraf\\s+(\\d+|${ORDINAL})\\b(?:\\s+(.*))?$`, "i");
/** A line that is only "Pasal 5" or "Pasal 5A". */
export const PASAL_RE = /^Pasal\s+(\d+)\s?([A-Za-z])?$/i;
/** An ayat line: "(1) ...". */
export const AYAT_RE = /^\((\d+[a-z]?)\)\s*(.*)$/;
/** A huruf line: "a. ...". */
export const HURUF_RE = /^([a-z])\.\s+(.*)$/;
/** An angka line: "12. ..." (definitions, Mengingat, numbered lists). */
export const ANGKA_RE = /^(\d+[a-z]?)\.\s+(.*)$/;
/** Sub-item under a huruf: "1) ...". */
export const SUBANGKA_RE = /^(\d+)\)\s+(.*)$/;
/** A Lampiran opener: "LAMPIRAN", "LAMPIRAN I PERATURAN WALI KOTA ...". */
export const LAMPIRAN_RE = /^LAMPIRAN(?:\s+([IVXLC]+|\d+)\b)?(?:\s+(.*))?$/;
/** A Penjelasan opener: "PENJELASAN" or "PENJELASAN ATAS ...", uppercase (not "Penjelasan teknis ..."). */
export const PENJELASAN_RE = /^PENJELASAN(?:\s+ATAS\b.*)?$/;
/** Lines that open the penutup once the last Pasal has been read. */
export const PENUTUP_RE = /^(?:Agar setiap orang mengetahuinya|Ditetapkan\s+di\b|Diundangkan\s+di\b|BERITA DAERAH\b|LEMBARAN DAERAH\b|Salinan sesuai\b)/i;

/**
 * Normalises one raw line: no heading hashes, bullets, emphasis markers or repeated spaces.
 *
 * @example
 * cleanLine("#### **Pasal 20**")       // "Pasal 20"
 * cleanLine("  - a. *website* resmi;  ") // "a. website resmi;"
 */
export function cleanLine(raw: string): string {
  let t = raw.replace(/[\u00a0\u2007\u202f\t]/g, " ").trim();
  t = t.replace(/^#{1,6}\s+/, "");
  t = t.replace(/^(?:[-+•]|\*(?=\s))\s+/, "");
  t = t.replace(/\\([.\-*_()#])/g, "$1");
  t = t.replace(/\*+/g, "");
  t = t.replace(/^#{1,6}\s+/, "");
  return t.replace(/\s+/g, " ").trim();
}

/**
 * Splits a body into normalised non-blank lines, dropping YAML front matter and PARAF tables.
 *
 * @example
 * toLines("**BAB I  \nKETENTUAN UMUM**\n\nPasal 1")
 * // [{ text: "BAB I", marked: true, blankBefore: true },
 * //  { text: "KETENTUAN UMUM", marked: true, blankBefore: false },
 * //  { text: "Pasal 1", marked: false, blankBefore: true }]
 */
export function toLines(body: string): Line[] {
  const out: Line[] = [];
  let blank = true;
  let inBold = false;
  let inTable = false;
  for (const raw of stripFrontMatter(body).split(/\r?\n/)) {
    if (/^\s*PARAF\s+KOORDINASI\b/i.test(raw)) {
      inTable = true;
      continue;
    }
    if (inTable && raw.includes("\t")) continue;
    inTable = false;
    const text = cleanLine(raw);
    if (!text) {
      blank = true;
      inBold = false;
      continue;
    }
    const marked = inBold || /^\s*(?:[-+*]\s+)?(?:#{1,6}\s|\*\*)/.test(raw);
    if ((raw.match(/\*\*/g) ?? []).length % 2 === 1) inBold = !inBold;
    out.push({ text, marked, blankBefore: blank });
    blank = false;
  }
  return out;
}

/**
 * Removes a leading `---` YAML front matter block, if any.
 *
 * @example
 * stripFrontMatter("---\nid: x\n---\nPasal 1") // "Pasal 1"
 */
export function stripFrontMatter(body: string): string {
  return body.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, "");
}

/**
 * Appends an OCR-broken continuation to a line: rejoins "perundang-" + "undangan", else adds a space.
 *
 * @example
 * joinContinuation("peraturan perundang-", "undangan yang berlaku") // "peraturan perundang-undangan yang berlaku"
 */
export function joinContinuation(prev: string, next: string): string {
  if (!prev) return next;
  if (/[a-z]-$/.test(prev) && /^[a-z]/.test(next)) return prev + next;
  return `${prev} ${next}`;
}

/**
 * True for a line that starts an ayat, huruf, angka or "1)" item.
 *
 * @example
 * isListLine("(2) Tim ditetapkan.") // true
 * isListLine("Pasal 2")            // false
 */
export function isListLine(text: string): boolean {
  return AYAT_RE.test(text) || HURUF_RE.test(text) || ANGKA_RE.test(text) || SUBANGKA_RE.test(text);
}
