import { randomUUID } from "node:crypto";
import { InboxFeed } from "../notify/inbox-feed.js";
import type { Db } from "../store/database.js";
import { InboxStore } from "./inbox.js";

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
  /** The officer's key id the handoff is assigned to, or null. */
  assignee: string | null;
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
  assignee: string | null;
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
  assignee: r.assignee ?? null,
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
  /** New handoffs and citizens' messages, for the console's live inbox and officer alerts. */
  readonly changes = new InboxFeed();
  /** Internal history, canned replies per OPD and officers. */
  readonly inbox: InboxStore;

  constructor(private readonly db: Db) {
    this.inbox = new InboxStore(db);
  }

  open(input: { sessionId: string; channel: string; userKey: string; opd: string }): Handoff {
    const existing = this.openFor(input.channel, input.userKey);
    if (existing) return existing;
    const at = new Date().toISOString();
    const id = randomUUID();
    this.db
      .prepare(
        "INSERT INTO handoffs (id, session_id, channel, user_key, opd, status, messages, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'open', '[]', ?, ?)",
      )
      .run(id, input.sessionId, input.channel, input.userKey, input.opd, at, at);
    this.changes.publish({ kind: "handoff", id, opd: input.opd, change: "created" });
    return this.get(id) as Handoff;
  }

  get(id: string): Handoff | null {
    const row = this.db.prepare("SELECT * FROM handoffs WHERE id = ?").get(id) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  /** The user's open handoff on a channel, if any. */
  openFor(channel: string, userKey: string): Handoff | null {
    const row = this.db
      .prepare("SELECT * FROM handoffs WHERE channel = ? AND user_key = ? AND status = 'open' ORDER BY created_at DESC LIMIT 1")
      .get(channel, userKey) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  list(filter: { opd?: string; status?: "open" | "closed"; channel?: string } = {}): Handoff[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM handoffs WHERE (@opd IS NULL OR opd = @opd) AND (@status IS NULL OR status = @status)
         AND (@channel IS NULL OR channel = @channel) ORDER BY created_at DESC LIMIT 500`,
      )
      .all({ opd: filter.opd ?? null, status: filter.status ?? null, channel: filter.channel ?? null }) as Row[];
    return rows.map(fromRow);
  }

  addMessage(id: string, from: HandoffMessage["from"], text: string): Handoff | null {
    const h = this.get(id);
    if (!h) return null;
    const at = new Date().toISOString();
    this.db.prepare("UPDATE handoffs SET messages = ?, updated_at = ? WHERE id = ?").run(JSON.stringify([...h.messages, { at, from, text }]), at, id);
    this.changes.publish({ kind: "handoff", id, opd: h.opd, change: from === "citizen" ? "message" : "updated" });
    return this.get(id);
  }

  close(id: string): Handoff | null {
    this.db.prepare("UPDATE handoffs SET status = 'closed', updated_at = ? WHERE id = ?").run(new Date().toISOString(), id);
    const h = this.get(id);
    if (h) this.changes.publish({ kind: "handoff", id, opd: h.opd, change: "updated" });
    return h;
  }

  /** Assigns the handoff to an officer's key (null: unassigned). */
  assign(id: string, assignee: string | null): Handoff | null {
    this.db.prepare("UPDATE handoffs SET assignee = ?, updated_at = ? WHERE id = ?").run(assignee, new Date().toISOString(), id);
    const h = this.get(id);
    if (h) this.changes.publish({ kind: "handoff", id, opd: h.opd, change: "updated" });
    return h;
  }
}
