import type { StoredChunk } from "../../index/manifest.js";
import type { AnswerContext, Step } from "../context.js";
import { answerNotes } from "../notes.js";
import type { ComposeInput, ComposeOutput } from "../composers/types.js";
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
  };
}

async function run(ctx: AnswerContext, primary: boolean): Promise<ComposeOutput> {
  const composer = primary ? ctx.deps.composer : ctx.deps.fallbackComposer;
  const input: ComposeInput = {
    question: ctx.searchQuery,
    lang: ctx.lang,
    retrieval: ctx.retrieval!,
    index: ctx.deps.index()!,
    minEvidence: 1,
    onToken: ctx.stream ? (t) => ctx.stream!.token(t) : undefined,
  };
  return composer.compose(input);
}

/**
 * Step 5: writes the answer with the configured composer. If it fails (an LLM error or timeout),
 * the extractive composer answers instead and any streamed text is reset.
 */
export const compose: Step = async function compose(ctx) {
  let out: ComposeOutput;
  try {
    out = await run(ctx, true);
  } catch (err) {
    ctx.timings.composerFallback = 1;
    (ctx as { composerError?: string }).composerError = (err as Error).message;
    ctx.stream?.reset();
    out = await run(ctx, false);
  }
  if (out.status === "no_answer") {
    ctx.abort("no_answer", canned("no_answer", ctx.lang));
    return;
  }
  if (out.status === "answered" && ctx.deps.composer.name !== "extractive" && !ctx.timings.composerFallback) {
    // The LLM composer writes its own prose; the notes the sources require are added here.
    const { notes, tail } = answerNotes({ lang: ctx.lang, retrieval: ctx.retrieval!, index: ctx.deps.index()! }, out.used);
    if (tail) ctx.stream?.token(tail);
    out = { ...out, answer: `${notes.map((n) => `${n}\n\n`).join("")}${out.answer}${tail}` };
  }
  const seen = new Set<string>();
  const citations = out.used.filter((c) => !seen.has(c.id) && seen.add(c.id)).slice(0, MAX_CITATIONS).map(toCitation);
  ctx.abort("answered", out.answer, { citations });
};
