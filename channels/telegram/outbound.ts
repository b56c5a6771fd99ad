/**
 * Telegram messages that are not the reply to an update (officer replies, status changes, officer
 * alerts) as outbound jobs: rendered where they are produced, sent by a worker with a stateless
 * Bot API client (no bot, no updates, no webhook).
 */
import { randomUUID } from "node:crypto";
import { Telegram } from "telegraf";
import type { OutboundMessage } from "../../src/notify/types.js";
import type { OutboundMessageJob, SendOutbound } from "../../src/scale/outbound-queue.js";
import { chatTarget } from "./bot.js";
import { renderTelegram } from "./render.js";

/**
 * The jobs of one message: one per `sendMessage` of a direct delivery (the same rendering, HTML),
 * so a retried job never sends an earlier part twice. A job's text is ready to send; its `origin`
 * is the message as written, kept in the outbox if the job fails for good.
 *
 * @example
 * telegramJobs({ channel: "telegram", userId: "42", text: "**Tiket** selesai", kind: "status_change" });
 * // [{ channel: "telegram", chatId: "42", text: "<b>Tiket</b> selesai",
 * //    origin: { id: "…", kind: "status_change", text: "**Tiket** selesai" } }]
 */
export function telegramJobs(message: OutboundMessage): OutboundMessageJob[] {
  const origin = { id: randomUUID(), kind: message.kind, text: message.text };
  return renderTelegram({ answer: message.text, citations: [], actions: [] }).messages.map(({ text, reply_markup }) => {
    const buttons = reply_markup?.inline_keyboard.flat().map((b) => ({ label: b.text, data: b.callback_data }));
    return { channel: "telegram", chatId: message.userId, text, ...(buttons ? { buttons } : {}), origin };
  });
}

/**
 * Sends a job as it was rendered: HTML parse mode, buttons one per row. A 429 rejects with
 * Telegram's `retry_after` in the error (`telegramRetryAfter` reads it).
 *
 * @example
 * const send = telegramSender(new Telegram(env.TELEGRAM_BOT_TOKEN, { apiRoot: env.TELEGRAM_API_ROOT }));
 */
export function telegramSender(telegram: Telegram): SendOutbound {
  return async (job) => {
    const keyboard = job.buttons?.length ? { reply_markup: { inline_keyboard: job.buttons.map((b) => [{ text: b.label, callback_data: b.data }]) } } : {};
    await telegram.sendMessage(chatTarget(job.chatId), job.text, { parse_mode: "HTML", ...keyboard });
  };
}

/** The Bot API client of a worker: the token and API root of the bot. */
export function telegramClient(token: string, apiRoot: string): Telegram {
  return new Telegram(token, { apiRoot });
}
