import { Stemmer } from "sastrawijs";
import { ENGLISH_PHRASES } from "./english.js";
import { SLANG } from "./slang.js";
import { STOPWORDS } from "./stopwords.js";

const stemmer = new Stemmer();
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Sastrawi stem with a cache (stemming is the slowest part of tokenising). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /\d/.test(word) || word.length <= 3 ? word : stemmer.stem(word);
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
  let s = input.normalize("NFKC").toLowerCase();
  s = s.replace(/[\u2018\u2019`]/g, "'").replace(/[\u2013\u2014]/g, "-");
  for (const [re, id] of ENGLISH_PHRASES) s = s.replace(re, id);
  // Keep letters, digits and in-word hyphens; everything else separates words.
  s = s.replace(/[^\p{L}\p{N}\s-]+/gu, " ").replace(/(^|\s)-+|-+(\s|$)/g, " ");
  const out: string[] = [];
  for (const raw of s.split(/\s+/)) {
    if (!raw) continue;
    const mapped = SLANG[raw];
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
    for (const part of raw.split("-")) if (part) out.push(SLANG[part] ?? part);
  }
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
