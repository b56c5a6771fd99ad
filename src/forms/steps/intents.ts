import type { Step } from "../../answer/context.js";
import { applyIntent } from "../intents/apply.js";
import { handoffRequest } from "../intents/handoff-request.js";
import { statusCheck } from "../intents/status-check.js";
import type { FormsServices } from "../services.js";

/**
 * afterRoute: the intents of the forms feature, in order: a ticket status check, a request for a
 * human officer, an application for a service. Anything else goes on to retrieval.
 *
 * @example
 * defaultSteps({ afterRoute: [intents(forms)] });
 */
export function intents(forms: FormsServices): Step {
  const step: Step = async function intents(ctx) {
    if (ctx.route !== "question") return;
    if (await statusCheck(ctx, forms.submissions)) return;
    if (await handoffRequest(ctx, forms.handoffs)) return;
    applyIntent(ctx);
  };
  return step;
}
