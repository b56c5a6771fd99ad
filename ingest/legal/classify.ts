/**
 * Classifies normalised lines as structural headings, segment openers or text. A "Pasal N" line is a
 * heading only when it is the whole line, does not go back in numbering, and does not continue a
 * sentence ("... sebagaimana dimaksud dalam" / "Pasal 5").
 */
import { BAB_RE, BAGIAN_RE, LAMPIRAN_RE, PARAGRAF_RE, PASAL_RE, PENJELASAN_RE, PENUTUP_RE, type Line } from "./lines.js";

/** What a line is: a structural heading, the opener of a tail segment, or text. */
export type Kind = "bab" | "bagian" | "paragraf" | "pasal" | "lampiran" | "penjelasan" | "penutup" | "text";

/** Words that end a line whose sentence goes on with a reference on the next line. */
const DANGLING = /(?:dalam|pada|dimaksud|dan|atau|sesuai|berdasarkan|ketentuan|,)$/i;

/**
 * Classifies each line; after the first Lampiran or Penjelasan only further openers are recognised.
 *
 * @example
 * classify(toLines("BAB I\nKETENTUAN UMUM\n\nPasal 1\n\nsebagaimana dimaksud dalam\nPasal 1"))
 * // ["bab", "text", "pasal", "text", "text"]
 */
export function classify(lines: Line[]): Kind[] {
  let lastPasal = -1;
  let inAnnex = false;
  return lines.map((line, i): Kind => {
    const t = line.text;
    const lamp = LAMPIRAN_RE.exec(t);
    if (lamp && (lamp[1] || !lamp[2] || /^(?:PERATURAN|KEPUTUSAN)\b/.test(lamp[2]))) {
      inAnnex = true;
      return "lampiran";
    }
    if (PENJELASAN_RE.test(t)) {
      inAnnex = true;
      return "penjelasan";
    }
    if (inAnnex) return "text";
    if (PENUTUP_RE.test(t)) return "penutup";
    if (BAB_RE.test(t) && titleLike(BAB_RE.exec(t)?.[2])) return "bab";
    if (BAGIAN_RE.test(t) && titleLike(BAGIAN_RE.exec(t)?.[2])) return "bagian";
    if (PARAGRAF_RE.test(t) && titleLike(PARAGRAF_RE.exec(t)?.[2])) return "paragraf";
    if (PASAL_RE.test(t)) {
      const value = pasalValue(pasalNomor(t));
      const prev = lines[i - 1];
      const continuesSentence = !line.marked && !line.blankBefore && prev !== undefined && DANGLING.test(prev.text);
      if (value >= lastPasal && !continuesSentence) {
        lastPasal = value;
        return "pasal";
      }
    }
    return "text";
  });
}

/** A same-line heading title must look like a title, not a sentence. */
function titleLike(rest: string | undefined): boolean {
  return rest === undefined || (rest.length <= 160 && !/[.;,]$/.test(rest));
}

/**
 * The Pasal number of a heading line, with an uppercase letter suffix.
 *
 * @example
 * pasalNomor("Pasal 5a") // "5A"
 */
export function pasalNomor(text: string): string {
  const m = PASAL_RE.exec(text);
  return `${m?.[1] ?? ""}${(m?.[2] ?? "").toUpperCase()}`;
}

/** Orders "5" < "5A" < "5B" < "6". */
function pasalValue(nomor: string): number {
  const m = /^(\d+)([A-Z])?$/.exec(nomor);
  return m ? Number(m[1]) + (m[2] ? (m[2].charCodeAt(0) - 64) / 100 : 0) : -1;
}
