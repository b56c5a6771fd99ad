/**
 * Telegram groups: other members read everything the bot posts there, so nothing personal is
 * answered in a group. A group runs in its own session per member (never the member's private
 * one); a reply that would be a form, a ticket status or a handoff is replaced by a deep link that
 * continues the same request in the private chat.
 */
import { randomBytes } from "node:crypto";

/** Replies that belong to one person (see `isPersonalReply`). */
export { isPersonalReply as isPersonal } from "../contract.js";

/**
 * The text posted in the group instead of a personal reply.
 *
 * @example
 * continuePrivately("layanan_kendari_bot", "Zx3…") // "…\nLanjutkan di chat pribadi: https://t.me/layanan_kendari_bot?start=Zx3…"
 */
export function continuePrivately(botUsername: string, token: string): string {
  return [
    "Demi menjaga data pribadi Anda, formulir, cek status tiket, dan layanan petugas tidak dilayani di grup.",
    `Lanjutkan di chat pribadi: https://t.me/${botUsername}?start=${token}`,
  ].join("\n");
}

interface Handover {
  userId: string;
  text: string;
  expires: number;
}

/**
 * Start tokens of the deep links: each names one group message of one member, is good once, for
 * that member only, for `ttlMs`. Kept in memory (a restart only costs the member retyping).
 *
 * @example
 * const token = handovers.issue("42", "mau bikin ktp baru");
 * handovers.take(token, "42"); // "mau bikin ktp baru"; a second take, or another user, gets null
 */
export class PrivateHandovers {
  private readonly pending = new Map<string, Handover>();

  constructor(
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly max = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  issue(userId: string, text: string): string {
    const token = randomBytes(16).toString("base64url"); // Telegram start parameters: [A-Za-z0-9_-], up to 64
    this.pending.set(token, { userId, text, expires: this.now() + this.ttlMs });
    if (this.pending.size > this.max) this.pending.delete(this.pending.keys().next().value as string);
    return token;
  }

  take(token: string, userId: string): string | null {
    const h = this.pending.get(token);
    if (!h || h.userId !== userId) return null;
    this.pending.delete(token);
    return h.expires >= this.now() ? h.text : null;
  }
}
