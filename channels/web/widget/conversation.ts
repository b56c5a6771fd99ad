/** The chat log's behaviour: asking, showing replies, restored transcripts and live messages. */
import { answerHash, type Api, type ApiFailure, type ChatResponse, type TranscriptEntry } from "./api.js";
import type { Config } from "./config.js";
import { h } from "./dom.js";
import type { LiveMessage } from "./live.js";
import { renderMarkdown } from "./markdown.js";
import { renderActions, renderRating, renderSources } from "./messages.js";
import { openServiceForm } from "./form-offer.js";
import type { SessionStore } from "./session.js";
import type { Strings } from "./strings.js";

export interface ConversationParts {
  api: Api;
  config: Config;
  t: Strings;
  saved: SessionStore;
  log: HTMLElement;
  input: HTMLInputElement;
  send: HTMLButtonElement;
  /** Called once a reply carries a session (so the live stream can open). */
  onSession(sessionId: string): void;
}

/**
 * The conversation over one chat log.
 *
 * @example
 * const chat = createConversation({ api, config, t, saved, log, input, send, onSession });
 * await chat.ask("syarat ktp baru?");
 */
export function createConversation(p: ConversationParts) {
  const { api, config, t, saved, log } = p;
  const scroll = () => (log.scrollTop = log.scrollHeight);
  let busy = false;

  const userBubble = (text: string) => h("div", { class: "msg user" }, h("span", { class: "sr" }, `${t.you}: `), text);
  const botBubble = (text: HTMLElement) => h("div", { class: "msg bot" }, h("span", { class: "sr" }, `${t.bot}: `), text);
  const rendered = (markdown: string) => {
    const text = h("div", { class: "text" });
    renderMarkdown(text, markdown);
    return text;
  };

  const finishReply = (bubble: HTMLElement, text: HTMLElement, reply: ChatResponse) => {
    // A new (or expired and replaced) session starts counting answers again.
    const index = saved.get().sessionId === reply.sessionId ? saved.get().answers : 0;
    saved.set({ sessionId: reply.sessionId, answers: index + 1 });
    p.onSession(reply.sessionId);
    renderMarkdown(text, reply.answer);
    bubble.dataset.status = reply.status;
    const sources = renderSources(reply.citations, t);
    const actions = renderActions(reply.actions, t, { reply: (r) => void ask(r), openForm: (id) => void openServiceForm({ ...p, scroll }, id, bubble) });
    const rating = renderRating(t, (rating, reason) =>
      api.feedback({
        sessionId: reply.sessionId,
        messageIndex: index,
        answerHash: answerHash(reply.answer),
        rating,
        ...(reason ? { reason } : {}),
        ...(config.opd ? { opd: config.opd } : {}),
      }),
    );
    for (const part of [sources, actions, rating]) if (part) bubble.append(part);
  };

  const failed = async (err: unknown): Promise<string> => {
    if ((err as ApiFailure).status) return (err as ApiFailure).message;
    if (await api.originRefused()) {
      console.warn(`[layanan-tanya] ${location.origin} is not in the service's CORS_ORIGINS: the widget cannot answer on this site.`);
      return t.originRefused;
    }
    return t.networkError;
  };

  async function ask(message: string): Promise<void> {
    if (busy || !message.trim()) return;
    busy = true;
    p.send.disabled = true;
    const mine = userBubble(message);
    const text = h("div", { class: "text" }, t.thinking);
    const bubble = botBubble(text);
    log.append(mine, bubble);
    log.setAttribute("aria-busy", "true");
    scroll();
    let streamed = "";
    try {
      const sessionId = saved.get().sessionId;
      const reply = await api.chat(
        { message, lang: config.lang, ...(sessionId ? { sessionId } : {}), ...(config.opd ? { opd: config.opd } : {}) },
        {
          token: (piece) => {
            streamed += piece;
            renderMarkdown(text, streamed);
            scroll();
          },
          reset: () => {
            streamed = "";
            text.textContent = t.thinking;
          },
        },
      );
      if (reply.answer.trim()) finishReply(bubble, text, reply);
      else {
        // Relayed to the officer: the bot says nothing, so no bubble; the citizen sees it was sent.
        bubble.remove();
        saved.set({ sessionId: reply.sessionId, answers: saved.get().sessionId === reply.sessionId ? saved.get().answers : 0 });
        p.onSession(reply.sessionId);
        mine.append(h("span", { class: "sent" }, `✓ ${t.sentToOfficer}`));
      }
    } catch (err) {
      text.textContent = await failed(err);
      bubble.dataset.status = "error";
    } finally {
      log.setAttribute("aria-busy", "false");
      busy = false;
      p.send.disabled = false;
      scroll();
      p.input.focus();
    }
  }

  /** A message pushed by the server (or restored): an officer's reply or a status change. */
  const notice = (m: Pick<LiveMessage, "kind" | "text">) => {
    const officer = m.kind === "operator_message";
    log.append(
      h(
        "div",
        { class: `msg ${officer ? "officer" : "notice"}`, "data-kind": m.kind },
        h("span", { class: "who" }, officer ? t.officer : t.notice),
        rendered(m.text),
      ),
    );
    scroll();
  };

  /** Shows a restored conversation (after a reload). */
  const restore = (entries: TranscriptEntry[]) => {
    for (const e of entries) {
      if (e.role === "user") log.append(userBubble(e.text));
      else if (e.role === "notice") notice(e as Pick<LiveMessage, "kind" | "text">);
      else {
        const bubble = botBubble(rendered(e.text));
        bubble.dataset.status = e.status;
        if (e.citations.length) bubble.append(h("div", { class: "sources" }, h("h3", {}, t.sources), ...e.citations.map((c) => h("p", {}, c))));
        log.append(bubble);
      }
    }
    scroll();
  };

  return { ask, notice, restore, scroll };
}

export type Conversation = ReturnType<typeof createConversation>;
