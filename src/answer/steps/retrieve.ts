import { retrieve } from "../../retrieval/hybrid.js";
import { hasEvidence } from "../../retrieval/evidence.js";
import { tokenize } from "../../text/normalize.js";
import type { AnswerContext, Step } from "../context.js";

/** Words that open a follow-up ("kalau yang hilang gimana?", "what about ..."). */
const FOLLOW_UP = /^(kalau|terus|lalu|trus|bagaimana dengan|gimana dengan|yang|kalo|klo|kl|dan|and|what about|how about|then|if)\b/;
/** A message this short (in index terms) may lean on the previous turn's topic. */
const SHORT = 4;

async function search(ctx: AnswerContext, query: string, focusText?: string) {
  return retrieve(ctx.deps.index()!, ctx.deps.embedder, { question: query, opd: ctx.request.opd, focusText }, ctx.deps.retrieval);
}

/**
 * Step 4: hybrid retrieval. A short follow-up is also searched together with the previous turn's
 * topic, and the better-supported reading wins.
 */
export const retrieveStep: Step = async function retrieve(ctx) {
  if (!ctx.deps.index()) return ctx.fail("no corpus index is loaded");
  let result = await search(ctx, ctx.searchQuery);
  const topic = ctx.memory.topic?.words;
  const looksLikeFollowUp = FOLLOW_UP.test(ctx.normalized) || tokenize(ctx.searchQuery).length <= SHORT;
  if (topic && looksLikeFollowUp) {
    const expandedQuery = `${ctx.searchQuery} ${topic}`;
    const expanded = await search(ctx, expandedQuery, ctx.searchQuery);
    const marker = FOLLOW_UP.test(ctx.normalized);
    const better = hasEvidence(expanded.evidence) && (marker || !hasEvidence(result.evidence) || expanded.evidence > result.evidence);
    if (better) {
      result = expanded;
      ctx.searchQuery = expandedQuery;
    }
  }
  ctx.retrieval = result;
};
