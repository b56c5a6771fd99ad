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
  // Keyed on what the terms come from: a curator's question variant changes only the keywords.
  const key = `${chunk.id}\u0000${chunk.text.length}\u0000${(chunk.keywords ?? []).join("\u0001")}`;
  let terms = termCache.get(key);
  if (!terms) {
    terms = new Set(tokenize([chunk.text, chunk.headingPath.join(" "), chunk.title, ...(chunk.keywords ?? [])].join(" \n ")));
    if (termCache.size > CACHE_LIMIT) termCache.clear();
    termCache.set(key, terms);
  }
  return terms;
}

/** How much of a question a chunk supports: the share of its information, and the amount matched. */
export interface Support {
  /** IDF-weighted share of the question's terms found in the chunk (0..1). */
  share: number;
  /** Sum of the IDF of the matched terms. */
  mass: number;
}

/**
 * The share of the question's information (IDF-weighted terms) that a chunk contains, 0..1.
 * Off-topic questions use words the corpus does not have, so their best chunk covers little.
 *
 * @example
 * coverage(["biaya", "ktp", "baru"], chunk, { biaya: 14, ktp: 40, baru: 22 }, 450) // 1 when all three occur
 * `fuzzyMatched` holds query terms that BM25 matched in this chunk only approximately (typos).
 */
export function coverage(queryTerms: string[], chunk: Chunk, df: Record<string, number>, docCount: number, fuzzyMatched?: ReadonlySet<string>): Support {
  const unique = [...new Set(queryTerms)];
  if (unique.length === 0) return { share: 0, mass: 0 };
  const terms = chunkTerms(chunk);
  let total = 0;
  let hit = 0;
  for (const t of unique) {
    const w = idf(df[t] ?? 0, docCount);
    total += w;
    if (terms.has(t) || fuzzyMatched?.has(t)) hit += w;
  }
  return { share: total > 0 ? hit / total : 0, mass: hit };
}

export interface EvidenceRule {
  /** Enough when a chunk holds this share of the question (default 0.5). */
  minCoverage: number;
  /** Also enough when it holds this lower share (default 0.3) … */
  minCoverageLong: number;
  /** … together with this much specific information, in rare-term equivalents (default 1.5). */
  massRareTerms: number;
}

/**
 * Evidence as one number, ≥ 1 when sufficient: a chunk supports an answer when it holds half of
 * what was asked, or, for long messages full of context, a substantial amount of specific
 * information (1.5 × the IDF of a word the corpus never uses) and at least 30% of the question.
 *
 * @example
 * supportScore({ share: 0.4, mass: 20 }, rule, 504) // 1.33: a long question, well supported
 */
export function supportScore(s: Support, rule: EvidenceRule, docCount: number): number {
  const needMass = rule.massRareTerms * idf(0, docCount);
  return Math.max(s.share / rule.minCoverage, Math.min(s.mass / needMass, s.share / rule.minCoverageLong));
}

/** Support at or above this is enough to answer from (the scale `supportScore` produces). */
export const SUFFICIENT_SUPPORT = 1;

/** How many of the top hits count for a question's evidence (an answer quotes one of them). */
export const EVIDENCE_DEPTH = 3;

/**
 * The one evidence predicate: is this support (a chunk's, or a question's best) enough to answer?
 * `threshold` is for composers tested on their own; the pipeline always uses the default.
 *
 * @example
 * hasEvidence(1.33); // true
 * hasEvidence(retrieval.evidence); // false for an off-topic question
 */
export function hasEvidence(support: number, threshold: number = SUFFICIENT_SUPPORT): boolean {
  return support >= threshold;
}
