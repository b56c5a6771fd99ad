/** Opens a service's form inside the reply that offered it, and shows the ticket once filed. */
import type { Api } from "./api.js";
import type { Config } from "./config.js";
import { h } from "./dom.js";
import { renderForm, type FormHandlers } from "./form.js";
import type { SessionStore } from "./session.js";
import type { Strings } from "./strings.js";

export interface FormOfferParts {
  api: Api;
  config: Config;
  t: Strings;
  saved: SessionStore;
  input: HTMLInputElement;
  scroll(): void;
}

/**
 * Loads `serviceId`'s form into `bubble` (an external service gets a link instead), focuses its
 * first field, and replaces it with the ticket number and what to bring once submitted.
 *
 * @example
 * await openServiceForm(parts, "ktp-el-baru", bubble);
 */
export async function openServiceForm(p: FormOfferParts, serviceId: string, bubble: HTMLElement): Promise<void> {
  const { api, t, saved } = p;
  const already = bubble.querySelector<HTMLElement>("form.svc input, form.svc select, form.svc textarea");
  if (already) return already.focus();
  const note = h("p", { class: "note", role: "status" }, t.formLoading);
  bubble.append(note);
  try {
    const service = await api.service(serviceId, p.config.lang);
    const def = service.form;
    if (!def || (def.target === "internal" && !def.fields.length)) throw new Error("no form");
    if (def.target === "external") {
      note.replaceWith(h("p", {}, t.formExternal, " ", h("a", { href: def.url, target: "_blank", rel: "noopener" }, t.formOpenExternal)));
      return;
    }
    const handlers: FormHandlers = {
      submit: (fields, consent) =>
        api.submit(serviceId, {
          fields,
          ...(consent ? { consent } : {}),
          ...(saved.get().sessionId ? { sessionId: saved.get().sessionId } : {}),
          lang: p.config.lang,
        }),
      done: ({ ticket, nextSteps }) => {
        const items = (nextSteps?.bawa ?? def.next_steps.bawa).map((b) => h("li", {}, b));
        form.replaceWith(
          h(
            "div",
            { class: "submitted", role: "status" },
            h("p", {}, t.ticket),
            h("p", { class: "ticket" }, ticket),
            items.length ? h("p", {}, t.bring) : null,
            items.length ? h("ul", {}, ...items) : null,
            nextSteps?.lokasi ? h("p", { class: "note" }, nextSteps.lokasi) : null,
          ),
        );
        bubble.querySelectorAll("[data-form]").forEach((b) => {
          b.remove();
        });
        p.scroll();
        p.input.focus();
      },
      cancel: () => (form.remove(), p.input.focus()),
    };
    const form = renderForm(def, p.config.lang, t, handlers);
    note.replaceWith(form);
    // The first field, not the consent box that may sit above it.
    const first = form.querySelector<HTMLElement>(".field input, .field select, .field textarea");
    // The form starts at its first field: scroll the form's top into view, not past it.
    form.scrollIntoView({ block: "start" });
    first?.focus({ preventScroll: true });
  } catch {
    note.textContent = t.formUnavailable;
  }
}
