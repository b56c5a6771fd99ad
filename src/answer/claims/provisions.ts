/**
 * What a user says a cited Pasal provides ("Pasal 14 ayat (5) kan membolehkan hosting di luar negeri?",
 * "Pasal 8 ayat (4) menyatakan evaluasi cukup 5 tahun sekali, kan?"), checked against that Pasal's own
 * words. A claim that cites a provision is confirmed only by it; its figures, web domains and most of
 * its words must be there, and what it says happens "without" something must not be what the text requires.
 */
import type { StoredChunk } from "../../index/manifest.js";
import { SENTENCE_END, tokenize } from "../../text/normalize.js";
import { rewriteQuery } from "../../text/query-rewrite.js";

/** "Pasal 14 ayat (5)", "pasal 8 ayat 4", "Article 11(4)": the provision a claim cites. */
const CITES = /\b(?:pasal|article)\s+(\d{1,3})(?:\s*(?:ayat|paragraph)?\s*\(?(\d{1,2})\)?)?/i;
/** A verb that says what a provision provides ("membolehkan", "menyatakan", "says", "allows"). */
const PROVIDES =
  /\b(menurut|sesuai|berdasarkan|according to|under|per|may|can|must|mencabut|mengubah|revokes?|repeals?|amends?|membolehkan|memperbolehkan|mengizinkan|mengijinkan|menyatakan|menyebut\w*|mengatur|mewajibkan|melarang|berbunyi|bilang|isinya|boleh|cukup|hanya|tidak (wajib|perlu|harus)|allow(s|ed)?|permit(s|ted)?|says|states|requires?|required|only|katanya|kabarnya|infonya|bunyinya|tertulis|disebutkan)\b/i;
/** A regulation a provision is said to revoke or amend, by number and year ("mencabut Perwali Kendari Nomor 1 Tahun 2022"). */
const ACTS_ON =
  /\b(mencabut|dicabut|mengubah|diubah|revokes?|revoked|repeals?|repealed|amends?|amended)\b.{0,60}?(?:nomor|no\.?|number)?\s*(\d{1,4})\s*(?:tahun|\/|of)\s*(\d{4})\b/i;
/** A web domain or address claimed ("kendari.go.id"). */
const DOMAIN = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:go\.id|id|com|net|org|info)\b/gi;
/** Numbers in a claim, other than the citation's own (Pasal and ayat numbers, regulation number and year). */
const NUMBER = /\b\d+\b/g;
const CITATION_NUMBERS =
  /\b(?:pasal|article|ayat|paragraph|nomor|no|perwali|peraturan wali ?kota|peraturan walikota|tahun)\s*\(?\d+\)?(?:\s*\/\s*\d{4})?|\b\d{1,3}\s*\/\s*\d{4}\b|\(\d{1,2}\)/gi;
/** Words of asking and hedging that say nothing about the provision (as written and as `tokenize` stems them). */
const FILLER_WORDS =
  "setahu saya sy kami kita anda kan ya benar betul bener tolong mohon konfirmasi tegaskan dibenarkan benarkan jawab tidak aja saja dong jadi itu ini pasal ayat perwali peraturan walikota wali kota kendari nomor menurut bahwa membolehkan memperbolehkan boleh mengizinkan menyatakan menyebutkan mengatur bilang isinya cukup hanya semua membetulkan says states article correct right";
const CLAIM_FILLER = new Set([...FILLER_WORDS.split(" "), ...tokenize(FILLER_WORDS)]);
const ENGLISH = /\b(the|is|are|that|says|allows?|allowed|as long as|under|per)\b/i;
/**
 * A name the claim gives: a capitalised word not opening the sentence ("Provinsi Maluku Utara", "App Store"),
 * a word with a capital inside ("iPhone") or an acronym ("APBD").
 */
const NAME = /(?<!^|[.!?]\s)\b(?:\p{Lu}\p{Ll}+|\p{Ll}+\p{Lu}\p{L}*|\p{Lu}{2,})\b/gu;
/**
 * Capitalised words of citing and asking, which name nothing the provision must hold, and the common
 * abbreviations of government offices and budgets, which a provision may write out in full ("Dinas Kominfo").
 */
const NAME_FILLER = new Set(
  [
    "pasal ayat perwali perwal peraturan wali walikota kota nomor tahun article paragraph regulation mayor under according i saya kami tolong mohon bapak ibu pak bu kak min kan ya",
    "diskominfo kominfo disdukcapil dukcapil capil bappeda sekda setda opd pemkot pemda pemprov dprd apbd apbn asn pns tik spbe nik kk ktp",
  ]
    .join(" ")
    .split(" "),
);
/** Share of a claim's own words the provision must hold. */
const MIN_SUPPORT = 0.5;

export interface ProvisionClaim {
  /** Index into the chunks given: the cited provision. */
  judge: number;
  /** The provision's words that the claim misstates (the ayat cited, or the whole Pasal). */
  statement: string;
}

/** The text of ayat `n` in a Pasal chunk, or the whole chunk when it has no such ayat. */
function ayatText(chunk: StoredChunk, ayat: string | undefined): string {
  if (!ayat) return chunk.text;
  // The ayat with its lettered items, up to the next ayat.
  const m = new RegExp(String.raw`\(${ayat}\)\s*([\s\S]*?)(?=\n[-\s]*\(\d{1,2}\)|$)`).exec(chunk.text);
  return m ? m[1]!.replace(/\s+/g, " ").trim() : chunk.text;
}

/**
 * The cited provision that does not say what a confirmation-seeking sentence claims it says, or null.
 * `claims` are the sentences that ask to be confirmed (see `claimSentences`); `chunks` the passages the
 * answer cites. Only a sentence that cites a Pasal and says what it provides is read.
 *
 * @example
 * provisionClaim(["Pasal 14 ayat (1) itu kendari.go.id kan?"], [pasal14]) // { judge: 0, statement: "Nama domain resmi … kendarikota.go.id." }
 */
export function provisionClaim(claims: string[], chunks: Array<StoredChunk | undefined>): ProvisionClaim | null {
  for (const claim of claims) {
    // The sentence that cites the provision, not the request around it ("… Bisa tolong konfirmasi biar vendor kami lanjut?").
    const sentence = claim.split(SENTENCE_END).find((s) => CITES.test(s) && PROVIDES.test(s));
    if (!sentence) continue;
    const [, pasal, ayat] = CITES.exec(sentence)!;
    const judge = chunks.findIndex((c) => c !== undefined && c.meta.sourceType === "regulation" && c.pasal === pasal && (!c.ayat || !ayat || c.ayat === ayat));
    if (judge < 0) continue;
    const text = ayatText(chunks[judge]!, chunks[judge]!.ayat ? undefined : ayat);
    const lower = text.toLowerCase();
    // The regulation a Pasal is said to revoke or amend is its own claim ("Pasal 44 … mencabut Perwali 1/2022, kan?").
    const acted = ACTS_ON.exec(sentence);
    if (
      acted &&
      !new RegExp(String.raw`\b(?:nomor|no\.?)\s*${acted[2]}\s+tahun\s+${acted[3]}\b`, "i").test(
        ayatText(chunks[judge]!, chunks[judge]!.ayat ? undefined : ayat),
      )
    )
      return { judge, statement: ayatText(chunks[judge]!, chunks[judge]!.ayat ? undefined : ayat) };
    const asserted = sentence.replace(CITATION_NUMBERS, " ");
    const unsupported =
      [...asserted.matchAll(DOMAIN)].some((m) => !lower.includes(m[0].toLowerCase())) ||
      [...asserted.replace(DOMAIN, " ").matchAll(NUMBER)].some((m) => !new RegExp(`\\b${m[0]}\\b`).test(text)) ||
      withoutWhatIsRequired(asserted, text) ||
      namesMissing(asserted, `${text} ${chunks[judge]!.title}`) ||
      // An English claim is read through the glossary first: its words, not the provision's language, are compared.
      support(ENGLISH.test(asserted) ? rewriteQuery(asserted, "en", { synonyms: false }).text : asserted, text) < MIN_SUPPORT;
    if (unsupported) return { judge, statement: text };
  }
  return null;
}

/** "tanpa koordinasi" where the provision requires it ("wajib …", "tetap berkoordinasi"), not where it is optional. */
function withoutWhatIsRequired(claim: string, text: string): boolean {
  const held = new Set(
    tokenize(
      text
        .split(/[.;]/)
        .filter((s) => /\b(wajib|harus|tetap|diwajibkan|mesti|diserahkan)\b/i.test(s))
        .join(" "),
    ),
  );
  return [...claim.matchAll(/\b(?:tanpa|without)\s+(\S+)/gi)].some((m) => tokenize(m[1]!).some((t) => held.has(t)));
}

/**
 * Whether the claim gives a name the provision does not hold, as written or as an acronym of its words
 * ("APBD" for "Anggaran Pendapatan dan Belanja Daerah").
 */
function namesMissing(claim: string, text: string): boolean {
  const lower = text.toLowerCase();
  // An English claim capitalises English words ("the Regional Government"): only acronyms and inner capitals ("AWS", "iPhone") count.
  const english = ENGLISH.test(claim);
  const initials = (lower.match(/\p{L}+/gu) ?? [])
    .filter((w) => !["dan", "atau", "di", "dari", "yang"].includes(w))
    .map((w) => w[0])
    .join("");
  return [...claim.matchAll(NAME)].some(([name]) => {
    const word = name.toLowerCase();
    if (NAME_FILLER.has(word) || lower.includes(word.replace(/nya$/, ""))) return false;
    if (english && /^\p{Lu}\p{Ll}+$/u.test(name)) return false;
    return !(name === name.toUpperCase() && name.length >= 3 && initials.includes(word));
  });
}

/** The share of the claim's own words (not its hedges or citation) that the provision holds. */
function support(claim: string, text: string): number {
  const held = new Set(tokenize(text));
  const words = tokenize(claim).filter((t) => !CLAIM_FILLER.has(t) && !/^\d+$/.test(t));
  if (words.length < 3) return 1;
  return words.filter((t) => held.has(t)).length / words.length;
}
