import type { AnswerContext } from "../../answer/context.js";
import type { FormField } from "../definition.js";
import { asksForHuman } from "./handoff-request.js";
import { TICKET } from "./status-check.js";

/** What a message typed mid-form asks for instead of answering the field. */
export type WayOut = "handoff" | "status" | "complaint" | "question";

/** Longer messages are field answers (a complaint's description may say "minta petugas datang"). */
const MAX_WORDS = 10;
/** A free-text field (a complaint's description) is only left for a very short question. */
const MAX_WORDS_FREE_TEXT = 6;
/** A question that long is still a question ("berapa lama proses pembuatan akta kelahiran anak saya?"). */
const MAX_QUESTION_WORDS = 15;

const STATUS = /^(cek|check|lihat|periksa|bagaimana|gimana)? ?(status|progres|perkembangan)\b/;
const COMPLAINT = /^((saya )?(mau|ingin|pengen|pingin) )?(lapor|melapor|komplain|mengadu|adukan|laporkan|complain)\b/;
const QUESTION_START =
  /^(apa|apakah|apa ?kah|bagaimana|gimana|gmn|berapa|kapan|dimana|di ?mana|kemana|ke ?mana|kenapa|mengapa|siapa|bisakah|bolehkah|apa saja|syarat\w*|persyaratan|cara\w*|biaya|how|what|when|where|why|who|which|can i|do i|is it|are there)\b/;
/** Field types whose valid values can never read as a question (numbers, dates, e-mail, a choice). */
const STRUCTURED: ReadonlySet<FormField["type"]> = new Set(["nik", "kk", "phone", "date", "email", "choice"]);

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * Whether a message typed at a form step reads as a question rather than the field's value:
 * it ends with "?" or opens with a question word, and it is short. A name ("Siti Rahmawati") or an
 * address ("Jl. Mawar No. 10") never does; a valid value of a structured field is never a question.
 *
 * @example
 * isQuestion("syarat akta kelahiran apa aja?", nameField, false) // true
 * isQuestion("Jl. Mawar No. 10, Kadia", addressField, false) // false
 */
export function isQuestion(text: string, field: FormField | undefined, validAnswer: boolean): boolean {
  const t = text.trim().toLowerCase();
  if (validAnswer && field && STRUCTURED.has(field.type)) return false;
  const limit = field?.type === "longtext" ? MAX_WORDS_FREE_TEXT : MAX_QUESTION_WORDS;
  if (words(t) > limit) return false;
  return t.endsWith("?") || QUESTION_START.test(t);
}

/**
 * What a message typed mid-form asks for, when it is not the field's answer: an officer, a ticket
 * status, a complaint, or a plain question. Undefined means: take it as the answer.
 *
 * @example
 * wayOut(ctx, field, false) // "handoff" for "hubungi petugas", "status" for "cek status", undefined for "Siti Rahmawati"
 */
export function wayOut(ctx: AnswerContext, field: FormField | undefined, validAnswer: boolean): WayOut | undefined {
  const raw = ctx.question.trim().toLowerCase();
  const norm = ctx.normalized.trim().toLowerCase();
  const short = words(raw) <= (field?.type === "longtext" ? MAX_WORDS_FREE_TEXT : MAX_WORDS);
  if (short && asksForHuman(ctx)) return "handoff";
  if (TICKET.test(raw) || (short && (STATUS.test(raw) || STATUS.test(norm)))) return "status";
  if (short && (COMPLAINT.test(raw) || COMPLAINT.test(norm)) && !validAnswer) return "complaint";
  if (isQuestion(raw, field, validAnswer)) return "question";
  return undefined;
}
