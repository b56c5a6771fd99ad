/** Renders a `ChatResponse` as Telegram messages in HTML parse mode. */
import { createHash } from "node:crypto";
import type { ChatResponse } from "../../src/answer/types.js";
import { splitMessage } from "../split.js";

/** Telegram's limit on a message's text. */
export const TELEGRAM_LIMIT = 4096;
/** Room kept in each part for re-opening and closing tags across a split. */
const TAG_RESERVE = 64;
/** Telegram's limit on `callback_data`, in bytes. */
const CALLBACK_BYTES = 64;

export interface InlineButton {
  text: string;
  callback_data: string;
}

/** One `sendMessage` call, without `chat_id`. */
export interface TelegramMessage {
  text: string;
  parse_mode: "HTML";
  reply_markup?: { inline_keyboard: InlineButton[][] };
}

export interface TelegramRender {
  messages: TelegramMessage[];
  /** Callback tokens standing in for replies longer than 64 bytes. */
  callbacks: Map<string, string>;
}

/** Escapes `&`, `<` and `>` for Telegram HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Light Markdown (`**bold**`, `*bold*`, `_italic_`) on already escaped text, within a line. */
export function markdownToHtml(escaped: string): string {
  return escaped
    .replace(/\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*/g, "<b>$1</b>")
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/gm, "$1<b>$2</b>")
    .replace(/(^|[^\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])/gm, "$1<i>$2</i>");
}

function callbackData(reply: string, callbacks: Map<string, string>, stamp?: string): string {
  const data = stamp ? `${stamp}|${reply}` : reply;
  if (Buffer.byteLength(data, "utf8") <= CALLBACK_BYTES) return data;
  const token = `r:${createHash("sha256").update(data).digest("hex").slice(0, 20)}`;
  callbacks.set(token, data);
  return token;
}

/**
 * A button's data split into the stamp of the reply that carried it and the text it sends.
 *
 * @example
 * parseCallback("k3Fz9a|kirim") // { stamp: "k3Fz9a", reply: "kirim" }
 * parseCallback("kirim") // { stamp: null, reply: "kirim" } (a button from before stamps: stale)
 */
export function parseCallback(data: string): { stamp: string | null; reply: string } {
  const m = /^([A-Za-z0-9_-]{6,12})\|([\s\S]*)$/.exec(data);
  return m ? { stamp: m[1] as string, reply: m[2] as string } : { stamp: null, reply: data };
}

function sources(citations: ChatResponse["citations"]): string {
  const seen = new Map<string, string | undefined>();
  for (const c of citations) if (!seen.has(c.label)) seen.set(c.label, c.url);
  const lines = [...seen].map(([label, url], i) =>
    url ? `${i + 1}. <a href="${escapeHtml(url).replace(/"/g, "&quot;")}">${escapeHtml(label)}</a>` : `${i + 1}. ${escapeHtml(label)}`,
  );
  return `Sumber:\n${lines.join("\n")}`;
}

/** Closes tags left open at the end of a part and re-opens them at the start of the next. */
export function balanceTags(parts: string[]): string[] {
  let carry: string[] = [];
  return parts.map((part) => {
    const text = carry.join("") + part;
    const open: string[] = [];
    for (const m of text.matchAll(/<(\/?)([a-z]+)(\s[^>]*)?>/g)) {
      if (m[1]) open.pop();
      else open.push(m[0]);
    }
    carry = open;
    const closing = [...open].reverse().map((t) => `</${/^<([a-z]+)/.exec(t)?.[1] ?? "b"}>`);
    return text + closing.join("");
  });
}

/**
 * The messages for one reply: escaped HTML with bold/italic, a numbered source list, and the
 * actions as inline buttons on the last message. Each message stays under the Telegram limit.
 * With a `stamp`, each button's data carries it (`<stamp>|<reply>`), so a press can be checked
 * against the chat's latest buttons (see `parseCallback`).
 *
 * @example
 * renderTelegram({ answer: "**Syarat**: KK", citations: [], actions: [] }).messages[0].text; // "<b>Syarat</b>: KK"
 */
export function renderTelegram(reply: Pick<ChatResponse, "answer" | "citations" | "actions">, limit = TELEGRAM_LIMIT, stamp?: string): TelegramRender {
  const callbacks = new Map<string, string>();
  const blocks = [markdownToHtml(escapeHtml(reply.answer.trim()))];
  if (reply.citations.length > 0) blocks.push(sources(reply.citations));
  const html = blocks.join("\n\n");
  // Re-opened tags (a long <a href>) can outgrow the reserve: split tighter until every part fits.
  let reserve = TAG_RESERVE;
  let parts = balanceTags(splitMessage(html, limit - reserve));
  while (parts.some((p) => p.length >= limit) && reserve * 2 < limit) {
    reserve *= 2;
    parts = balanceTags(splitMessage(html, limit - reserve));
  }
  const messages: TelegramMessage[] = parts.map((text) => ({ text, parse_mode: "HTML" }));
  const last = messages[messages.length - 1];
  if (last && reply.actions.length > 0) {
    last.reply_markup = { inline_keyboard: reply.actions.map((a) => [{ text: a.label, callback_data: callbackData(a.reply, callbacks, stamp) }]) };
  }
  return { messages, callbacks };
}
