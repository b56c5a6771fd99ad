import type { Db } from "./database.js";
import { type ConversationMemory, parseMemory } from "./memory.js";

export type { ConversationMemory, FormState } from "./memory.js";

export interface Session {
  id: string;
  channel: string;
  userKey: string | null;
  memory: ConversationMemory;
}

/** Conversation sessions. The database implementation is below (SQLite or PostgreSQL). */
export interface SessionStore {
  get(id: string): Promise<Session | null>;
  save(session: Session): Promise<void>;
}

/** What happened inside one turn: step timings and, when something went wrong, where and why. */
export interface TurnTrace {
  /** Every step that ran, in order, with its duration in milliseconds. */
  steps: Array<{ name: string; ms: number }>;
  /** The step that failed (threw or called `fail`). */
  failedStep?: string;
  /** The error of the failed step, personal data masked. */
  error?: string;
  /** Why the primary composer failed when the fallback composer answered. */
  composerFallback?: string;
  /** Why LLM mode's query rewrite or rerank was skipped and the offline ranking stood. */
  retrievalFallback?: string;
  /** The scope model placed the question outside the sources and turned its answer into `no_answer`. */
  outsideByModel?: boolean;
}

/** One answered turn, as analytics and the curator review see it (question already masked). */
export interface TurnRecord {
  sessionId: string;
  channel: string;
  question: string;
  status: string;
  answer: string;
  citations: string[];
  evidence: number | null;
  opd: string | null;
  serviceId: string | null;
  latencyMs: number;
  trace: TurnTrace;
  /** Keyed hashes of the NIK/KK numbers the message held, so erasure by NIK finds this turn. */
  subjects: string[];
}

export interface TurnLog {
  /** Stores the turn and its subjects; returns the turn id. */
  record(turn: TurnRecord): Promise<number>;
}

/**
 * Sessions and turns in the service's database (SQLite or PostgreSQL).
 *
 * @example
 * const store = new ConversationStore(openDatabase(":memory:"));
 * await store.save({ id: "s1", channel: "web", userKey: null, memory: { topic: { words: "syarat ktp" } } });
 */
export class ConversationStore implements SessionStore, TurnLog {
  constructor(private readonly db: Db) {}

  async get(id: string): Promise<Session | null> {
    const row = await this.db.selectFrom("sessions").select(["id", "channel", "user_key", "memory"]).where("id", "=", id).executeTakeFirst();
    return row ? { id: row.id, channel: row.channel, userKey: row.user_key, memory: parseMemory(row.memory) } : null;
  }

  async save(session: Session): Promise<void> {
    const now = new Date().toISOString();
    const memory = JSON.stringify(session.memory);
    await this.db
      .insertInto("sessions")
      .values({ id: session.id, channel: session.channel, user_key: session.userKey, memory, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column("id").doUpdateSet({ memory, updated_at: now }))
      .execute();
  }

  async record(t: TurnRecord): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto("turns")
        .values({
          session_id: t.sessionId,
          channel: t.channel,
          question: t.question,
          status: t.status,
          answer: t.answer,
          citations: JSON.stringify(t.citations),
          evidence: t.evidence,
          opd: t.opd,
          service_id: t.serviceId,
          latency_ms: t.latencyMs,
          created_at: new Date().toISOString(),
          trace: JSON.stringify(t.trace),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const subjects = [...new Set(t.subjects)];
      if (subjects.length)
        await trx
          .insertInto("turn_subjects")
          .values(subjects.map((subject) => ({ turn_id: id, subject })))
          .execute();
      return id;
    });
  }
}
