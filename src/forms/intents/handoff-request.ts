import type { AnswerContext } from "../../answer/context.js";
import { mentionedServices } from "../../retrieval/intent.js";
import { serviceById } from "../catalog.js";
import type { HandoffRepository } from "../handoffs.js";
import { whoIs } from "../state.js";
import { ftext } from "../texts.js";

const ASK_HUMAN = [
  /\b(hubungi|hubungkan|sambungkan|bicara|berbicara|ngomong|chat|telepon|minta)\b.{0,30}\b(petugas|operator|cs|customer service|admin|manusia|orang|pegawai)\b/,
  /\b(talk|speak|chat)\b.{0,20}\b(petugas|officer|human|agent|person|operator|staff)\b/,
];

/** The service desk that answers when no OPD is known: Diskominfo coordinates public complaints. */
const DEFAULT_OPD = { opd: "diskominfo", nama: "Dinas Komunikasi dan Informatika Kota Kendari" };

/** The OPD slug and name for a handoff: the channel's OPD, the service named now, applied for or last answered about, or the default. */
function desk(ctx: AnswerContext): { opd: string; nama: string } {
  const index = ctx.deps.index();
  const services = index?.documents().flatMap((d) => (d.kind === "service" ? [d.meta] : [])) ?? [];
  const named = index ? mentionedServices(ctx.question, index)[0] : undefined;
  // The service the citizen applied for, else the one the last answer was about.
  const last = ctx.memory.handoff?.serviceId ?? ctx.memory.topic?.serviceId;
  const service = serviceById(index, named ?? last ?? "");
  const opd = ctx.request.opd ?? service?.opd ?? DEFAULT_OPD.opd;
  const nama = services.find((s) => s.opd === opd)?.opd_nama ?? DEFAULT_OPD.nama;
  return { opd, nama };
}

/**
 * Whether the message asks for a human officer ("hubungi petugas", "mau ngomong sama CS").
 *
 * @example
 * asksForHuman(ctx) // true for "hubungi petugas"
 */
export function asksForHuman(ctx: Pick<AnswerContext, "normalized" | "question">): boolean {
  const text = ` ${ctx.normalized} `;
  const raw = ctx.question.toLowerCase();
  return ASK_HUMAN.some((re) => re.test(text) || re.test(raw));
}

/**
 * "hubungi petugas", "mau ngomong sama CS", "talk to an officer": opens a handoff to the OPD
 * service desk (Service Desk Tier 1, Perwali Kendari 41/2021 Pasal 33).
 *
 * @example
 * await handoffRequest(ctx, forms.handoffs) // true, ctx.result.status === "handoff"
 */
export async function handoffRequest(ctx: AnswerContext, handoffs: HandoffRepository): Promise<boolean> {
  if (!asksForHuman(ctx)) return false;
  const { channel, userKey } = whoIs(ctx);
  if (!userKey) return false;
  const { opd, nama } = desk(ctx);
  // In a group nothing is opened (no officer alert, no thread): the channel points to the private chat.
  if (ctx.request.inGroup) {
    ctx.finish({ status: "handoff", answer: ftext("handoff_opened", ctx.lang, { opd_nama: nama }) });
    return true;
  }
  const h = await handoffs.open({ sessionId: ctx.request.sessionId ?? userKey, channel, userKey, opd });
  await handoffs.addMessage(h.id, "citizen", ctx.question);
  ctx.finish({ status: "handoff", answer: ftext("handoff_opened", ctx.lang, { opd_nama: nama }) });
  return true;
}
