import type { Step } from "../../answer/context.js";
import type { Notifier } from "../../notify/types.js";
import { whoIs } from "../state.js";
import { ftext } from "../texts.js";

/**
 * beforeRoute: messages kept for this user (an officer's reply, a ticket status change) become
 * the turn's header, which `finalizeTurn` puts in front of whatever this turn replies.
 *
 * @example
 * createEngine(deps, stores, defaultSteps({ beforeRoute: [pendingMessages(notifier)] }));
 */
export function pendingMessages(notifier: Notifier): Step {
  const step: Step = async function pendingMessages(ctx) {
    const { channel, userKey } = whoIs(ctx);
    if (!userKey) return;
    const pending = await notifier.takePending(channel, userKey);
    if (pending.length === 0) return;
    ctx.header = ftext("pending_header", ctx.lang, { messages: pending.map((m) => m.text).join("\n") });
  };
  return step;
}
