import type { Lang } from "./statuses.js";

const EN = new Set(
  "the a an is are was what how much many does do did can could i my me you your where when which who why of for to in on with please need get apply cost fee long take still valid about".split(
    " ",
  ),
);
const ID = new Set(
  "yang apa bagaimana berapa dimana kapan siapa saya aku ini itu dan atau untuk dengan di ke dari ada bisa mau tidak gak ga yg gmn brp sy utk dgn kalau klo apakah adalah harus syarat cara biaya buat bikin urus min kak pak bu".split(
    " ",
  ),
);

/**
 * Guesses whether a message is English or Indonesian from its function words; falls back to
 * `fallback` when it cannot tell (short or mixed messages).
 *
 * @example
 * detectLanguage("How much does a new ID card cost?") // "en"
 * detectLanguage("brp biaya ktp baru") // "id"
 */
export function detectLanguage(text: string, fallback: Lang = "id"): Lang {
  let en = 0;
  let id = 0;
  for (const w of text.toLowerCase().match(/[a-z']+/g) ?? []) {
    if (EN.has(w)) en++;
    if (ID.has(w)) id++;
  }
  if (en >= 2 && en > id) return "en";
  if (id > en) return "id";
  return fallback;
}
