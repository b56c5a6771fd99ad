import type { AnswerContext } from "../../answer/context.js";
import { serviceById } from "../catalog.js";
import type { SubmissionRepository } from "../submissions.js";
import { whoIs } from "../state.js";
import { ftext, STATUS_NAMES } from "../texts.js";

/** A ticket number, e.g. KDI-2026-000123. */
export const TICKET = /\b([A-Z]{2,5}-\d{4}-\d{6})\b/i;

/**
 * "cek status KDI-2026-000123": the status and the latest note, only for the channel and user that
 * submitted. Anyone else gets the very same reply as for a ticket that does not exist.
 *
 * @example
 * await statusCheck(ctx, forms.submissions) // true when the message named a ticket (and ctx was answered)
 */
export async function statusCheck(ctx: AnswerContext, submissions: SubmissionRepository): Promise<boolean> {
  const m = TICKET.exec(ctx.question); // masking leaves ticket numbers as they are
  if (!m?.[1]) return false;
  const ticket = m[1].toUpperCase();
  const { channel, userKey } = whoIs(ctx);
  const sub = await submissions.get(ticket);
  if (!sub || sub.channel !== channel || sub.userKey !== userKey || !userKey) {
    ctx.finish({ status: "form", answer: ftext("status_unknown", ctx.lang, { ticket }) });
    return true;
  }
  const latest = [...sub.notes].reverse().find((n) => n.text.trim() !== "");
  ctx.finish({
    status: "form",
    answer: ftext("status", ctx.lang, {
      ticket,
      nama: serviceById(ctx.deps.index(), sub.serviceId)?.nama ?? sub.serviceId,
      status: STATUS_NAMES[sub.status][ctx.lang],
      note: latest ? ftext("status_note", ctx.lang, { note: latest.text }) : "",
    }),
  });
  return true;
}
