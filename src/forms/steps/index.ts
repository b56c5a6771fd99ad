import type { StepSlots } from "../../answer/engine.js";
import type { FormsServices } from "../services.js";
import { formDialogue } from "./form-dialogue.js";
import { handoffRelay } from "./handoff-relay.js";
import { intents } from "./intents.js";
import { pendingMessages } from "./pending-messages.js";

/**
 * The pipeline steps of the forms feature, for `createEngine`'s slots.
 *
 * @example
 * createServices(env, { steps: formSteps(forms) });
 */
export function formSteps(forms: FormsServices): Required<Pick<StepSlots, "beforeRoute" | "afterRoute">> {
  return {
    beforeRoute: [pendingMessages(forms.notifier), handoffRelay(forms.handoffs), formDialogue(forms)],
    afterRoute: [intents(forms)],
  };
}
