import { randomUUID } from "node:crypto";
import { type Kysely, type Selectable, sql } from "kysely";
import { InboxFeed } from "../notify/inbox-feed.js";
import { type Db, dialectOf } from "../store/database.js";
import type { HandoffsTable, Schema } from "../store/schema.js";
import { InboxStore } from "./inbox.js";
import { forUpdate } from "../store/portable.js";

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

type Row = Selectable<HandoffsTable>;

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

/** The newest open handoff row of a user on a channel. */
function openRow(db: Kysely<Schema>, channel: string, userKey: string): Promise<Row | undefined> {
  return db
    .selectFrom("handoffs")
    .selectAll()
    .where("channel", "=", channel)
    .where("user_key", "=", userKey)
    .where("status", "=", "open")
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

/**
 * Handoff threads between a citizen and an OPD officer.
 *
 * @example
 * const h = await new HandoffRepository(db).open({ sessionId: "s1", channel: "web", userKey: "s1", opd: "disdukcapil" });
 */
export class HandoffRepository {
  /** New handoffs and citizens' messages, for the console's live inbox and officer alerts. */
  readonly changes = new InboxFeed();
  /** Internal history, canned replies per OPD and officers. */
  readonly inbox: InboxStore;

  constructor(private readonly db: Db) {
    this.inbox = new InboxStore(db);
  }

  /**
   * The user's open handoff on the channel, or a new one. On PostgreSQL a transaction lock on the
   * user and channel makes two replicas opening at once find one thread; SQLite runs them in turn.
   */
  async open(input: { sessionId: string; channel: string; userKey: string; opd: string }): Promise<Handoff> {
    const { row, created } = await this.db.transaction().execute(async (trx) => {
      if (dialectOf(this.db) === "postgres") await sql`SELECT pg_advisory_xact_lock(hashtext(${`handoff:${input.channel}:${input.userKey}`}))`.execute(trx);
      const existing = await openRow(trx, input.channel, input.userKey);
      if (existing) return { row: existing, created: false };
      const at = new Date().toISOString();
      const inserted = await trx
        .insertInto("handoffs")
        .values({
          id: randomUUID(),
          session_id: input.sessionId,
          channel: input.channel,
          user_key: input.userKey,
          opd: input.opd,
          status: "open",
          messages: "[]",
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { row: inserted, created: true };
    });
    if (created) this.changes.publish({ kind: "handoff", id: row.id, opd: row.opd, change: "created" });
    return fromRow(row);
  }

  async get(id: string): Promise<Handoff | null> {
    const row = await this.db.selectFrom("handoffs").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  /** The user's open handoff on a channel, if any (the newest). */
  async openFor(channel: string, userKey: string): Promise<Handoff | null> {
    const row = await openRow(this.db, channel, userKey);
    return row ? fromRow(row) : null;
  }

  /** The newest 500 matching handoffs, newest first. */
  async list(filter: { opd?: string; status?: "open" | "closed"; channel?: string } = {}): Promise<Handoff[]> {
    let q = this.db.selectFrom("handoffs").selectAll();
    if (filter.opd !== undefined) q = q.where("opd", "=", filter.opd);
    if (filter.status !== undefined) q = q.where("status", "=", filter.status);
    if (filter.channel !== undefined) q = q.where("channel", "=", filter.channel);
    const rows = await q.orderBy("created_at", "desc").limit(500).execute();
    return rows.map(fromRow);
  }

  /**
   * Appends a message to an open thread (the row locked meanwhile, so messages written at once all
   * land, and a close that wins the lock first turns the message away). Null when nothing was
   * appended: the id is unknown or the handoff is closed.
   */
  async addMessage(id: string, from: HandoffMessage["from"], text: string): Promise<Handoff | null> {
    const row = await this.db.transaction().execute(async (trx) => {
      const current = await forUpdate(this.db, trx.selectFrom("handoffs").select(["messages", "status"]).where("id", "=", id)).executeTakeFirst();
      if (current?.status !== "open") return null;
      const at = new Date().toISOString();
      const messages: HandoffMessage[] = [...(JSON.parse(current.messages) as HandoffMessage[]), { at, from, text }];
      return trx
        .updateTable("handoffs")
        .set({ messages: JSON.stringify(messages), updated_at: at })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
    if (!row) return null;
    this.changes.publish({ kind: "handoff", id, opd: row.opd, change: from === "citizen" ? "message" : "updated" });
    return fromRow(row);
  }

  /**
   * Closes an open handoff in one conditional update, so of several closes at once (on any replica)
   * exactly one reports `closed: true`; the others get the closed thread with `closed: false`, as
   * does a close of a thread already closed. Null for an unknown id.
   *
   * @example
   * const r = await repo.close(id);
   * if (r?.closed) await notifyCitizen(r.handoff); // only the call that closed it
   */
  async close(id: string): Promise<{ handoff: Handoff; closed: boolean } | null> {
    const row = await this.db
      .updateTable("handoffs")
      .set({ status: "closed", updated_at: new Date().toISOString() })
      .where("id", "=", id)
      .where("status", "=", "open")
      .returningAll()
      .executeTakeFirst();
    if (row) {
      this.changes.publish({ kind: "handoff", id, opd: row.opd, change: "updated" });
      return { handoff: fromRow(row), closed: true };
    }
    const current = await this.get(id);
    return current ? { handoff: current, closed: false } : null;
  }

  /** Assigns the handoff to an officer's key (null: unassigned). */
  async assign(id: string, assignee: string | null): Promise<Handoff | null> {
    const row = await this.db
      .updateTable("handoffs")
      .set({ assignee, updated_at: new Date().toISOString() })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirst();
    if (!row) return null;
    this.changes.publish({ kind: "handoff", id, opd: row.opd, change: "updated" });
    return fromRow(row);
  }
}
