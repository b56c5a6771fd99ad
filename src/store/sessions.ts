import type { ConversationMemory } from "../answer/context.js";
import type Database from "better-sqlite3";
import type { Db } from "./database.js";

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
}

export interface TurnLog {
  record(turn: TurnRecord): void;
}

/**
 * Sessions and turns in the embedded database.
 *
 * @example
 * const store = new SqliteConversationStore(openDatabase(":memory:"));
 * store.save({ id: "s1", channel: "web", userKey: null, memory: { lastTopic: "syarat ktp" } });
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
    return row ? { id: row.id, channel: row.channel, userKey: row.user_key, memory: JSON.parse(row.memory) as ConversationMemory } : null;
  }

  save(session: Session): void {
    const now = new Date().toISOString();
    this
      .prepare(
        `INSERT INTO sessions (id, channel, user_key, memory, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET memory = excluded.memory, updated_at = excluded.updated_at`,
      )
      .run(session.id, session.channel, session.userKey, JSON.stringify(session.memory), now, now);
  }

  record(t: TurnRecord): void {
    this
      .prepare(
        `INSERT INTO turns (session_id, channel, question, status, answer, citations, evidence, opd, service_id, latency_ms, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(t.sessionId, t.channel, t.question, t.status, t.answer, JSON.stringify(t.citations), t.evidence, t.opd, t.serviceId, t.latencyMs, new Date().toISOString());
  }
}
