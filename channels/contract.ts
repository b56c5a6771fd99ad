/**
 * The one contract every channel adapter speaks: an inbound message goes to the shared
 * conversation engine, and the reply comes back as a `ChatResponse` the adapter renders.
 */
import type { Engine } from "../src/answer/engine.js";
import { canned } from "../src/answer/statuses.js";
import type { ChatResponse } from "../src/answer/types.js";

export type ChannelId = "telegram" | "whatsapp";

/** A text message as it arrives from a channel. */
export interface Inbound {
  channel: ChannelId;
  /** The person on that channel (Telegram user id, WhatsApp id). */
  userId: string;
  /** Where the reply goes (Telegram chat id, WhatsApp chat id). */
  chatId: string;
  /** Set for a group chat: the member then has a group session of their own, never their private one. */
  groupId?: string;
  messageId: string;
  text: string;
}

/** What an adapter reports about itself. */
export interface ChannelHealth {
  status: "starting" | "ok" | "degraded" | "down" | "stopped";
  detail: string;
}

/** One channel: started and stopped by `startChannels`, polled for health. */
export interface ChannelAdapter {
  readonly name: ChannelId;
  start(): Promise<void>;
  stop(): Promise<void>;
  health(): ChannelHealth;
}

/** Minimal logger; `console` fits. */
export interface ChannelLog {
  info(message: string): void;
  error(message: string): void;
}

const PREFIX: Record<ChannelId, string> = { telegram: "tg", whatsapp: "wa" };

/**
 * The session of a channel user: one per person per channel, stable across restarts.
 *
 * @example
 * sessionIdFor("telegram", "42"); // "tg:42"
 */
export function sessionIdFor(channel: ChannelId, userId: string): string {
  return `${PREFIX[channel]}:${userId}`;
}

/**
 * Who the engine sees for an inbound message: the person in a private chat, or a group-scoped
 * member (`g<groupId>:<userId>`) in a group, so a group never reaches the private chat's form,
 * tickets, handoff or memory.
 *
 * @example
 * engineUser({ channel: "telegram", userId: "42", groupId: "-100123", ... }); // { userId: "g-100123:42", sessionId: "tg:g-100123:42" }
 */
export function engineUser(inbound: Pick<Inbound, "channel" | "userId" | "groupId">): { userId: string; sessionId: string } {
  const userId = inbound.groupId ? `g${inbound.groupId}:${inbound.userId}` : inbound.userId;
  return { userId, sessionId: sessionIdFor(inbound.channel, userId) };
}

/**
 * Replies that belong to one person and are never posted in a group: forms (and ticket status
 * checks) and officer handoffs.
 *
 * @example
 * isPersonalReply({ status: "form" }); // true
 */
export function isPersonalReply(reply: Pick<ChatResponse, "status">): boolean {
  return reply.status === "form" || reply.status === "handoff";
}

/**
 * Answers an inbound message with the engine. Never throws: a failure becomes the `error` reply.
 *
 * @example
 * const reply = await handleInbound(engine, { channel: "telegram", userId: "42", chatId: "42", messageId: "7", text: "syarat ktp" });
 */
export async function handleInbound(engine: Engine, inbound: Inbound): Promise<ChatResponse> {
  const { userId, sessionId } = engineUser(inbound);
  try {
    return await engine.answer({ message: inbound.text, sessionId, channel: inbound.channel, userId, ...(inbound.groupId ? { inGroup: true } : {}) });
  } catch {
    return { sessionId, status: "error", answer: canned("error", "id"), citations: [], actions: [], confidence: "high" };
  }
}
