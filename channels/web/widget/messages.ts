/** Renders one bot reply: its text, expandable sources, quick replies, the form offer and feedback. */
import type { Action, Citation } from "../../../src/answer/types.js";
import { h, thumbIcon } from "./dom.js";
import type { Strings } from "./strings.js";

/**
 * `<details>` per citation: the label as summary, the snippet inside.
 *
 * @example
 * bubble.append(renderSources(reply.citations, t)!) // <details><summary>Peraturan … Pasal 7</summary><p>…</p></details>
 */
export function renderSources(citations: Citation[], t: Strings): HTMLElement | null {
  if (!citations.length) return null;
  return h(
    "div",
    { class: "sources" },
    h("h3", {}, t.sources),
    ...citations.map((c) =>
      h(
        "details",
        {},
        h("summary", {}, c.label),
        h("p", {}, c.snippet),
        c.url ? h("p", {}, h("a", { href: c.url, target: "_blank", rel: "noopener" }, c.url)) : null,
      ),
    ),
  );
}

/**
 * Quick-reply buttons; `form:start:<id>` actions also get an "Isi formulir" button.
 *
 * @example
 * renderActions(reply.actions, t, { reply: (text) => ask(text), openForm: (id) => openForm(id) })
 */
export function renderActions(actions: Action[], t: Strings, on: { reply(text: string): void; openForm(serviceId: string): void }): HTMLElement | null {
  if (!actions.length) return null;
  const buttons: HTMLElement[] = [];
  for (const a of actions) {
    const form = /^form:start:([a-z0-9-]+)$/.exec(a.id);
    if (form?.[1]) {
      const serviceId = form[1];
      buttons.push(h("button", { type: "button", class: "primary", "data-form": serviceId, onclick: () => on.openForm(serviceId) }, t.openForm));
    }
    buttons.push(h("button", { type: "button", "data-action": a.id, onclick: () => on.reply(a.reply) }, a.label));
  }
  return h("div", { class: "actions" }, ...buttons);
}

/**
 * Thumbs up/down. Either click is recorded at once; a thumbs-down then offers an optional reason,
 * which updates the same rating.
 *
 * @example
 * renderRating(t, (rating, reason) => api.feedback({ sessionId, messageIndex: 0, answerHash: h, rating, reason }))
 */
export function renderRating(t: Strings, send: (rating: "up" | "down", reason?: string) => Promise<void>): HTMLElement {
  const box = h("div", { class: "rate" });
  const note = h("p", { class: "note", role: "status" });
  const rate = async (rating: "up" | "down", button: HTMLElement) => {
    for (const b of [up, down]) b.setAttribute("disabled", "");
    button.setAttribute("aria-pressed", "true");
    try {
      await send(rating);
    } catch {
      for (const b of [up, down]) b.removeAttribute("disabled");
      button.setAttribute("aria-pressed", "false");
      note.textContent = t.networkError;
      box.append(note);
      return;
    }
    note.textContent = t.thanks;
    if (rating === "up") return box.replaceChildren(note);
    const id = `lt-reason-${Math.random().toString(36).slice(2, 8)}`;
    const input = h("textarea", { id, maxlength: 500, rows: 2 });
    const form: HTMLFormElement = h(
      "form",
      {
        class: "reason",
        onsubmit: (e: Event) => {
          e.preventDefault();
          const reason = input.value.trim();
          if (!reason) return;
          send("down", reason).then(
            () => form.replaceWith(note),
            () => (note.textContent = t.networkError),
          );
        },
      },
      h("label", { for: id, class: "note" }, t.reasonLabel),
      input,
      h("button", { type: "submit", class: "primary" }, t.reasonSend),
    );
    box.append(note, form);
    input.focus();
  };
  const up: HTMLElement = h(
    "button",
    { type: "button", "aria-label": t.helpful, title: t.helpful, "aria-pressed": "false", "data-rate": "up", onclick: () => void rate("up", up) },
    thumbIcon("up"),
  );
  const down: HTMLElement = h(
    "button",
    { type: "button", "aria-label": t.notHelpful, title: t.notHelpful, "aria-pressed": "false", "data-rate": "down", onclick: () => void rate("down", down) },
    thumbIcon("down"),
  );
  box.append(up, down);
  return box;
}
