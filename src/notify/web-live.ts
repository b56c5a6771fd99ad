import type { Db } from "../store/database.js";
import type { Deliver, OutboundMessage } from "./types.js";
import { type TranscriptEntry, webTranscript } from "./web-transcript.js";

/** A message the service sent to a web session outside a reply (an officer's reply, a status change). */
export interface WebMessage {
  /** Increasing per database: the stream's event id and the transcript's cursor. */
  id: number;
  kind: OutboundMessage["kind"];
  text: string;
  at: string;
}

type Listener = (message: WebMessage) => void;

/**
 * How WebLive reaches streams open on other replicas (src/scale/feed-bridge.ts, over Redis). Its
 * methods never reject: a failure is the relay's to report.
 */
export interface WebRelay {
  /** Whether another replica holds an open stream of the session. */
  openElsewhere(sessionId: string): Promise<boolean>;
  /** Tells the other replicas that a recorded message is waiting for the session's streams. */
  announce(sessionId: string, message: WebMessage): Promise<void>;
  /** This process opened its first stream of a session. */
  watch(sessionId: string): void;
  /** This process closed its last stream of a session. */
  unwatch(sessionId: string): void;
}

/** Open streams one session may hold at once (tabs); an older one is closed beyond this. */
export const MAX_STREAMS_PER_SESSION = 4;

/**
 * Live delivery to open web widgets. The notifier's `web` delivery pushes a message to every open
 * stream of that session and keeps it in `web_messages` (so a reload shows it and a reconnect catches
 * up from its cursor). With no stream open the delivery throws, so the notifier keeps the message in
 * the outbox: the next stream (`drain`) or the citizen's next reply hands it over. With a relay
 * (`useRelay`), a stream open on another replica counts as open: the message is recorded first,
 * then announced, and that replica pushes it to its streams (which skip ids they have shown).
 *
 * @example
 * const live = new WebLive(db);
 * notifier.attach("web", live.deliver);
 * const off = live.subscribe(sessionId, (m) => stream.writeSSE({ id: String(m.id), event: "message", data: JSON.stringify(m) }));
 */
export class WebLive {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly evictors = new Map<Listener, () => void>();
  private relay: WebRelay | undefined;

  constructor(private readonly db: Db) {}

  /** The notifier's delivery for the `web` channel. */
  readonly deliver: Deliver = async (message) => {
    const sessionId = message.userId;
    const here = this.openStreams(sessionId) > 0;
    if (!here && !(await this.relay?.openElsewhere(sessionId).catch(() => false))) throw new Error("no open widget for this session");
    const stored = await this.record(sessionId, message);
    this.push(sessionId, stored);
    // Recorded already: a stream that misses the announcement catches up from web_messages. Throwing
    // here would also keep the message in the outbox, and the widget would show it twice.
    await this.relay?.announce(sessionId, stored).catch(() => undefined);
  };

  /**
   * Connects the replicas' relay (one at a time); it hears of every session with a stream open here.
   * Returns the function that disconnects it.
   */
  useRelay(relay: WebRelay): () => void {
    this.relay = relay;
    for (const sessionId of this.listeners.keys()) relay.watch(sessionId);
    return () => {
      if (this.relay === relay) this.relay = undefined;
    };
  }

  /** Hands a recorded message to this process's open streams of the session (a relay's announcement). */
  push(sessionId: string, message: WebMessage): void {
    for (const listener of [...(this.listeners.get(sessionId) ?? [])]) listener(message);
  }

  /** Listens for a session's messages; returns the unsubscribe function. Beyond the cap, the oldest listener is dropped. */
  subscribe(sessionId: string, listener: Listener, onEvicted?: () => void): () => void {
    let set = this.listeners.get(sessionId);
    if (!set) {
      set = new Set<Listener>();
      this.listeners.set(sessionId, set);
      this.relay?.watch(sessionId);
    }
    set.add(listener);
    if (onEvicted) this.evictors.set(listener, onEvicted);
    if (set.size > MAX_STREAMS_PER_SESSION) {
      const oldest = set.values().next().value as Listener;
      this.evictors.get(oldest)?.();
      this.drop(sessionId, oldest);
    }
    return () => this.drop(sessionId, listener);
  }

  private drop(sessionId: string, listener: Listener): void {
    const set = this.listeners.get(sessionId);
    set?.delete(listener);
    this.evictors.delete(listener);
    if (set && set.size === 0 && this.listeners.delete(sessionId)) this.relay?.unwatch(sessionId);
  }

  /** Streams open for a session (tests, metrics). */
  openStreams(sessionId: string): number {
    return this.listeners.get(sessionId)?.size ?? 0;
  }

  /** Stores a message delivered to a session (also the ones taken from the outbox). */
  async record(sessionId: string, message: Pick<OutboundMessage, "kind" | "text">): Promise<WebMessage> {
    const at = new Date().toISOString();
    const { id } = await this.db
      .insertInto("web_messages")
      .values({ session_id: sessionId, kind: message.kind, text: message.text, created_at: at })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { id, kind: message.kind, text: message.text, at };
  }

  /** The session's visible conversation for a reloaded widget (`webTranscript`). */
  transcript(sessionId: string): Promise<{ entries: TranscriptEntry[]; cursor: number }> {
    return webTranscript(this.db, this, sessionId);
  }

  /** One of the session's messages by id, or null (another session's id finds nothing). */
  async message(sessionId: string, id: number): Promise<WebMessage | null> {
    const row = await this.db
      .selectFrom("web_messages")
      .select(["id", "kind", "text", "created_at as at"])
      .where("session_id", "=", sessionId)
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? { ...row, kind: row.kind as WebMessage["kind"] } : null;
  }

  /** The id of the session's newest message (0 when none): where a stream opened after a transcript resumes. */
  async lastId(sessionId: string): Promise<number> {
    const row = await this.db
      .selectFrom("web_messages")
      .select((eb) => eb.fn.max("id").as("id"))
      .where("session_id", "=", sessionId)
      .executeTakeFirst();
    return row?.id ?? 0;
  }

  /** A session's messages after a cursor (0: all), oldest first, at most `limit`. */
  async since(sessionId: string, after: number, limit = 200): Promise<WebMessage[]> {
    const rows = await this.db
      .selectFrom("web_messages")
      .select(["id", "kind", "text", "created_at as at"])
      .where("session_id", "=", sessionId)
      .where("id", ">", after)
      .orderBy("id")
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...r, kind: r.kind as WebMessage["kind"] }));
  }
}
