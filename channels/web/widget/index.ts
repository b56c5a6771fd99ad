/**
 * The web widget OPD websites embed with one tag:
 * `<script src="https://<host>/widget.js" data-opd="disdukcapil" data-lang="id" async></script>`
 * (optional: `data-title`, `data-color`, `data-greeting`). A launcher button and a chat panel live in
 * an open shadow root, so the page's CSS cannot reach them. A returning visitor sees their
 * conversation again (from the server), and officers' replies arrive live over one SSE stream.
 */
import { createApi, type ApiFailure } from "./api.js";
import { type Config, readConfig, themeVars } from "./config.js";
import { createConversation } from "./conversation.js";
import { h } from "./dom.js";
import { renderGreeting } from "./greeting.js";
import { connectLive } from "./live.js";
import { sessionStorageFor } from "./session.js";
import { strings } from "./strings.js";
import { CSS } from "./styles.js";

function mount(config: Config): void {
  const t = strings(config.lang);
  const title = config.title ?? t.title;
  const api = createApi(config.base);
  const saved = sessionStorageFor(config.opd ?? "umum");
  // A custom element: page rules for div/section do not match it, and it has no box of its own.
  const host = document.createElement("layanan-tanya-widget");
  host.id = "layanan-tanya-widget";
  const root = host.attachShadow({ mode: "open" });

  const log = h("div", { class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions", "aria-label": title });
  const input = h("input", { type: "text", id: "lt-input", "aria-label": t.inputLabel, placeholder: t.placeholder, maxlength: 1000, autocomplete: "off" });
  const send = h("button", { type: "submit", class: "primary" }, t.send);
  const composer = h("form", { class: "composer" }, input, send);
  const closeBtn = h("button", { type: "button", class: "close", "aria-label": t.close }, "✕");
  const newBtn = h("button", { type: "button", class: "new-chat" }, t.newChat);
  const panel = h(
    "div",
    { class: "panel", id: "lt-panel", role: "dialog", "aria-label": title, hidden: true },
    h("div", { class: "head" }, h("div", { class: "grow" }, h("h2", {}, title), h("p", {}, t.subtitle)), newBtn, closeBtn),
    log,
    composer,
  );
  const badge = h("span", { class: "badge", hidden: true });
  const launcher = h("button", { type: "button", class: "launcher primary", "aria-expanded": "false", "aria-controls": "lt-panel" }, t.launcher, badge);
  const wrap = h("div", { class: "lt", lang: config.lang, ...(config.color ? { style: themeVars(config.color) } : {}) }, panel, launcher);
  root.append(h("style", {}, CSS), wrap);
  document.body.append(host);

  let unread = 0;
  const setUnread = (n: number) => {
    unread = n;
    badge.hidden = n === 0;
    badge.textContent = n ? String(n) : "";
    badge.setAttribute("aria-label", `${n} ${t.unread}`);
  };
  const open = (isOpen: boolean) => {
    panel.hidden = !isOpen;
    launcher.hidden = isOpen;
    wrap.classList.toggle("open", isOpen);
    launcher.setAttribute("aria-expanded", String(isOpen));
    if (isOpen) setUnread(0);
    (isOpen ? input : launcher).focus();
  };

  let live: { close(): void; sessionId: string } | null = null;
  const goLive = (sessionId: string, after = 0) => {
    if (live?.sessionId === sessionId) return;
    live?.close();
    const connection = connectLive(config.base, sessionId, after, (m) => {
      chat.notice(m);
      if (panel.hidden) setUnread(unread + 1);
    });
    live = { close: () => connection.close(), sessionId };
  };

  const chat = createConversation({ api, config, t, saved, log, input, send, onSession: (id) => goLive(id) });
  const greet = () =>
    log.append(
      renderGreeting({ text: config.greeting ?? t.greeting, lang: config.lang, t, ask: (q) => void chat.ask(q), ...(config.opd ? { opd: config.opd } : {}) }),
    );
  greet();

  const stored = saved.get().sessionId;
  if (stored) {
    log.setAttribute("aria-busy", "true");
    api
      .transcript(stored)
      .then(
        ({ entries, cursor }) => (chat.restore(entries), goLive(stored, cursor)),
        (err: ApiFailure) => err.code === "invalid_session" && saved.clear(),
      )
      .finally(() => log.setAttribute("aria-busy", "false"));
  }

  launcher.addEventListener("click", () => open(true));
  closeBtn.addEventListener("click", () => open(false));
  panel.addEventListener("keydown", (e) => e.key === "Escape" && open(false));
  newBtn.addEventListener("click", () => {
    saved.clear();
    live?.close();
    live = null;
    log.replaceChildren();
    greet();
    input.focus();
  });
  composer.addEventListener("submit", (e) => {
    e.preventDefault();
    const message = input.value;
    input.value = "";
    void chat.ask(message);
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
