import type { StepSlots } from "../../answer/engine.js";
import type { FormsServices } from "../services.js";
import { formDialogue, type FormDialogueOptions } from "./form-dialogue.js";
import { handoffRelay } from "./handoff-relay.js";
import { intents } from "./intents.js";
import { pendingMessages } from "./pending-messages.js";

/**
 * The pipeline steps of the forms feature, for `createEngine`'s slots.
 *
 * @example
 * createServices(env, { steps: formSteps(forms, { retentionDays: env.RETENTION_DAYS }) });
 */
export function formSteps(forms: FormsServices, options: FormDialogueOptions): Required<Pick<StepSlots, "beforeRoute" | "afterRoute">> {
  return {
    beforeRoute: [pendingMessages(forms.notifier), handoffRelay(forms.handoffs), formDialogue(forms, options)],
    afterRoute: [intents(forms)],
  };
}
