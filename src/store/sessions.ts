import type Database from "better-sqlite3";
import type { Db } from "./database.js";
import { type ConversationMemory, parseMemory } from "./memory.js";

export type { ConversationMemory, FormState } from "./memory.js";

export interface Session {
  id: string;
  channel: string;
  userKey: string | null;
  memory: ConversationMemory;
}

/** Conversation sessions. The SQLite implementation is below; a Redis one can replace it. */
export interface SessionStore {
  get(id: string): Session | null;
  save(session: Session): void;
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
  record(turn: TurnRecord): number;
}

/**
 * Sessions and turns in the embedded database.
 *
 * @example
 * const store = new SqliteConversationStore(openDatabase(":memory:"));
 * store.save({ id: "s1", channel: "web", userKey: null, memory: { topic: { words: "syarat ktp" } } });
 */
export class SqliteConversationStore implements SessionStore, TurnLog {
  private readonly statements: Map<string, Database.Statement> = new Map();

  constructor(private readonly db: Db) {}

  /** Prepared once, reused for every turn. */
  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  get(id: string): Session | null {
    const row = this.prepare("SELECT id, channel, user_key, memory FROM sessions WHERE id = ?").get(id) as
      | { id: string; channel: string; user_key: string | null; memory: string }
      | undefined;
    return row ? { id: row.id, channel: row.channel, userKey: row.user_key, memory: parseMemory(row.memory) } : null;
  }

  save(session: Session): void {
    const now = new Date().toISOString();
    this.prepare(
      `INSERT INTO sessions (id, channel, user_key, memory, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET memory = excluded.memory, updated_at = excluded.updated_at`,
    ).run(session.id, session.channel, session.userKey, JSON.stringify(session.memory), now, now);
  }

  record(t: TurnRecord): number {
    return this.db.transaction(() => {
      const { lastInsertRowid } = this.prepare(
        `INSERT INTO turns (session_id, channel, question, status, answer, citations, evidence, opd, service_id, latency_ms, created_at, trace)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        t.sessionId,
        t.channel,
        t.question,
        t.status,
        t.answer,
        JSON.stringify(t.citations),
        t.evidence,
        t.opd,
        t.serviceId,
        t.latencyMs,
        new Date().toISOString(),
        JSON.stringify(t.trace),
      );
      const id = Number(lastInsertRowid);
      const subject = this.prepare("INSERT INTO turn_subjects (turn_id, subject) VALUES (?, ?)");
      for (const s of new Set(t.subjects)) subject.run(id, s);
      return id;
    })();
  }
}
