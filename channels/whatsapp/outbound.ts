/**
 * WhatsApp messages that are not the reply to a message (officer replies, status changes) as
 * outbound jobs: rendered where they are produced, sent by the one process that holds the session.
 */
import { randomUUID } from "node:crypto";
import type { OutboundMessage } from "../../src/notify/types.js";
import type { OutboundMessageJob, SendOutbound } from "../../src/scale/outbound-queue.js";
import type { WhatsAppAdapter } from "./client.js";
import { renderWhatsApp } from "./render.js";

/**
 * The jobs of one message: one per part of a direct delivery (the same rendering), so a retried
 * job never sends an earlier part twice. Its `origin` is the message as written, kept in the
 * outbox if the job fails for good.
 *
 * @example
 * whatsappJobs({ channel: "whatsapp", userId: "62811@c.us", text: "**Tiket** selesai", kind: "status_change" });
 * // [{ channel: "whatsapp", chatId: "62811@c.us", text: "*Tiket* selesai",
 * //    origin: { id: "…", kind: "status_change", text: "**Tiket** selesai" } }]
 */
export function whatsappJobs(message: OutboundMessage): OutboundMessageJob[] {
  const origin = { id: randomUUID(), kind: message.kind, text: message.text };
  return renderWhatsApp({ answer: message.text, citations: [], actions: [] }).parts.map((text) => ({
    channel: "whatsapp",
    chatId: message.userId,
    text,
    origin,
  }));
}

/**
 * Sends a job through the adapter's client and per-chat queue, so a chat's messages keep
 * WhatsApp's spacing (`minIntervalMs`). Rejects while the client is not connected (the job is retried).
 */
export function whatsappSender(whatsapp: Pick<WhatsAppAdapter, "sendText">): SendOutbound {
  return (job) => whatsapp.sendText(job.chatId, job.text);
}
