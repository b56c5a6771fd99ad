import type { AnswerContext, Step } from "../../answer/context.js";
import { serviceById } from "../catalog.js";
import { askField, findField, internalForm, submittedText, summaryText } from "../dialogue.js";
import type { FormsServices } from "../services.js";
import { COMMANDS, getFormState, setFormState, whoIs, type FormState } from "../state.js";
import { submitForm } from "../submit.js";
import { ftext } from "../texts.js";
import { validateField } from "../validators.js";

/**
 * beforeRoute: when this session is filling a form, the message is the answer to the current
 * field. Commands are read from the masked message; only a field's value is revealed from the
 * sealed input, to be validated and encrypted. Handles "mulai", "batal", "kembali",
 * "ubah <field>", the summary and "kirim".
 *
 * @example
 * defaultSteps({ beforeRoute: [formDialogue(forms)] });
 */
export function formDialogue(forms: FormsServices): Step {
  const step: Step = async function formDialogue(ctx) {
    const state = getFormState(ctx.memory);
    if (!state) return;
    const service = serviceById(ctx.deps.index(), state.serviceId);
    const form = service ? internalForm(service) : null;
    if (!service || !form) return setFormState(ctx.memory, undefined);
    const cmd = ctx.question.trim().toLowerCase().replace(/\s+/g, " ");
    const fields = form.fields;
    const reply = (next: FormState | undefined, answer: string) => {
      setFormState(ctx.memory, next);
      ctx.finish({ status: "form", answer });
    };
    const plain = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === "" ? "" : forms.crypto.decrypt(v)]));

    if (state.kind === "offer") {
      if (COMMANDS.start.test(cmd)) return reply({ kind: "filling", serviceId: service.id, step: 0, values: {} }, askField(fields, 0, ctx.lang));
      return setFormState(ctx.memory, undefined); // the citizen moved on: answer normally
    }
    if (COMMANDS.cancel.test(cmd)) return reply(undefined, ftext("cancelled", ctx.lang));
    const edit = COMMANDS.edit.exec(cmd);
    if (edit) {
      const i = findField(fields, edit[2] ?? "");
      if (i === undefined) return reply(state, ftext("unknown_field", ctx.lang, { name: edit[2] ?? "", names: fields.map((f) => f.label).join(", ") }));
      return reply({ kind: "filling", serviceId: service.id, step: i, values: state.values }, askField(fields, i, ctx.lang));
    }
    if (state.kind === "confirm") {
      if (COMMANDS.submit.test(cmd)) return submit(ctx, forms, state.serviceId, plain(state.values));
      return reply(state, summaryText(service, fields, plain(state.values), ctx.lang));
    }
    if (COMMANDS.back.test(cmd)) {
      const back = Math.max(0, state.step - 1);
      return reply({ ...state, step: back }, askField(fields, back, ctx.lang));
    }
    const field = fields[state.step];
    if (!field) return reply({ kind: "confirm", serviceId: service.id, values: state.values }, summaryText(service, fields, plain(state.values), ctx.lang));
    const v = validateField(field, ctx.input.reveal(), ctx.lang);
    if (!v.ok) return reply(state, v.message);
    const values = { ...state.values, [field.name]: v.value === "" ? "" : forms.crypto.encrypt(v.value) };
    const nextStep = fields.findIndex((f) => !(f.name in values));
    if (nextStep < 0) {
      return reply({ kind: "confirm", serviceId: service.id, values }, summaryText(service, fields, plain(values), ctx.lang));
    }
    return reply({ ...state, step: nextStep, values }, askField(fields, nextStep, ctx.lang));
  };
  return step;
}

function submit(ctx: AnswerContext, forms: FormsServices, serviceId: string, values: Record<string, string>): void {
  const service = serviceById(ctx.deps.index(), serviceId);
  setFormState(ctx.memory, undefined); // never keep the citizen's data in the session after this turn
  if (!service) return ctx.fail(`form service ${serviceId} is no longer in the index`);
  const result = submitForm(forms, service, values, whoIs(ctx), ctx.lang);
  if (!result.ok) {
    const first = Object.values(result.errors)[0] ?? "";
    return ctx.finish({ status: "form", answer: first });
  }
  ctx.finish({ status: "form", answer: submittedText(service, result.submission.ticket, result.nextSteps, ctx.lang) });
}
