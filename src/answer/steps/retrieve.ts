import { retrieve } from "../../retrieval/hybrid.js";
import { hasEvidence } from "../../retrieval/evidence.js";
import { assistRetrieval } from "../../retrieval/llm-rerank.js";
import { tokenize } from "../../text/normalize.js";
import type { AnswerContext, Step } from "../context.js";

/** Words that open a follow-up ("kalau yang hilang gimana?", "what about ..."). */
const FOLLOW_UP = /^(kalau|terus|lalu|trus|bagaimana dengan|gimana dengan|yang|kalo|klo|kl|dan|and|what about|how about|then|if)\b/;
/** A message this short (in index terms) may lean on the previous turn's topic. */
const SHORT = 4;

async function search(ctx: AnswerContext, query: string, focusText?: string) {
  // LLM mode reranks more candidates than the answer keeps (`assistRetrieval` cuts them to topK).
  const { retrieval: cfg, assist } = ctx.deps;
  const topK = assist ? Math.max(cfg.topK, assist.candidates) : cfg.topK;
  return retrieve(ctx.deps.index()!, ctx.deps.embedder, { question: query, lang: ctx.lang, opd: ctx.request.opd, focusText }, { ...cfg, topK });
}

/**
 * Step 4: hybrid retrieval. A short follow-up is also searched together with the previous turn's
 * topic, and the better-supported reading wins. In LLM mode the model may then rewrite and rerank.
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
  if (ctx.deps.assist) {
    const assisted = await assistRetrieval(ctx.deps.assist, {
      question: ctx.searchQuery,
      result,
      search: (q) => search(ctx, q),
      rrfK: ctx.deps.retrieval.rrfK,
      topK: ctx.deps.retrieval.topK,
    });
    result = assisted.result;
    if (assisted.fallback) ctx.trace.retrievalFallback = assisted.fallback;
  }
  ctx.retrieval = result;
};
