import type { Step } from "../../answer/context.js";
import type { HandoffRepository } from "../handoffs.js";
import { COMMANDS, whoIs } from "../state.js";
import { ftext } from "../texts.js";

/**
 * beforeRoute: while a handoff is open, the citizen's (masked) messages go to the officer's
 * thread and the bot stays quiet (status "handoff", empty answer). "akhiri" ends it.
 *
 * @example
 * defaultSteps({ beforeRoute: [handoffRelay(forms.handoffs)] });
 */
export function handoffRelay(handoffs: HandoffRepository): Step {
  const step: Step = async function handoffRelay(ctx) {
    const { channel, userKey } = whoIs(ctx);
    const open = userKey ? await handoffs.openFor(channel, userKey) : null;
    if (!open) return;
    if (COMMANDS.endHandoff.test(ctx.question.trim().toLowerCase())) {
      await handoffs.addMessage(open.id, "citizen", ctx.question);
      await handoffs.close(open.id);
      const waiting = ctx.memory.form?.kind === "filling" || ctx.memory.form?.kind === "confirm";
      ctx.finish({ status: "answered", answer: ftext("handoff_ended", ctx.lang) });
      if (waiting) ctx.footer = ftext("paused", ctx.lang); // a form left for the officer still waits
      return;
    }
    // Closed by an officer since it was read: the message is not the officer's any more, the bot answers it.
    if (!(await handoffs.addMessage(open.id, "citizen", ctx.question))) return;
    ctx.finish({ status: "handoff", answer: "" });
  };
  return step;
}
