import type { Db } from "../store/database.js";
import type { ChannelName, Deliver, Notifier, OutboundMessage } from "./types.js";

/**
 * The notifier over the `outbox` table: delivers at once through the channel's attached delivery,
 * and keeps the message for the user's next contact when there is none or it failed.
 *
 * @example
 * const notifier = new OutboxNotifier(db);
 * notifier.attach("telegram", async (m) => bot.sendMessage(m.userId, m.text));
 * await notifier.notify({ channel: "web", userId: "s1", text: "Halo", kind: "operator_message" }); // stored
 * await notifier.takePending("web", "s1"); // [{ channel: "web", userId: "s1", text: "Halo", kind: "operator_message" }]
 */
export class OutboxNotifier implements Notifier {
  private readonly deliveries = new Map<ChannelName, Deliver>();

  constructor(private readonly db: Db) {}

  attach(channel: ChannelName, deliver: Deliver): void {
    this.deliveries.set(channel, deliver);
  }

  async notify(message: OutboundMessage): Promise<void> {
    const deliver = this.deliveries.get(message.channel);
    if (deliver) {
      try {
        await deliver(message);
        return;
      } catch {
        // kept below and handed over on the next contact
      }
    }
    await this.keep(message);
  }

  /**
   * Keeps a message for the user's next contact, as `notify` does when a delivery fails: for a
   * delivery that fails later, e.g. a queued send a worker gave up on (channels/outbound.ts).
   */
  async keep(message: OutboundMessage): Promise<void> {
    await this.db
      .insertInto("outbox")
      .values({ channel: message.channel, user_key: message.userId, kind: message.kind, text: message.text, created_at: new Date().toISOString() })
      .execute();
  }

  /** Takes the user's kept messages, oldest first. One delete returns them, so two replicas never hand over the same message twice. */
  async takePending(channel: ChannelName, userId: string): Promise<OutboundMessage[]> {
    const rows = await this.db.deleteFrom("outbox").where("channel", "=", channel).where("user_key", "=", userId).returning(["id", "kind", "text"]).execute();
    return rows.sort((a, b) => a.id - b.id).map((r) => ({ channel, userId, kind: r.kind as OutboundMessage["kind"], text: r.text }));
  }
}
