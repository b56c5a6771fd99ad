import { maskPersonalData } from "../privacy/mask.js";
import type { AnswerContext, StepResult } from "./context.js";

/** The reply as finalised: what is streamed, stored, logged and returned (without the session id). */
export type FinalReply = StepResult & { confidence: "high" | "low" };
import { answerNotes } from "./notes.js";
import { unconfirmedClaim } from "./premise.js";
import { canned } from "./statuses.js";

/** What a claimed figure is checked against: the cited passages, and a document-facts answer itself (taken from the index's records). */
function claimEvidence(ctx: AnswerContext): string[] {
  const passages = ctx.composed?.used.map((c) => c.text) ?? [];
  return ctx.composed?.composer === "document-facts" && ctx.result ? [ctx.result.answer, ...passages] : passages;
}

/**
 * Every rule a reply obeys after the steps, in one place and in this order:
 * 1. a composed answer gets the notes its sources require (revoked, redirected, unverified);
 * 2. cite or stay silent: an answered question without a citation, or without sufficient evidence
 *    (unless retrieval and composer agree on a hedged, low-confidence answer), becomes `no_answer`;
 * 3. an answer to a question that asks to confirm a fee, duration or date its passages contradict is
 *    `refused` (the claim is not confirmed; the sources' words follow, cited);
 * 4. an empty reply (other than a quiet handoff) becomes `error`;
 * 5. messages kept for the user go in front, and a footer (a form kept waiting) after, whatever the reply;
 * 6. personal data is masked in the answer (documented examples, a whole `Contoh: <value>` line, stay) and in every citation snippet.
 * What it returns is exactly what the engine streams, stores, logs and returns.
 *
 * @example
 * await runSteps(steps, ctx);
 * const reply = finalizeTurn(ctx);
 */
export function finalizeTurn(ctx: AnswerContext): FinalReply {
  if (!ctx.result) ctx.fail("no step finished the turn");
  const r = ctx.result!;
  let { status, answer } = r;
  let citations = r.citations.map((c) => ({ ...c }));

  if (status === "answered" && ctx.composed && ctx.retrieval) {
    const index = ctx.deps.index();
    if (index) {
      const { notes, tail } = answerNotes({ lang: ctx.lang, retrieval: ctx.retrieval, index }, ctx.composed.used);
      answer = `${notes.map((n) => `${n}\n\n`).join("")}${answer}${tail}`;
    }
  }
  // Grounded: a document-facts answer (from the index's structure), or retrieval's one answerability
  // decision allows an answer; a hedged one (evidence only close) is marked low-confidence.
  const grounded = ctx.composed?.composer === "document-facts" || (ctx.retrieval !== undefined && ctx.retrieval.confidence !== "none");
  const hedged = ctx.composed?.confidence === "low" || ctx.retrieval?.confidence === "low";
  if (status === "answered" && ctx.route === "question" && (citations.length === 0 || !grounded)) {
    status = "no_answer";
    answer = canned("no_answer", ctx.lang);
    citations = [];
  }
  if (status === "answered" && ctx.route === "question" && ctx.composed && unconfirmedClaim(ctx.question, claimEvidence(ctx))) {
    status = "refused";
    answer = `${canned("unconfirmed_claim", ctx.lang)}\n\n${answer}`;
  }
  if (!answer.trim() && status !== "handoff") {
    ctx.trace.error ??= `empty ${status} answer`;
    status = "error";
    answer = canned("error", ctx.lang);
  }
  if (ctx.header) answer = answer ? `${ctx.header}\n\n${answer}` : ctx.header;
  if (ctx.footer) answer = answer ? `${answer}\n\n${ctx.footer}` : ctx.footer;

  answer = maskPersonalData(answer, { keepExamples: true }).text;
  for (const c of citations) c.snippet = maskPersonalData(c.snippet).text;
  return { status, answer, citations, actions: r.actions, confidence: status === "answered" && hedged ? "low" : "high" };
}
