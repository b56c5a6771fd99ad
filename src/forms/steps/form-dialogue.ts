import type { AnswerContext, Step } from "../../answer/context.js";
import { consentTerms } from "../consent.js";
import { serviceById } from "../catalog.js";
import { confirmReply, consentReply, fieldReply, findField, internalForm, submittedText, type FormReply } from "../dialogue.js";
import { handoffRequest } from "../intents/handoff-request.js";
import { statusCheck } from "../intents/status-check.js";
import { wayOut } from "../intents/way-out.js";
import type { FormsServices } from "../services.js";
import { COMMANDS, getFormState, matches, setFormState, whoIs, type FormState } from "../state.js";
import { submitForm } from "../submit.js";
import { ftext } from "../texts.js";
import { validateField } from "../validators.js";

/** What the form steps need besides the forms services. */
export interface FormDialogueOptions {
  /** Days a conversation is kept (RETENTION_DAYS), quoted in the consent notice. */
  retentionDays: number;
}

type Active = Extract<FormState, { kind: "filling" | "confirm" }>;

/**
 * beforeRoute: when this session is filling a form, the message is first checked for a way out
 * or another intent, and only then taken as the answer to the current field:
 * - "batal"/"gak jadi" cancels, "kembali" goes back, "ubah <field>" edits, "lanjut" resumes;
 * - "hubungi petugas" opens a handoff, "cek status …" checks a ticket, a complaint is pointed to
 *   its form; each leaves the form waiting (paused);
 * - a plain question goes on to the normal pipeline with the form waiting and a footer saying so.
 * A consent notice ("setuju") comes before the first personal field. Commands are read from the
 * masked message; only a field's value is revealed from the sealed input, to be validated and encrypted.
 *
 * @example
 * defaultSteps({ beforeRoute: [formDialogue(forms, { retentionDays: 180 })] });
 */
export function formDialogue(forms: FormsServices, options: FormDialogueOptions): Step {
  const step: Step = async function formDialogue(ctx) {
    const state = getFormState(ctx.memory);
    if (!state) return;
    const service = serviceById(ctx.deps.index(), state.serviceId);
    const form = service ? internalForm(service) : null;
    if (!service || !form) return setFormState(ctx.memory, undefined);
    const fields = form.fields;
    const is = (re: RegExp) => matches(re, ctx.question, ctx.normalized);
    const reply = (next: FormState | undefined, r: FormReply | string) => {
      setFormState(ctx.memory, next);
      ctx.finish({ status: "form", ...(typeof r === "string" ? { answer: r } : r) });
    };
    const plain = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === "" ? "" : forms.crypto.decrypt(v)]));
    const ask = (s: Active): FormReply =>
      s.kind === "confirm" ? confirmReply(service, fields, plain(s.values), ctx.lang) : fieldReply(fields, s.step, ctx.lang);
    const filling = (stepAt: number, values: Record<string, string>): Active => ({ kind: "filling", serviceId: service.id, step: stepAt, values });

    if (state.kind === "offer") {
      if (!is(COMMANDS.start)) return setFormState(ctx.memory, undefined); // the citizen moved on: answer normally
      const consent = consentReply(service, fields, options.retentionDays, ctx.lang);
      return consent ? reply({ kind: "consent", serviceId: service.id }, consent) : reply(filling(0, {}), fieldReply(fields, 0, ctx.lang));
    }
    if (state.kind === "consent") {
      if (is(COMMANDS.accept)) return reply(filling(0, {}), fieldReply(fields, 0, ctx.lang));
      setFormState(ctx.memory, undefined);
      const declined = ftext("consent_declined", ctx.lang);
      // Not accepted: the form is cancelled; a question or a request still gets its answer below this note.
      if (
        is(COMMANDS.cancel) ||
        /^(tidak|tdk|gak|ga|nggak|no|tolak)( setuju)?[.!]?$/.test(ctx.question.trim().toLowerCase()) ||
        !wayOut(ctx, undefined, false)
      ) {
        return ctx.finish({ status: "form", answer: declined });
      }
      ctx.header = ctx.header ? `${ctx.header}\n\n${declined}` : declined;
      return;
    }
    if (is(COMMANDS.cancel)) return reply(undefined, ftext("cancelled", ctx.lang));
    const edit = COMMANDS.edit.exec(ctx.question.trim().toLowerCase().replace(/\s+/g, " "));
    if (edit) {
      const i = findField(fields, edit[2] ?? "");
      if (i === undefined) return reply(state, ftext("unknown_field", ctx.lang, { name: edit[2] ?? "", names: fields.map((f) => f.label).join(", ") }));
      return reply(filling(i, state.values), fieldReply(fields, i, ctx.lang));
    }
    if (is(COMMANDS.back)) {
      const back = state.kind === "confirm" ? fields.length - 1 : Math.max(0, state.step - 1);
      return reply(filling(back, state.values), fieldReply(fields, back, ctx.lang));
    }
    const active: Active = { ...state, paused: undefined };
    if (state.paused) {
      if (is(COMMANDS.resume)) return reply(active, ask(active));
      if (await handoffRequest(ctx, forms.handoffs)) return;
      ctx.footer = ftext("paused", ctx.lang); // the form waits; the pipeline answers the message
      return;
    }
    if (state.kind === "confirm" && is(COMMANDS.submit)) return await submit(ctx, forms, state.serviceId, plain(state.values));

    const field = state.kind === "filling" ? fields[state.step] : undefined;
    const v = field ? validateField(field, ctx.input.reveal(), ctx.lang) : undefined;
    const out = wayOut(ctx, field, v?.ok === true);
    if (out) {
      setFormState(ctx.memory, { ...state, paused: true });
      if (out === "handoff" && (await handoffRequest(ctx, forms.handoffs))) return; // "akhiri" later says the form waits
      ctx.footer = ftext("paused", ctx.lang);
      if (out === "status" && !(await statusCheck(ctx, forms.submissions))) ctx.finish({ status: "form", answer: ftext("status_how", ctx.lang) });
      if (out === "complaint") ctx.finish({ status: "form", answer: ftext("complaint_in_form", ctx.lang) });
      return; // a question: answered by the normal pipeline
    }
    if (state.kind === "filling" && !field)
      return reply({ kind: "confirm", serviceId: service.id, values: state.values }, confirmReply(service, fields, plain(state.values), ctx.lang));
    if (state.kind === "confirm" || !field || !v) return reply(active, ask(active));
    if (!v.ok) return reply(state, v.message);
    const values = { ...state.values, [field.name]: v.value === "" ? "" : forms.crypto.encrypt(v.value) };
    const nextStep = fields.findIndex((f) => !(f.name in values));
    const next: Active = nextStep < 0 ? { kind: "confirm", serviceId: service.id, values } : filling(nextStep, values);
    return reply(next, ask(next));
  };
  return step;
}

async function submit(ctx: AnswerContext, forms: FormsServices, serviceId: string, values: Record<string, string>): Promise<void> {
  const service = serviceById(ctx.deps.index(), serviceId);
  setFormState(ctx.memory, undefined); // never keep the citizen's data in the session after this turn
  if (!service) {
    ctx.fail(`form service ${serviceId} is no longer in the index`);
    return;
  }
  const result = await submitForm(forms, service, values, whoIs(ctx), ctx.lang);
  if (!result.ok) {
    ctx.finish({ status: "form", answer: Object.values(result.errors)[0] ?? "" });
    return;
  }
  // The chat asks for consent before the first personal field, so a filed form with such fields was agreed to.
  if (consentTerms(service, 0, ctx.lang) !== null) await forms.submissions.recordConsent(result.submission.ticket);
  ctx.finish({ status: "form", answer: submittedText(service, result.submission.ticket, result.nextSteps, ctx.lang) });
}
