import { serviceById } from "../../forms/catalog.js";
import { internalForm } from "../../forms/dialogue.js";
import { setFormState } from "../../forms/state.js";
import { ftext } from "../../forms/texts.js";
import { hasEvidence } from "../../retrieval/evidence.js";
import type { AnswerContext, Step } from "../context.js";
import { placedOutside } from "../scope-gate.js";
import type { Action } from "../types.js";

/**
 * A how-to question: how to apply, the procedure, the steps, the requirements. Matched on the
 * normalised message (slang already expanded: "gmn caranya" → "bagaimana caranya").
 */
const HOW_TO =
  /\b(cara\w*|bagaimana|prosedur\w*|alur\w*|langkah\w*|tahap\w*|mekanisme|syarat\w*|persyaratan|berkas|dokumen apa|daftar|mendaftar|urus|mengurus|ajukan|mengajukan|how (do|can|to)|procedure|process|steps?|requirements?|apply|register)\b/;
/** Components that answer a how-to question even when it is phrased otherwise. */
const HOW_TO_COMPONENTS = new Set(["persyaratan", "prosedur"]);

/**
 * The start-form action of the service a reply answered about, or null: the reply must be answered,
 * with sufficient evidence, its first source a standar pelayanan whose form is filled in this chat,
 * and the question a how-to.
 *
 * @example
 * startFormAction(ctx); // { id: "form:start:akta-kelahiran", label: "Mulai pengajuan", reply: "mulai" }
 */
export function startFormAction(ctx: AnswerContext): Action | null {
  if (ctx.result?.status !== "answered" || ctx.route !== "question" || ctx.result.citations.length === 0) return null;
  // Hedged or weak answers (which `finalizeTurn` may still withdraw) offer nothing.
  if (!hasEvidence(ctx.retrieval?.evidence ?? 0) || ctx.composed?.confidence === "low") return null;
  // Nor an answer the scope model withdraws.
  if (placedOutside(ctx, ctx.result.citations)) return null;
  const first = ctx.composed?.used[0];
  const serviceId = first?.meta.serviceId;
  if (!serviceId) return null;
  const howTo = HOW_TO.test(ctx.normalized) || HOW_TO_COMPONENTS.has(first.meta.component ?? "");
  if (!howTo) return null;
  const service = serviceById(ctx.deps.index(), serviceId);
  if (!service || !internalForm(service)) return null;
  return { id: `form:start:${service.id}`, label: ftext("start_action", ctx.lang), reply: "mulai" };
}

/**
 * Wraps the compose step: an answer about a service that has a form, to a how-to question, also
 * offers to start that form ("gmn caranya daftar akta lahir?" → the procedure and "Mulai pengajuan").
 * The offer is kept in the session, so "mulai" starts the form, as after an apply intent.
 * Used only when forms are enabled (see `StepSlots.offerForms`).
 *
 * @example
 * defaultSteps({ offerForms: true }); // [..., retrieveStep, offerNextStep(compose)]
 */
export function offerNextStep(inner: Step): Step {
  const step: Step = async function nextStep(ctx) {
    await inner(ctx);
    const action = startFormAction(ctx);
    if (!action || !ctx.result) return;
    // A form kept waiting (a question asked mid-form) is never replaced by an offer.
    if (ctx.memory.form && ctx.memory.form.kind !== "offer") return;
    if (ctx.result.actions.some((a) => a.id === action.id)) return;
    setFormState(ctx.memory, { kind: "offer", serviceId: action.id.slice("form:start:".length) });
    ctx.finish({ ...ctx.result, actions: [...ctx.result.actions, action] });
  };
  step.stepName = inner.stepName ?? inner.name;
  return step;
}
