import type { ChatResponse } from "../src/answer/types.js";
import type { EvalItem } from "./schema.js";

export interface ItemResult {
  id: string;
  kind: EvalItem["kind"];
  lang: EvalItem["lang"];
  question: string;
  status: ChatResponse["status"];
  /** "low" for a hedged answer (closest passages under "I have not found a definite answer"). */
  confidence: ChatResponse["confidence"];
  /** 1-based rank of the first citation at the gold doc and pasal; null when none. */
  rank: number | null;
  mentions: boolean;
  violation: boolean;
  refused: boolean;
  latencyMs: number;
  citations: string[];
}

/** Scores one reply against its gold expectations. */
export function scoreItem(item: EvalItem, reply: ChatResponse, latencyMs: number): ItemResult {
  const answer = reply.answer.toLowerCase();
  const { doc, pasal, component } = item.expect;
  // A service item is hit only by the right service *and* the right component (when the item names one).
  const idx = reply.citations.findIndex((c) => c.docId === doc && (pasal === null || c.pasal === pasal) && (component == null || c.component === component));
  return {
    id: item.id,
    kind: item.kind,
    lang: item.lang,
    question: item.question,
    status: reply.status,
    confidence: reply.confidence,
    rank: doc && idx >= 0 ? idx + 1 : null,
    mentions: item.expect.must_mention.every((m) => answer.includes(m.toLowerCase())),
    violation: item.expect.must_not_mention.some((m) => answer.includes(m.toLowerCase())),
    refused: reply.status === "no_answer" || reply.status === "refused",
    latencyMs,
    citations: reply.citations.map((c) => c.label),
  };
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface Summary {
  n: number;
  hit1: number | null;
  hit5: number | null;
  mrr: number | null;
  mustMention: number | null;
  refusalAccuracy: number | null;
  falseRefusals: number | null;
  mustNotMentionViolations: number;
  p50Ms: number;
  p95Ms: number;
}

/**
 * Aggregates results: retrieval metrics over answerable items, refusal accuracy over the
 * out-of-scope and adversarial ones.
 */
export function summarize(results: ItemResult[]): Summary {
  const answerable = results.filter((r) => r.kind === "answerable");
  const refusable = results.filter((r) => r.kind !== "answerable");
  const share = (xs: ItemResult[], f: (r: ItemResult) => boolean) => (xs.length ? xs.filter(f).length / xs.length : null);
  const lat = results.map((r) => r.latencyMs);
  return {
    n: results.length,
    hit1: share(answerable, (r) => r.rank === 1),
    hit5: share(answerable, (r) => r.rank !== null && r.rank <= 5),
    mrr: answerable.length ? answerable.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / answerable.length : null,
    mustMention: share(answerable, (r) => r.mentions),
    refusalAccuracy: share(refusable, (r) => r.refused),
    falseRefusals: share(answerable, (r) => r.refused),
    mustNotMentionViolations: results.filter((r) => r.violation).length,
    p50Ms: percentile(lat, 50),
    p95Ms: percentile(lat, 95),
  };
}
