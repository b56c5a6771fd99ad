/**
 * The question inside a long message. Citizens often tell a story first ("anak sy baru lahir bulan
 * lalu, suami kerja di luar daerah ...") and ask in one clause; the narrative's words should not
 * decide what is retrieved nor dilute the evidence measure.
 */

/** Words that mark a clause as a question, in Indonesian (also informal) and English. */
const MARKER =
  /(\?|\b(apa|apakah|apaan|bagaimana|gimana|gmn|gmna|bgmn|berapa|brp|kapan|kpn|dimana|di mana|dmn|kemana|ke mana|siapa|mengapa|kenapa|knp|bisakah|bolehkah|boleh|bisa|bs|harus|hrs|wajib|perlu|adakah|tolong|mohon|minta|how|what|when|where|who|whom|which|why|can|could|is|are|does|do|should|must|may|please)\b)/i;

/** A word that points back to what the previous sentence named. */
const ANAPHOR =
  /\b(itu|tersebut|hal ini|it|that|this|them|they)\b\s*(apa\s*)?(ya\s*)?\?*\s*$|\b(dengan|dgn|tentang|soal) (itu|tersebut|hal itu)\b|\b(allow|permit|cover|mean|require)s? (that|this|it)\b/i;

/** Sentences that open by giving the reason for asking. */
const REASON = /^(soalnya|karena|krn|karna|sebab|soale|pasalnya|biar|supaya|agar|because|since|as|so that)\b/i;

/** Messages shorter than this (in words) are their own focus (10, chosen on the tune split: 14 kept "… apa aja sih? lg ngerjain tugas nih" whole). */
const SHORT_WORDS = 10;

/** Splits a message into sentences (and over-long sentences at commas). */
export function sentences(message: string): string[] {
  const parts = message
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.flatMap((p) => (p.split(/\s+/).length > 28 ? p.split(/[,;]\s+/) : [p])).filter((s) => /\p{L}/u.test(s));
}

/**
 * The part of a message that asks: its question sentences, or the last sentence when none is marked.
 * A short message is returned whole.
 *
 * @example
 * questionFocus("Sy baru lahiran bulan lalu di RS. Suami kerja di luar daerah. Syarat akta lahir apa aja ya?")
 * // "Syarat akta lahir apa aja ya?"
 */
export function questionFocus(message: string): string {
  const words = message.trim().split(/\s+/).length;
  if (words < SHORT_WORDS) return message;
  const all = sentences(message);
  if (all.length < 2) return message;
  // A reason given for asking ("Soalnya lusa saya harus urus pinjaman.") is context, not a question.
  const asking = all.filter((s) => MARKER.test(s) && !(REASON.test(s) && !/\?\s*$/.test(s)));
  const focus = asking.length > 0 ? asking : [all.at(-1)!];
  // A question that points back ("Yang dimaksud dengan itu apa?", "Does the regulation allow that?") asks
  // about the sentence before it, which joins the focus.
  const withReferents = all.filter((s, i) => focus.includes(s) || (i + 1 < all.length && focus.includes(all[i + 1]!) && ANAPHOR.test(all[i + 1]!)));
  return withReferents.join(" ");
}
