import { createHash } from "node:crypto";
import { Stemmer } from "sastrawijs";
import { ENGLISH_PHRASES, ENGLISH_WORDS } from "./english.js";
import { SLANG } from "./slang.js";
import { STOPWORDS } from "./stopwords.js";

/** Bump when the normalising code changes in a way that changes index terms (4: "meninggal" keeps its own stem; 5: "-nya" off unknown words). */
const ANALYZER_REVISION = 5;

const stemmer = new Stemmer();

/** Words that end in "-in" without being the colloquial suffix ("daftarin" = "daftarkan"). */
const REAL_IN_WORDS = new Set([
  "ingin",
  "lain",
  "main",
  "izin",
  "ijin",
  "kain",
  "mesin",
  "angin",
  "dingin",
  "miskin",
  "yakin",
  "cermin",
  "batin",
  "latin",
  "kawin",
  "admin",
  "vaksin",
  "bensin",
  "lalin",
  "domain",
  "login",
  "online",
  "yasin",
  "muslimin",
  "engkin",
  "cabin",
  "pin",
  "margin",
  "plugin",
]);

/** "aktifin" → "aktifkan", "daftarin" → "daftarkan": the chat suffix -in to standard -kan. */
function colloquialSuffix(word: string): string {
  if (word.length >= 6 && word.endsWith("in") && !REAL_IN_WORDS.has(word) && !/[aiu]in$/.test(word)) return `${word.slice(0, -2)}kan`;
  return word;
}
/**
 * Words whose Sastrawi stem joins another lexeme: "meninggal" (to die) is not "tinggal" (to live,
 * stay), which "meninggalkan" (to leave) and "tempat tinggal" keep.
 */
const STEM_OVERRIDES = new Map([
  ["meninggal", "meninggal"],
  ["meninggalnya", "meninggal"],
]);
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Sastrawi stem with a cache (stemming is the slowest part of tokenising). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = STEM_OVERRIDES.get(word) ?? (/\d/.test(word) || word.length <= 3 ? word : stemmer.stem(word));
    // A word the stemmer does not know keeps its "-nya" ("servernya", "hostingnya", "linknya"): the suffix goes, the stem stays.
    if (s === word && word.length >= 7 && word.endsWith("nya")) s = stem(word.slice(0, -3));
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/**
 * Lowercases, folds punctuation, maps English domain phrases and expands chat slang.
 * The result is readable text, used for routing and shown to nothing else.
 *
 * @example
 * normalizeText("gmn cr urus KTP yg ilang?") // "bagaimana cara urus ktp yang hilang"
 */
export function normalizeText(input: string): string {
  const cached = normalizedCache.get(input);
  if (cached !== undefined) return cached;
  const out = normalizeUncached(input);
  if (normalizedCache.size >= NORMALIZED_CACHE_LIMIT) normalizedCache.delete(normalizedCache.keys().next().value!);
  normalizedCache.set(input, out);
  return out;
}

/** A question is normalised by several steps (tokeniser, intents, scope); remember recent ones. */
const normalizedCache = new Map<string, string>();
const NORMALIZED_CACHE_LIMIT = 2_000;

function normalizeUncached(input: string): string {
  let s = input.normalize("NFKC").toLowerCase();
  s = s.replace(/[\u2018\u2019`]/g, "'").replace(/[\u2013\u2014]/g, "-");
  for (const [re, id] of ENGLISH_PHRASES) s = s.replace(re, id);
  // Keep letters, digits and in-word hyphens; everything else separates words.
  s = s.replace(/[^\p{L}\p{N}\s-]+/gu, " ").replace(/(^|\s)-+|-+(\s|$)/g, " ");
  const out: string[] = [];
  const raws = s.split(/\s+/).filter(Boolean);
  for (const raw of raws) {
    if (!raw) continue;
    const mapped = SLANG[raw] ?? ENGLISH_WORDS[raw];
    if (mapped !== undefined) {
      out.push(mapped);
      continue;
    }
    // "syarat-syarat" → "syarat"; "anak2" → "anak"; other hyphenated words split.
    const redup = raw.match(/^(\p{L}+)-\1$/u) ?? raw.match(/^(\p{L}{3,})2$/u);
    if (redup?.[1]) {
      out.push(SLANG[redup[1]] ?? redup[1]);
      continue;
    }
    for (const part of raw.split("-")) if (part) out.push(SLANG[part] ?? ENGLISH_WORDS[part] ?? colloquialSuffix(part));
  }
  // A trailing "gak?" / "tidak?" only turns a sentence into a yes/no question.
  if (out.length >= 3 && /^(gak|ga|gk|nggak|ngga|enggak|ndak|nda|tidak|kah|ya|yah|kan)$/.test(raws.at(-1) ?? "")) out.pop();
  return out.join(" ");
}

/**
 * Index terms: normalised, stopwords removed, stemmed. Used by BM25 and the local embedder,
 * at ingest and at question time alike.
 *
 * @example
 * tokenize("Persyaratan penerbitan KTP-el yang hilang") // ["syarat", "terbit", "ktp", "elektronik", "hilang"]
 */
export function tokenize(input: string): string[] {
  const terms: string[] = [];
  for (const word of normalizeText(input).split(" ")) {
    if (!word || STOPWORDS.has(word)) continue;
    const s = stem(word);
    if (s && !STOPWORDS.has(s)) terms.push(s);
  }
  return terms;
}

/** Where a message's sentence ends: not after a number's or an address's abbreviation ("Perwali No. 1 Tahun 2022", "Jl. Drs. H."). */
export const SENTENCE_END = /(?<=[.!?])(?<!\b(?:no|nomor|jl|dr|drs|h|ir|st|hlm|ttg|tgl)\.)\s+|\n+/i;

/**
 * Identifies the text analyser (code revision plus a digest of the slang, English and stopword
 * tables). Stored in the index manifest: an index built by another analyser is rebuilt.
 */
export const ANALYZER_VERSION = `id-r${ANALYZER_REVISION}-${createHash("sha256")
  .update(JSON.stringify([SLANG, ENGLISH_PHRASES.map(([re, t]) => [re.source, t]), ENGLISH_WORDS, [...STOPWORDS], [...REAL_IN_WORDS]]))
  .digest("hex")
  .slice(0, 8)}`;
