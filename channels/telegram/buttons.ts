/**
 * Stale buttons: each reply with inline buttons gets a fresh stamp that its buttons carry; only
 * the chat's latest stamp is live, and a press consumes it. A button from an earlier step, a
 * finished form, a double press or a message from before a restart is stale: it changes nothing.
 */
import { randomBytes } from "node:crypto";

/**
 * The live button stamp of each chat, in memory (a restart only makes old buttons stale).
 *
 * @example
 * const stamp = buttons.issue("42"); // render the reply's buttons with it
 * buttons.consume("42", stamp); // true once; false afterwards or after another reply
 */
export class ButtonStamps {
  private readonly live = new Map<string, string>();

  constructor(private readonly max = 10_000) {}

  /** A new stamp for the chat's latest reply with buttons; earlier buttons become stale. */
  issue(chatId: string): string {
    const stamp = randomBytes(6).toString("base64url"); // 8 characters of [A-Za-z0-9_-]
    this.live.delete(chatId);
    this.live.set(chatId, stamp);
    if (this.live.size > this.max) this.live.delete(this.live.keys().next().value as string);
    return stamp;
  }

  /** A reply without buttons: every earlier button of the chat is stale. */
  clear(chatId: string): void {
    this.live.delete(chatId);
  }

  /** Whether a press with this stamp is live; a live press is used up. */
  consume(chatId: string, stamp: string | null): boolean {
    if (!stamp || this.live.get(chatId) !== stamp) return false;
    this.live.delete(chatId);
    return true;
  }
}
