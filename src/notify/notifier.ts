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
 * notifier.takePending("web", "s1"); // [{ channel: "web", userId: "s1", text: "Halo", kind: "operator_message" }]
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
    this.db
      .prepare("INSERT INTO outbox (channel, user_key, kind, text, created_at) VALUES (?, ?, ?, ?, ?)")
      .run(message.channel, message.userId, message.kind, message.text, new Date().toISOString());
  }

  takePending(channel: ChannelName, userId: string): OutboundMessage[] {
    return this.db.transaction(() => {
      const rows = this.db.prepare("SELECT id, kind, text FROM outbox WHERE channel = ? AND user_key = ? ORDER BY id").all(channel, userId) as Array<{
        id: number;
        kind: OutboundMessage["kind"];
        text: string;
      }>;
      if (rows.length > 0) this.db.prepare(`DELETE FROM outbox WHERE id IN (${rows.map(() => "?").join(",")})`).run(...rows.map((r) => r.id));
      return rows.map((r) => ({ channel, userId, kind: r.kind, text: r.text }));
    })();
  }
}
