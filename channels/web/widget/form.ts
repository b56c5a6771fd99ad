/**
 * A service's form as a real HTML form. Each field is checked with the same `validateField` the
 * chat uses (same rules, same messages), on leaving the field and on submit; the server's
 * `error.fields` are shown the same way. A form asking for personal data shows its UU 27/2022
 * notice (what, why, how long, who sees it) above the first personal field, with a required
 * "Saya setuju" box.
 */
import type { ConsentTerms } from "../../../src/forms/consent.js";
import type { FormDefinition, FormField } from "../../../src/forms/definition.js";
import { validateField } from "../../../src/forms/validators.js";
import type { ApiFailure, Submitted } from "./api.js";
import { h, uid } from "./dom.js";
import type { Lang, Strings } from "./strings.js";

export interface FormHandlers {
  /** `consent` is true when the citizen ticked "Saya setuju" under the personal-data notice. */
  submit(fields: Record<string, string>, consent: boolean): Promise<Submitted>;
  done(submitted: Submitted): void;
  cancel(): void;
}

interface Control {
  field: FormField;
  input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  error: HTMLElement;
}

function inputFor(field: FormField, id: string, describedBy: string, t: Strings): Control["input"] {
  const common = { id, name: field.name, "aria-describedby": describedBy, "aria-required": field.required ? "true" : undefined };
  if (field.type === "choice") {
    const options = field.constraints.options ?? [];
    return h("select", common, h("option", { value: "" }, t.choose), ...options.map((o) => h("option", { value: o }, o)));
  }
  if (field.type === "longtext" || field.type === "address") return h("textarea", { ...common, rows: field.type === "address" ? 2 : 4 });
  // Dates stay text (DD-MM-YYYY, as the help and example say); the validator accepts what the chat accepts.
  const type = field.type === "email" ? "email" : field.type === "phone" ? "tel" : "text";
  const inputmode = field.type === "nik" || field.type === "kk" ? "numeric" : undefined;
  return h("input", {
    ...common,
    type,
    inputmode,
    autocomplete: field.type === "phone" ? "tel" : field.type === "email" ? "email" : "off",
    placeholder: field.example,
  });
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");

/** The personal-data notice and its required "Saya setuju" box. */
function consentBox(terms: ConsentTerms, t: Strings) {
  const id = uid("consent");
  const box = h("input", { type: "checkbox", id, name: "consent", "aria-describedby": `${id}-notice ${id}-err`, "aria-required": "true" }) as HTMLInputElement;
  const error = h("p", { class: "err", id: `${id}-err`, hidden: true });
  const lines = [
    fill(t.consentWhat, { fields: terms.labels.join(", ") }),
    t.consentWhy,
    fill(t.consentKept, { days: String(terms.retentionDays) }),
    fill(t.consentWho, { opd: terms.seenBy }),
  ];
  const el = h(
    "fieldset",
    { class: "consent" },
    h("legend", {}, t.consentTitle),
    h("ul", { id: `${id}-notice` }, ...lines.map((l) => h("li", {}, l))),
    h("label", { class: "agree" }, box, ` ${t.consentAgree}`),
    error,
  );
  const show = (message: string | null) => {
    error.textContent = message ?? "";
    error.hidden = !message;
    if (message) box.setAttribute("aria-invalid", "true");
    else box.removeAttribute("aria-invalid");
  };
  box.addEventListener("change", () => box.checked && show(null));
  return { el, box, show };
}

function showError(c: Control, message: string | null): void {
  c.error.textContent = message ?? "";
  c.error.hidden = !message;
  if (message) c.input.setAttribute("aria-invalid", "true");
  else c.input.removeAttribute("aria-invalid");
}

/**
 * Renders an internal service form with per-field validation.
 *
 * @example
 * panel.append(renderForm(service.form, "id", t, { submit, done, cancel }));
 */
export function renderForm(def: FormDefinition & { target: "internal"; consent?: ConsentTerms }, lang: Lang, t: Strings, on: FormHandlers): HTMLFormElement {
  const consent = def.consent ? consentBox(def.consent, t) : null;
  const firstPersonal = def.consent?.fields[0];
  const controls: Control[] = def.fields.map((field) => {
    const id = uid(field.name);
    const hintId = `${id}-hint`;
    const errorId = `${id}-err`;
    const input = inputFor(field, id, `${hintId} ${errorId}`, t);
    const error = h("p", { class: "err", id: errorId, hidden: true });
    const c: Control = { field, input, error };
    input.addEventListener("blur", () => {
      if (input.value.trim() || input.hasAttribute("aria-invalid")) {
        const r = validateField(field, input.value, lang);
        showError(c, r.ok ? null : r.message);
      }
    });
    return c;
  });
  const status = h("p", { class: "note", role: "status" });
  const submit = h("button", { type: "submit", class: "primary" }, t.submit);
  const form = h(
    "form",
    { class: "svc", novalidate: true },
    ...controls.flatMap((c) => {
      const hint = [c.field.help, c.field.example ? `${t.example}: ${c.field.example}` : ""].filter(Boolean).join(" ");
      const field = h(
        "div",
        { class: "field" },
        h("label", { for: c.input.id }, `${c.field.label} (${c.field.required ? t.required : t.optional})`),
        h("p", { class: "hint", id: `${c.input.id}-hint` }, hint),
        c.input,
        c.error,
      );
      return consent && c.field.name === firstPersonal ? [consent.el, field] : [field];
    }),
    status,
    h("div", { class: "actions" }, submit, h("button", { type: "button", onclick: () => on.cancel() }, t.cancel)),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const values: Record<string, string> = {};
    let firstBad: Control | null = null;
    for (const c of controls) {
      const r = validateField(c.field, c.input.value, lang);
      showError(c, r.ok ? null : r.message);
      if (r.ok) values[c.field.name] = r.value;
      else firstBad ??= c;
    }
    const agreed = consent?.box.checked ?? false;
    consent?.show(consent.box.checked ? null : t.consentRequired);
    if (firstBad || (consent && !agreed)) {
      status.textContent = firstBad ? t.fixErrors : t.consentRequired;
      (firstBad?.input ?? consent?.box)?.focus();
      return;
    }
    submit.disabled = true;
    status.textContent = t.submitting;
    on.submit(values, agreed)
      .then((submitted) => on.done(submitted))
      .catch((err: ApiFailure) => {
        submit.disabled = false;
        status.textContent = err.fields ? t.fixErrors : (err.message ?? t.networkError);
        let focus: Control | null = null;
        for (const c of controls) {
          const message = err.fields?.[c.field.name] ?? err.fields?.[`fields.${c.field.name}`];
          if (message) showError(c, message), (focus ??= c);
        }
        if (err.fields?.consent && consent) consent.show(err.fields.consent);
        focus?.input.focus();
      });
  });
  return form;
}
