/**
 * The web widget OPD websites embed with one tag:
 * `<script src="https://<host>/widget.js" data-opd="disdukcapil" data-lang="id" async></script>`.
 * A launcher button and a chat panel live in an open shadow root, so the page's CSS cannot reach them.
 */
import { answerHash, createApi, type ApiFailure, type ChatResponse } from "./api.js";
import { h, setRichText } from "./dom.js";
import { renderForm, type FormHandlers } from "./form.js";
import { renderActions, renderRating, renderSources } from "./messages.js";
import { sessionStorageFor } from "./session.js";
import { strings, type Lang } from "./strings.js";
import { CSS } from "./styles.js";

interface Config {
  base: string;
  opd?: string;
  lang: Lang;
}

function readConfig(script: HTMLScriptElement | null): Config {
  const src = script?.src ? new URL(script.src, document.baseURI) : new URL(document.baseURI);
  const opd = script?.dataset.opd?.trim().toLowerCase();
  return { base: src.origin, ...(opd && /^[a-z0-9-]{2,40}$/.test(opd) ? { opd } : {}), lang: script?.dataset.lang === "en" ? "en" : "id" };
}

function mount(config: Config): void {
  const t = strings(config.lang);
  const api = createApi(config.base);
  const saved = sessionStorageFor(config.opd ?? "umum");
  // A custom element: page rules for div/section do not match it, and it has no box of its own.
  const host = document.createElement("layanan-tanya-widget");
  host.id = "layanan-tanya-widget";
  const root = host.attachShadow({ mode: "open" });

  const log = h("div", { class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions", "aria-label": t.title });
  const input = h("input", { type: "text", id: "lt-input", "aria-label": t.inputLabel, placeholder: t.placeholder, maxlength: 1000, autocomplete: "off" });
  const send = h("button", { type: "submit", class: "primary" }, t.send);
  const composer = h("form", { class: "composer" }, input, send);
  const closeBtn = h("button", { type: "button", class: "close", "aria-label": t.close }, "✕");
  const newBtn = h("button", { type: "button", class: "new-chat" }, t.newChat);
  const panel = h(
    "div",
    { class: "panel", id: "lt-panel", role: "dialog", "aria-label": t.title, hidden: true },
    h("div", { class: "head" }, h("div", { class: "grow" }, h("h2", {}, t.title), h("p", {}, t.subtitle)), newBtn, closeBtn),
    log,
    composer,
  );
  const launcher = h("button", { type: "button", class: "launcher primary", "aria-expanded": "false", "aria-controls": "lt-panel" }, t.launcher);
  const wrap = h("div", { class: "lt", lang: config.lang }, panel, launcher);
  root.append(h("style", {}, CSS), wrap);
  document.body.append(host);

  const open = (isOpen: boolean) => {
    panel.hidden = !isOpen;
    launcher.hidden = isOpen;
    wrap.classList.toggle("open", isOpen);
    launcher.setAttribute("aria-expanded", String(isOpen));
    (isOpen ? input : launcher).focus();
  };
  launcher.addEventListener("click", () => open(true));
  closeBtn.addEventListener("click", () => open(false));
  panel.addEventListener("keydown", (e) => e.key === "Escape" && open(false));
  newBtn.addEventListener("click", () => {
    saved.clear();
    log.replaceChildren();
    input.focus();
  });

  const scroll = () => (log.scrollTop = log.scrollHeight);
  let busy = false;

  const openForm = async (serviceId: string, bubble: HTMLElement) => {
    const already = bubble.querySelector<HTMLElement>("form.svc input, form.svc select, form.svc textarea");
    if (already) return already.focus();
    const note = h("p", { class: "note", role: "status" }, t.formLoading);
    bubble.append(note);
    try {
      const service = await api.service(serviceId);
      const def = service.form;
      if (!def || (def.target === "internal" && !def.fields.length)) throw new Error("no form");
      if (def.target === "external") {
        note.replaceWith(h("p", {}, t.formExternal, " ", h("a", { href: def.url, target: "_blank", rel: "noopener" }, t.formOpenExternal)));
        return;
      }
      const handlers: FormHandlers = {
        submit: (fields) => api.submit(serviceId, { fields, ...(saved.get().sessionId ? { sessionId: saved.get().sessionId } : {}), lang: config.lang }),
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
          bubble.querySelectorAll("[data-form]").forEach((b) => b.remove());
          scroll();
          input.focus();
        },
        cancel: () => (form.remove(), input.focus()),
      };
      const form = renderForm(def, config.lang, t, handlers);
      note.replaceWith(form);
      form.querySelector<HTMLElement>("input, select, textarea")?.focus();
      scroll();
    } catch {
      note.textContent = t.formUnavailable;
    }
  };

  const finishReply = (bubble: HTMLElement, text: HTMLElement, reply: ChatResponse) => {
    // A new (or expired and replaced) session starts counting answers again.
    const index = saved.get().sessionId === reply.sessionId ? saved.get().answers : 0;
    saved.set({ sessionId: reply.sessionId, answers: index + 1 });
    setRichText(text, reply.answer);
    bubble.dataset.status = reply.status;
    const sources = renderSources(reply.citations, t);
    const actions = renderActions(reply.actions, t, { reply: (r) => void ask(r), openForm: (id) => void openForm(id, bubble) });
    const rating = renderRating(t, (rating, reason) =>
      api.feedback({ sessionId: reply.sessionId, messageIndex: index, answerHash: answerHash(reply.answer), rating, ...(reason ? { reason } : {}), ...(config.opd ? { opd: config.opd } : {}) }),
    );
    for (const part of [sources, actions, rating]) if (part) bubble.append(part);
  };

  const ask = async (message: string) => {
    if (busy || !message.trim()) return;
    busy = true;
    send.disabled = true;
    log.append(h("div", { class: "msg user" }, h("span", { class: "sr" }, `${t.you}: `), message));
    const text = h("div", { class: "text" }, t.thinking);
    const bubble = h("div", { class: "msg bot" }, h("span", { class: "sr" }, `${t.bot}: `), text);
    log.append(bubble);
    log.setAttribute("aria-busy", "true");
    scroll();
    let streamed = "";
    try {
      const sessionId = saved.get().sessionId;
      const reply = await api.chat(
        { message, lang: config.lang, ...(sessionId ? { sessionId } : {}), ...(config.opd ? { opd: config.opd } : {}) },
        {
          token: (piece) => ((streamed += piece), setRichText(text, streamed), scroll()),
          reset: () => ((streamed = ""), (text.textContent = t.thinking)),
        },
      );
      finishReply(bubble, text, reply);
    } catch (err) {
      text.textContent = (err as ApiFailure).status ? (err as ApiFailure).message : t.networkError;
      bubble.dataset.status = "error";
    } finally {
      log.setAttribute("aria-busy", "false");
      busy = false;
      send.disabled = false;
      scroll();
      input.focus();
    }
  };

  composer.addEventListener("submit", (e) => {
    e.preventDefault();
    const message = input.value;
    input.value = "";
    void ask(message);
  });
}

// `currentScript` is only set while the script first runs; fall back to the tag itself.
const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[src*="/widget.js"]');
const config = readConfig(script);
const start = () => {
  if (!document.getElementById("layanan-tanya-widget")) mount(config); // pasted twice: mount once
};
if (document.body) start();
else document.addEventListener("DOMContentLoaded", start);
