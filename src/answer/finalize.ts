import { maskPersonalData } from "../privacy/mask.js";
import type { AnswerContext, StepResult } from "./context.js";
import type { StoredChunk } from "../index/manifest.js";
import { sectionBody } from "../retrieval/unlisted.js";
import { answerNotes } from "./notes.js";
import { regulationTarget } from "./regulation-target.js";
import { analyzeQuery } from "../retrieval/query-analysis.js";
import { unconfirmedClaim, unconfirmedProvision } from "./premise.js";
import { placedOutside } from "./scope-gate.js";
import { canned } from "./statuses.js";
import { MAX_CITATIONS, toCitation } from "./steps/compose.js";
import type { Citation } from "./types.js";

/** The reply as finalised: what is streamed, stored, logged and returned (without the session id). */
export type FinalReply = StepResult & { confidence: "high" | "low" };

/** A service's sections that state a fee, a processing time, a validity or what is required: a claim about the service is judged by them too. */
const CLAIM_SECTIONS = ["biaya", "waktu", "produk", "persyaratan"];

/**
 * What a claim is checked against: the cited passages; a document-facts answer itself (taken from
 * the index's records); and the fee, time, product and requirement sections of each cited service,
 * so "SKCK berlaku 2 tahun kan?" is judged by the product section even when the answer cites the procedure.
 */
function claimEvidence(ctx: AnswerContext): Array<{ text: string; chunk?: StoredChunk }> {
  const used = ctx.composed?.used ?? [];
  const out: Array<{ text: string; chunk?: StoredChunk }> = used.map((c) => ({ text: c.text, chunk: c }));
  if (ctx.composed?.composer === "document-facts" && ctx.result) out.unshift({ text: ctx.result.answer });
  const index = ctx.deps.index();
  const services = new Set(used.filter((c) => c.meta.component).map((c) => c.docId));
  for (const docId of services)
    for (const component of CLAIM_SECTIONS) {
      const chunk = index?.chunk(`${docId}#${component}`);
      if (chunk && !used.some((c) => c.id === chunk.id)) out.push({ text: chunk.text, chunk });
    }
  // The Pasal the message cites, of the regulation it names, though retrieval did not find it ("Perwali 1/2022
  // Pasal 9 bilang PBG gratis, kan?"): what a user says a provision provides is judged by that provision.
  const cited = CITED_PASAL.exec(ctx.question);
  const target = cited && index ? regulationTarget(ctx.question, analyzeQuery(ctx.question, index), index) : undefined;
  if (cited && index && target)
    for (const chunk of index.chunks())
      if (chunk.docId === target.docId && chunk.pasal === cited[1] && !out.some((e) => e.chunk?.id === chunk.id)) out.push({ text: chunk.text, chunk });
  return out;
}
const CITED_PASAL = /\b(?:pasal|article)\s+(\d{1,3})\b/i;

/**
 * A claim the passages contradict: the canned reason first, then each judging section the answer did
 * not cite (or the one sentence that says otherwise), quoted and cited, then the answer as composed.
 * The caller makes it `refused` unless `correctionOnly`.
 */
function refuteClaim(ctx: AnswerContext, answer: string, citations: Citation[]): { answer: string; citations: Citation[]; correctionOnly: boolean } | null {
  const evidence = claimEvidence(ctx);
  const claim =
    unconfirmedClaim(
      ctx.question,
      evidence.map((e) => e.text),
    ) ??
    unconfirmedProvision(
      ctx.question,
      evidence.map((e) => e.chunk),
    );
  if (!claim) return null;
  const judging = [...new Set(claim.judges.map((i) => evidence[i]!.chunk))].filter((c): c is StoredChunk => c !== undefined);
  const judges = judging.filter((c) => !citations.some((x) => x.label === c.label)).slice(0, Math.max(0, MAX_CITATIONS - citations.length));
  // The judging sections come first, as [1]…[m], whether the composed answer cited them or not; its markers follow them.
  const first = judging.filter((c) => judges.includes(c) || citations.some((x) => x.label === c.label));
  const cited = [
    ...first.map((c) => citations.find((x) => x.label === c.label) ?? toCitation(c)),
    ...citations.filter((x) => !first.some((c) => c.label === x.label)),
  ];
  const at = (label: string) => cited.findIndex((c) => c.label === label) + 1;
  // A single sentence that says otherwise ("… tidak diperlukan") is quoted alone, with its section's number.
  const quotes = claim.statement
    ? claim.judges.flatMap((i) => {
        const label = evidence[i]!.chunk?.label;
        const n = label ? at(label) : 0;
        return n > 0 ? [`${label} [${n}]:\n"${claim.statement}"`] : [];
      })
    : // Each judging section the composed answer does not already quote (one it only names under "see also" is quoted).
      first
        .filter((c) => !answer.includes(sectionBody(c).trim().slice(0, 60)))
        .map((c) => `${c.label} [${at(c.label)}]:\n"${sectionBody(c).replace(/\s+/g, " ").trim()}"`);
  const renumbered = answer.replace(/\[(\d+)\]/g, (m, n: string) => {
    const label = citations[Number(n) - 1]?.label;
    return label ? `[${at(label)}]` : m;
  });
  return {
    answer: [canned("unconfirmed_claim", ctx.lang), ...quotes, renumbered].join("\n\n"),
    citations: cited,
    correctionOnly: claim.correctionOnly,
  };
}

/**
 * Every rule a reply obeys after the steps, in one place and in this order:
 * 1. a composed answer gets the notes its sources require (revoked, redirected, unverified);
 * 2. cite or stay silent: an answered question without a citation, or without sufficient evidence
 *    (unless retrieval and composer agree on a hedged, low-confidence answer), becomes `no_answer`;
 * 3. an answer to a question that asks to confirm a fee, duration or date its passages contradict is
 *    `refused` (the claim is not confirmed; the sources' words follow, cited); with no claim to correct,
 *    an answer to a question the scope model places outside the sources becomes `no_answer`;
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
  const refuted = status === "answered" && ctx.route === "question" && ctx.composed ? refuteClaim(ctx, answer, citations) : null;
  if (refuted) {
    // The claim is corrected either way; see `UnconfirmedClaim.correctionOnly` for when the answer keeps its status.
    if (!refuted.correctionOnly) status = "refused";
    ({ answer, citations } = refuted);
  } else if (status === "answered" && ctx.route === "question" && placedOutside(ctx, citations)) {
    status = "no_answer";
    answer = canned("no_answer", ctx.lang);
    citations = [];
    ctx.trace.outsideByModel = true;
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
