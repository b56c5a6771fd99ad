/**
 * Messages the service sends to a citizen outside a reply: an operator's message in a handoff, a
 * ticket status change. The forms feature produces them; channel adapters deliver them.
 */
export type ChannelName = "web" | "telegram" | "whatsapp" | "cli";

export interface OutboundMessage {
  channel: ChannelName;
  /** The channel user: Telegram chat id, WhatsApp id, or the web session id. */
  userId: string;
  text: string;
  /** `officer_alert`: a new ticket or handoff posted to an OPD's officer chat (see officer-alerts.ts). */
  kind: "operator_message" | "status_change" | "handoff_closed" | "officer_alert";
}

/** Delivers one message on one channel; throws when delivery failed (it is then retried later). */
export type Deliver = (message: OutboundMessage) => Promise<void>;

/**
 * Routes outbound messages to the channel that owns the user. Messages for a channel with no
 * delivery attached (or whose delivery failed) are kept and handed over on the user's next contact.
 */
export interface Notifier {
  notify(message: OutboundMessage): Promise<void>;
  /** A channel adapter attaches its delivery when it starts. */
  attach(channel: ChannelName, deliver: Deliver): void;
  /** Pending messages for a user, removed from the queue (delivered with the next reply). */
  takePending(channel: ChannelName, userId: string): Promise<OutboundMessage[]>;
}
