/**
 * How sure retrieval is that the corpus answers a question: one decision, made once per
 * question, that every composer and the turn's finaliser read.
 */
import type { OutOfScopeReason } from "./out-of-scope.js";

/** `high`: answer; `low`: answer with a hedge and the closest passages; `none`: say so. */
export type Confidence = "high" | "low" | "none";

export interface AnswerabilityRule {
  /** Evidence at or above this is enough to answer outright (the `supportScore` scale). */
  sufficient: number;
  /** Evidence at or above this (and below `sufficient`) gets a hedged answer. */
  hedge: number;
  /** A hedge needs the question's words to be known: at most this share of its information unknown to the corpus. */
  maxUnknownShare: number;
}

export interface AnswerabilityInput {
  evidence: number;
  outOfScope: OutOfScopeReason | null;
  /** IDF-weighted share of the asked terms that no document contains (0..1). */
  unknownShare: number;
}

/**
 * The confidence an answer may claim.
 *
 * @example
 * answerability({ evidence: 0.8, outOfScope: null, unknownShare: 0.1 }, rule) // "low"
 * answerability({ evidence: 1.4, outOfScope: "person", unknownShare: 0 }, rule) // "none"
 */
export function answerability(input: AnswerabilityInput, rule: AnswerabilityRule): Confidence {
  if (input.outOfScope) return "none";
  if (input.evidence >= rule.sufficient) return "high";
  if (input.evidence >= rule.hedge && input.unknownShare <= rule.maxUnknownShare) return "low";
  return "none";
}
