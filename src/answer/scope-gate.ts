import { isOutside } from "../retrieval/scope-model.js";
import { normalizeText } from "../text/normalize.js";
import type { AnswerContext } from "./context.js";
import type { Citation } from "./types.js";

/**
 * The scope model's word (`scope-model.ts`) on a reply about to be answered from these citations: the question is
 * outside the sources, or adversarial. `finalizeTurn` then answers `no_answer`, and `startFormAction` offers no
 * form. The model judges the question as searched (a follow-up with its topic). Not judged: an answer led by a
 * document added after the fit (a curator's new regulation), which the model has never seen; and a question a
 * curator linked to a passage the answer quotes (a question variant, matched on its normalised wording), which is
 * the curator's call.
 *
 * @example
 * placedOutside(ctx, reply.citations); // true for "permohonan PBG saya sudah tahap mana?" answered from the PBG procedure
 */
export function placedOutside(ctx: AnswerContext, citations: Citation[]): boolean {
  const model = ctx.deps.retrieval.scopeModel;
  const lead = citations[0]?.docId;
  if (!model || !lead || !model.documents.includes(lead)) return false;
  const linked = ctx.composed?.used.some((c) => c.keywords?.some((k) => normalizeText(k) === ctx.normalized));
  return !linked && isOutside(model, ctx.searchQuery);
}
