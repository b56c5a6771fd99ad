import { COMPONENT_NAMES, type Component } from "../../corpus/service.js";
import type { StoredChunk } from "../../index/manifest.js";
import { sectionBody, type UnlistedFact } from "../../retrieval/unlisted.js";
import { SUFFICIENT_SUPPORT } from "../../retrieval/evidence.js";
import type { AnswerContext, Step } from "../context.js";
import type { ComposeOutput, Composer } from "../composers/types.js";
import { canned } from "../statuses.js";
import type { Citation } from "../types.js";

/** Citations are capped by the public API contract. */
export const MAX_CITATIONS = 5;
const SNIPPET_CHARS = 240;

/** The public citation of a chunk: its label and a snippet, never a label of our own making. */
export function toCitation(chunk: StoredChunk): Citation {
  const snippet = chunk.text.replace(/\s+/g, " ").trim();
  return {
    docId: chunk.docId,
    title: chunk.title,
    pasal: chunk.pasal,
    ayat: chunk.ayat,
    label: chunk.label,
    snippet: snippet.length > SNIPPET_CHARS ? `${snippet.slice(0, SNIPPET_CHARS - 1)}…` : snippet,
    component: chunk.meta.component ?? null,
  };
}

function run(ctx: AnswerContext, composer: Composer): Promise<ComposeOutput> {
  return composer.compose({
    question: ctx.searchQuery,
    lang: ctx.lang,
    retrieval: ctx.retrieval!,
    index: ctx.deps.index()!,
    minEvidence: SUFFICIENT_SUPPORT,
    onToken: ctx.stream ? (t) => ctx.stream!.token(t) : undefined,
  });
}

/**
 * "Not listed": `no_answer`, but quoting and citing the component that says so, whole (what it
 * does give, such as where to file or the days a counter opens, is of use). See `unlistedFact`.
 */
function notListed(ctx: AnswerContext, fact: UnlistedFact) {
  const names = COMPONENT_NAMES[fact.chunk.meta.component as Component];
  const answer = canned("unlisted", ctx.lang, {
    service: fact.chunk.title.replace(/^Standar Pelayanan /, ""),
    component: names ? names[ctx.lang] : (fact.chunk.meta.component ?? ""),
    section: sectionBody(fact.chunk).replace(/\s+/g, " ").trim(),
  });
  ctx.stream?.token(answer);
  ctx.finish({ status: "no_answer", answer, citations: [toCitation(fact.chunk)] });
}

/**
 * Step 5: writes the answer with the configured composer. If it fails (an LLM error or timeout),
 * the fallback composer answers instead, streamed text is reset, and the reason goes in the trace.
 * Notes and the citation rules are applied once, for every composer, by `finalizeTurn`.
 */
export const compose: Step = async function compose(ctx) {
  if (!ctx.retrieval || !ctx.deps.index()) return ctx.fail("compose ran without a retrieval result or an index");
  if (ctx.retrieval.unlisted) return notListed(ctx, ctx.retrieval.unlisted);
  let composer = ctx.deps.composer;
  let out: ComposeOutput;
  try {
    out = await run(ctx, composer);
  } catch (err) {
    ctx.trace.composerFallback = `${composer.name}: ${(err as Error).message}`;
    ctx.stream?.reset();
    composer = ctx.deps.fallbackComposer;
    out = await run(ctx, composer);
  }
  if (out.status === "no_answer") return ctx.finish({ status: "no_answer", answer: canned("no_answer", ctx.lang) });
  ctx.composed = { composer: composer.name, used: out.used, confidence: out.confidence ?? "high" };
  const seen = new Set<string>();
  const citations = out.used
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .slice(0, MAX_CITATIONS)
    .map(toCitation);
  ctx.finish({ status: "answered", answer: out.answer, citations });
};
