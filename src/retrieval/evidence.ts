import { tokenize } from "../text/normalize.js";
import type { Chunk } from "../index/types.js";

/** BM25-style inverse document frequency; a term the corpus never uses weighs the most. */
export function idf(df: number, docCount: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

const termCache = new Map<string, Set<string>>();
const CACHE_LIMIT = 50_000;

/** The index terms of a chunk: its text, heading path, title and keywords. */
export function chunkTerms(chunk: Chunk): Set<string> {
  let terms = termCache.get(chunk.id + "\u0000" + chunk.text.length);
  if (!terms) {
    terms = new Set(tokenize([chunk.text, chunk.headingPath.join(" "), chunk.title, ...(chunk.keywords ?? [])].join(" \n ")));
    if (termCache.size > CACHE_LIMIT) termCache.clear();
    termCache.set(chunk.id + "\u0000" + chunk.text.length, terms);
  }
  return terms;
}

/**
 * The share of the question's information (IDF-weighted terms) that a chunk contains, 0..1.
 * Off-topic questions use words the corpus does not have, so their best chunk covers little.
 *
 * @example
 * coverage(["biaya", "ktp", "baru"], chunk, { biaya: 14, ktp: 40, baru: 22 }, 450) // 1 when all three occur
 * `fuzzyMatched` holds query terms that BM25 matched in this chunk only approximately (typos).
 */
export function coverage(queryTerms: string[], chunk: Chunk, df: Record<string, number>, docCount: number, fuzzyMatched?: ReadonlySet<string>): number {
  const unique = [...new Set(queryTerms)];
  if (unique.length === 0) return 0;
  const terms = chunkTerms(chunk);
  let total = 0;
  let hit = 0;
  for (const t of unique) {
    const w = idf(df[t] ?? 0, docCount);
    total += w;
    if (terms.has(t) || fuzzyMatched?.has(t)) hit += w;
  }
  return total > 0 ? hit / total : 0;
}
