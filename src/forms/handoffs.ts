import { randomUUID } from "node:crypto";
import type { Db } from "../store/database.js";

export interface HandoffMessage {
  at: string;
  from: "citizen" | "operator";
  /** Citizens' messages are stored masked. */
  text: string;
}

/** A conversation handed over to an OPD service desk (Service Desk Tier 1). */
export interface Handoff {
  id: string;
  sessionId: string;
  channel: string;
  userKey: string;
  opd: string;
  status: "open" | "closed";
  messages: HandoffMessage[];
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  session_id: string;
  channel: string;
  user_key: string;
  opd: string;
  status: "open" | "closed";
  messages: string;
  created_at: string;
  updated_at: string;
}

const fromRow = (r: Row): Handoff => ({
  id: r.id,
  sessionId: r.session_id,
  channel: r.channel,
  userKey: r.user_key,
  opd: r.opd,
  status: r.status,
  messages: JSON.parse(r.messages) as HandoffMessage[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/**
 * Handoff threads between a citizen and an OPD officer.
 *
 * @example
 * const h = new HandoffRepository(db).open({ sessionId: "s1", channel: "web", userKey: "s1", opd: "disdukcapil" });
 */
export class HandoffRepository {
  constructor(private readonly db: Db) {}

  open(input: { sessionId: string; channel: string; userKey: string; opd: string }): Handoff {
    const existing = this.openFor(input.channel, input.userKey);
    if (existing) return existing;
    const at = new Date().toISOString();
    const id = randomUUID();
    this.db
      .prepare("INSERT INTO handoffs (id, session_id, channel, user_key, opd, status, messages, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'open', '[]', ?, ?)")
      .run(id, input.sessionId, input.channel, input.userKey, input.opd, at, at);
    return this.get(id) as Handoff;
  }

  get(id: string): Handoff | null {
    const row = this.db.prepare("SELECT * FROM handoffs WHERE id = ?").get(id) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  /** The user's open handoff on a channel, if any. */
  openFor(channel: string, userKey: string): Handoff | null {
    const row = this.db.prepare("SELECT * FROM handoffs WHERE channel = ? AND user_key = ? AND status = 'open' ORDER BY created_at DESC LIMIT 1").get(channel, userKey) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  list(filter: { opd?: string; status?: "open" | "closed" } = {}): Handoff[] {
    const rows = this.db
      .prepare("SELECT * FROM handoffs WHERE (@opd IS NULL OR opd = @opd) AND (@status IS NULL OR status = @status) ORDER BY created_at DESC LIMIT 500")
      .all({ opd: filter.opd ?? null, status: filter.status ?? null }) as Row[];
    return rows.map(fromRow);
  }

  addMessage(id: string, from: HandoffMessage["from"], text: string): Handoff | null {
    const h = this.get(id);
    if (!h) return null;
    const at = new Date().toISOString();
    this.db.prepare("UPDATE handoffs SET messages = ?, updated_at = ? WHERE id = ?").run(JSON.stringify([...h.messages, { at, from, text }]), at, id);
    return this.get(id);
  }

  close(id: string): Handoff | null {
    this.db.prepare("UPDATE handoffs SET status = 'closed', updated_at = ? WHERE id = ?").run(new Date().toISOString(), id);
    return this.get(id);
  }
}
