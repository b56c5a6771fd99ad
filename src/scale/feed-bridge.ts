/**
 * Redis pub/sub bridges for the two live features that replicas share: the officers' inbox feed
 * and the citizen widget's live messages. Without REDIS_URL neither is built and both stay
 * in-process. Pub/sub channels are not prefixed by ioredis, so each carries the client's key prefix.
 */
import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import { type InboxChange, InboxFeed } from "../notify/inbox-feed.js";
import type { WebLive, WebMessage, WebRelay } from "../notify/web-live.js";
import type { RedisClient } from "./redis.js";

export interface BridgeOptions {
  /** Channel prefix; the client's `keyPrefix` when absent. */
  prefix?: string;
  /** Called when Redis fails; the bridge keeps serving this replica's own subscribers. */
  onError?: (err: Error) => void;
}

/** How long the claim on an inbox event (`once`) is kept: far longer than any replica takes to hear it. */
export const CLAIM_TTL_SECONDS = 3_600;

const ChangeMessage = z.object({
  from: z.string(),
  feed: z.string(),
  eventId: z.string(),
  change: z.object({
    kind: z.enum(["submission", "handoff"]),
    id: z.string(),
    opd: z.string(),
    change: z.enum(["created", "updated", "message"]),
  }),
});
type ChangeMessage = z.infer<typeof ChangeMessage>;

const Announcement = z.object({ from: z.string(), id: z.number().int() });

const prefixOf = (redis: RedisClient, options: BridgeOptions) => options.prefix ?? redis.options.keyPrefix ?? "";

/** Parses a bridge message; null for anything malformed. */
function parse<T>(schema: z.ZodType<T>, raw: string): T | null {
  try {
    const r = schema.safeParse(JSON.parse(raw));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/**
 * Joins named inbox feeds (`submissions`, `handoffs`) across replicas: a change published in this
 * process goes out once on `<prefix>inbox`; one published elsewhere comes in through the feed's
 * `receive` (origin `remote`). This process's own messages coming back are dropped, so every
 * subscriber hears each change once. `once(name)` is the feed for officer alerts.
 *
 * @example
 * const bridge = new InboxFeedBridge(redis, { submissions: forms.submissions.changes, handoffs: forms.handoffs.changes });
 * await bridge.ready; // later: await bridge.close()
 */
export class InboxFeedBridge {
  /** Resolves once this replica hears the others; rejects when Redis refuses the subscription. */
  readonly ready: Promise<void>;
  private readonly self = randomUUID();
  private readonly channel: string;
  private readonly sub: RedisClient;
  private readonly offs: Array<() => void> = [];
  private readonly fail: (err: unknown) => void;

  constructor(
    private readonly redis: RedisClient,
    private readonly feeds: Readonly<Record<string, InboxFeed>>,
    options: BridgeOptions = {},
  ) {
    this.fail = (err) => options.onError?.(err as Error);
    this.channel = `${prefixOf(redis, options)}inbox`;
    this.sub = redis.duplicate();
    this.sub.on("error", this.fail);
    this.sub.on("message", (channel: string, raw: string) => {
      if (channel === this.channel) this.arrive(raw);
    });
    for (const [name, feed] of Object.entries(feeds)) {
      this.offs.push(
        feed.subscribe((change, origin) => {
          if (origin.remote) return;
          const message: ChangeMessage = { from: this.self, feed: name, eventId: origin.eventId, change };
          redis.publish(this.channel, JSON.stringify(message)).catch(this.fail);
        }),
      );
    }
    this.ready = this.sub.subscribe(this.channel).then(() => undefined);
    this.ready.catch(this.fail);
  }

  /**
   * A feed that passes each change of the named feed on once in the whole deployment: on the
   * replica that first claims its event id in Redis. Officer alerts subscribe here, so a ticket
   * alerts once however many API replicas run, whichever process (API, WhatsApp) filed it. When
   * Redis cannot be asked, the publishing replica passes its own changes on.
   */
  once(name: string): InboxFeed {
    const source = this.feeds[name];
    if (!source) throw new Error(`no inbox feed named ${name}`);
    const out = new InboxFeed();
    this.offs.push(
      source.subscribe((change, origin) => {
        this.redis.set(`inbox-once:${origin.eventId}`, "1", "EX", CLAIM_TTL_SECONDS, "NX").then(
          (won) => won === "OK" && out.receive(change, origin),
          (err) => {
            this.fail(err);
            if (!origin.remote) out.receive(change, origin);
          },
        );
      }),
    );
    return out;
  }

  async close(): Promise<void> {
    for (const off of this.offs.splice(0)) off();
    await this.sub.quit().catch(() => this.sub.disconnect());
  }

  private arrive(raw: string): void {
    const message = parse(ChangeMessage, raw);
    if (!message || message.from === this.self) return;
    const change: InboxChange = message.change;
    this.feeds[message.feed]?.receive(change, { eventId: message.eventId, remote: true });
  }
}

/**
 * WebLive's relay over Redis: a replica subscribes to `<prefix>web:<hash of the session>` while it
 * holds a stream of that session, so `PUBSUB NUMSUB` tells a delivering replica whether a stream
 * is open anywhere (none: the notifier keeps the message in the outbox, as in one process). A
 * delivery records the message in `web_messages` first, then announces only its id; each replica
 * reads it back and pushes it to its own streams, which skip ids they have shown. No message text
 * and no session token travel through Redis.
 *
 * @example
 * const relay = new WebLiveBridge(redis, forms.webLive); // later: await relay.close()
 */
export class WebLiveBridge implements WebRelay {
  private readonly self = randomUUID();
  private readonly prefix: string;
  private readonly sub: RedisClient;
  /** Channel → session, for the sessions with a stream open here. */
  private readonly sessions = new Map<string, string>();
  private readonly detach: () => void;
  private readonly fail: (err: unknown) => void;
  /** Announcements are handled in arrival order, so one replica's messages reach a stream in id order. */
  private queue = Promise.resolve();
  /** The last subscribe or unsubscribe sent (tests, shutdown). */
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly redis: RedisClient,
    private readonly live: WebLive,
    options: BridgeOptions = {},
  ) {
    this.fail = (err) => options.onError?.(err as Error);
    this.prefix = prefixOf(redis, options);
    this.sub = redis.duplicate();
    this.sub.on("error", this.fail);
    this.sub.on("message", (channel: string, raw: string) => {
      const sessionId = this.sessions.get(channel);
      if (sessionId) this.queue = this.queue.then(() => this.arrive(sessionId, raw)).catch(this.fail);
    });
    this.detach = live.useRelay(this);
  }

  /** Resolves once the subscriptions asked for so far are in place. */
  get settled(): Promise<void> {
    return this.pending.then(() => undefined);
  }

  watch(sessionId: string): void {
    const channel = this.channelOf(sessionId);
    this.sessions.set(channel, sessionId);
    this.pending = this.sub.subscribe(channel).catch(this.fail);
  }

  unwatch(sessionId: string): void {
    const channel = this.channelOf(sessionId);
    this.sessions.delete(channel);
    this.pending = this.sub.unsubscribe(channel).catch(this.fail);
  }

  async openElsewhere(sessionId: string): Promise<boolean> {
    try {
      const reply = (await this.redis.pubsub("NUMSUB", this.channelOf(sessionId))) as [string, number | string];
      return Number(reply[1]) > 0;
    } catch (err) {
      this.fail(err);
      return false;
    }
  }

  async announce(sessionId: string, message: WebMessage): Promise<void> {
    try {
      await this.redis.publish(this.channelOf(sessionId), JSON.stringify({ from: this.self, id: message.id }));
    } catch (err) {
      this.fail(err);
    }
  }

  async close(): Promise<void> {
    this.detach();
    this.sessions.clear();
    await this.queue;
    await this.sub.quit().catch(() => this.sub.disconnect());
  }

  private async arrive(sessionId: string, raw: string): Promise<void> {
    const announced = parse(Announcement, raw);
    if (!announced || announced.from === this.self) return;
    const message = await this.live.message(sessionId, announced.id);
    if (message) this.live.push(sessionId, message);
  }

  private channelOf(sessionId: string): string {
    return `${this.prefix}web:${createHash("sha256").update(sessionId).digest("base64url").slice(0, 32)}`;
  }
}
