/**
 * Outbound channel messages that are not the direct reply to a webhook (officer replies, ticket
 * status changes, notifications). In-process they go through the channels' per-chat queue; with
 * REDIS_URL an API replica enqueues into BullMQ and a worker process sends. Either way a chat's
 * messages are sent in order, a failed send is retried with exponential back-off, and a channel's
 * "retry after N seconds" is waited out without letting a later message of that chat overtake.
 *
 * The BullMQ implementation is in `outbound-bull.ts`.
 */
import { randomUUID } from "node:crypto";
import type { ChannelName, OutboundMessage } from "../notify/types.js";

/** One message to send: serialisable, so it can wait in Redis. */
export interface OutboundMessageJob {
  channel: ChannelName;
  chatId: string;
  text: string;
  /** Reply buttons, as the channel renders them. */
  buttons?: Array<{ label: string; data: string }>;
  /**
   * The message this job is a part of, as it was written (before rendering, which the citizen's
   * next reply redoes): what is kept when the job fails for good. Its later parts are then not sent.
   */
  origin?: { id: string; kind: OutboundMessage["kind"]; text: string };
}

/** Sends one message; throws when the channel refused it. */
export type SendOutbound = (message: OutboundMessageJob) => Promise<void>;

export type OutboundState = "waiting" | "active" | "retrying" | "sent" | "failed";

export interface OutboundStatus {
  id: string;
  state: OutboundState;
  /** Failed tries so far. */
  tries: number;
  /** The last send error, if any. */
  error: string | null;
}

/** The producer side, used wherever a message is to be sent. */
export interface OutboundQueue {
  /** Queues a message and returns its id. */
  enqueue(message: OutboundMessageJob): Promise<string>;
  get(id: string): Promise<OutboundStatus | null>;
  close(): Promise<void>;
}

/** A running consumer. */
export interface OutboundWorker {
  /** Finishes the send in progress, then stops; queued messages wait for the next worker. */
  close(): Promise<void>;
}

export interface RetryPolicy {
  /** Tries per message, the first included (default 5). */
  attempts?: number;
  /** First back-off; it doubles after each failure (default 1000 ms). */
  backoffMs?: number;
  /** Seconds the channel asks to wait (Telegram 429 `retry_after`), or null for any other error. */
  retryAfter?: (err: unknown) => number | null;
  /** A longer `retry_after` fails the message (default 60 s). */
  maxWaitSeconds?: number;
}

/**
 * How long to wait before the next try, or null when the message has failed. `tries` counts the
 * failed tries including this one.
 *
 * @example
 * retryDelay(new Error("ECONNRESET"), 2, { backoffMs: 1000 }) // 2000
 */
export function retryDelay(err: unknown, tries: number, policy: RetryPolicy): number | null {
  if (tries >= (policy.attempts ?? 5)) return null;
  const wait = policy.retryAfter?.(err) ?? null;
  if (wait !== null) return wait <= (policy.maxWaitSeconds ?? 60) ? wait * 1000 : null;
  return (policy.backoffMs ?? 1000) * 2 ** (tries - 1);
}

/** An error as text (for statuses and logs). */
export const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
/** The key that orders a chat's messages. */
export const chatKey = (m: OutboundMessageJob) => `${m.channel}:${m.chatId}`;

/** What the in-process queue needs from the channels' ChatQueue (channels/queue.ts): one chat at a time. */
export interface SerialSender {
  send<T>(chatId: string, task: () => Promise<T>): Promise<T>;
  idle(): Promise<void>;
}

/**
 * The queue of a single process, over the channels' per-chat queue: statuses live in memory and a
 * restart loses what was not yet sent.
 *
 * @example
 * const outbound = new InProcessOutboundQueue(new ChatQueue(), { retryAfter: telegramRetryAfter });
 * outbound.work(send); await outbound.enqueue({ channel: "telegram", chatId: "42", text: "Tiket Anda selesai." });
 */
export class InProcessOutboundQueue implements OutboundQueue {
  private readonly statuses = new Map<string, OutboundStatus>();
  private sender: { send: SendOutbound; active: Set<Promise<unknown>>; closed: boolean } | null = null;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly serial: SerialSender,
    private readonly policy: RetryPolicy = {},
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async enqueue(m: OutboundMessageJob): Promise<string> {
    const status: OutboundStatus = { id: `out_${randomUUID()}`, state: "waiting", tries: 0, error: null };
    this.statuses.set(status.id, status);
    void this.serial.send(chatKey(m), () => this.deliver(m, status)).catch(() => undefined);
    return status.id;
  }

  async get(id: string): Promise<OutboundStatus | null> {
    const s = this.statuses.get(id);
    return s ? { ...s } : null;
  }

  /** Attaches the sending function; messages queued before it wait for it. */
  work(send: SendOutbound): OutboundWorker {
    const sender = { send, active: new Set<Promise<unknown>>(), closed: false };
    this.sender = sender;
    for (const wake of this.waiting.splice(0)) wake();
    return {
      close: async () => {
        sender.closed = true;
        if (this.sender === sender) this.sender = null;
        await Promise.allSettled([...sender.active]);
      },
    };
  }

  /** Waits until every queued message is sent or failed (with a worker attached). */
  async close(): Promise<void> {
    await this.serial.idle();
  }

  private async deliver(m: OutboundMessageJob, status: OutboundStatus): Promise<void> {
    for (;;) {
      const sender = await this.nextSender();
      status.state = "active";
      const attempt = sender.send(m);
      sender.active.add(attempt);
      try {
        await attempt;
        status.state = "sent";
        return;
      } catch (err) {
        status.tries++;
        status.error = errorText(err);
        const delay = retryDelay(err, status.tries, this.policy);
        if (delay === null) {
          status.state = "failed";
          return;
        }
        status.state = "retrying";
        await this.sleep(delay);
      } finally {
        sender.active.delete(attempt);
      }
    }
  }

  private async nextSender() {
    while (!this.sender || this.sender.closed) await new Promise<void>((r) => this.waiting.push(r));
    return this.sender;
  }
}
