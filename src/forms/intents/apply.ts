import type { AnswerContext } from "../../answer/context.js";
import { mentionedServices } from "../../retrieval/intent.js";
import { serviceById } from "../catalog.js";
import { internalForm, offerText } from "../dialogue.js";
import { setFormState } from "../state.js";
import { ftext } from "../texts.js";

const WANT = /\b(mau|ingin|pengen|pingin|hendak|tolong|want to|would like to|need to)\b/;
const VERB =
  /\b(buat|bikin|membuat|daftar|mendaftar|daftarkan|ajukan|mengajukan|urus|mengurus|lapor|melapor|laporkan|adu|mengadu|adukan|komplain|ganti|mengganti|apply|register|report|complain)\b/;
const START = /^(saya )?(buat|bikin|daftar|daftarkan|ajukan|urus|lapor|laporkan|adukan|apply|register|report)\b/;
/** Questions about a service are answered by retrieval, not turned into an application. */
const QUESTION = /\b(syarat\w*|persyaratan|berapa|bagaimana|gimana|apa|apakah|cara\w*|kapan|dimana|di mana|lama|biaya|how|what|when|where)\b/;
const COMPLAINT = /\b(lapor|melapor|laporkan|adu|mengadu|adukan|aduan|komplain|keluhan|mengeluh|complain|report)\b/;

/**
 * An apply intent ("sy mau bikin ktp baru", "daftar akta lahir anak", "mau lapor jalan rusak"):
 * replies with the requirements, time and fee quoted from the standard and offers to start the
 * form; an external form gives its link, a service without a form says to apply in person.
 *
 * @example
 * applyIntent(ctx) // true, ctx.result.status === "form", actions[0].id === "form:start:ktp-el-baru"
 */
export function applyIntent(ctx: AnswerContext): boolean {
  if (ctx.memory.form && ctx.memory.form.kind !== "offer") return false; // a form is kept waiting: never replace it
  const text = ctx.normalized.trim();
  if (!((WANT.test(text) && VERB.test(text)) || START.test(text)) || QUESTION.test(text) || ctx.question.includes("?")) return false;
  const index = ctx.deps.index();
  if (!index) return false;
  const id = mentionedServices(ctx.question, index)[0] ?? (COMPLAINT.test(text) ? "pengaduan" : undefined);
  const service = id ? serviceById(index, id) : null;
  if (!service) return false;
  ctx.memory.handoff = { serviceId: service.id };
  if (internalForm(service)) {
    setFormState(ctx.memory, { kind: "offer", serviceId: service.id });
    ctx.finish({
      status: "form",
      answer: offerText(service, ctx.lang),
      actions: [{ id: `form:start:${service.id}`, label: ftext("start_action", ctx.lang), reply: "mulai" }],
    });
  } else {
    ctx.finish({ status: "form", answer: offerText(service, ctx.lang) });
  }
  return true;
}
