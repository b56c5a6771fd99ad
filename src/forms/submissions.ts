import { sql, type Selectable } from "kysely";
import { InboxFeed } from "../notify/inbox-feed.js";
import type { FieldCrypto } from "../privacy/crypto.js";
import type { Db } from "../store/database.js";
import type { SubmissionsTable } from "../store/schema.js";
import { InboxStore } from "./inbox.js";
import { forUpdate } from "../store/portable.js";

export const SUBMISSION_STATUSES = ["diterima", "diproses", "selesai", "ditolak"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** One entry of a submission's history: a status change with the officer's note. */
export interface SubmissionNote {
  at: string;
  status: SubmissionStatus;
  text: string;
  by: string;
}

/** A stored submission. `fields` holds NIK/KK/phone values encrypted; `masked` is for display. */
export interface Submission {
  ticket: string;
  serviceId: string;
  opd: string;
  channel: string;
  userKey: string;
  status: SubmissionStatus;
  fields: Record<string, string>;
  masked: Record<string, string>;
  nikHash: string | null;
  submitterTokenHash: string;
  confidential: boolean;
  notes: SubmissionNote[];
  /** The officer's key id the ticket is assigned to, or null. */
  assignee: string | null;
  createdAt: string;
  updatedAt: string;
}

export type NewSubmission = Omit<Submission, "ticket" | "status" | "notes" | "assignee" | "createdAt" | "updatedAt"> & { prefix: string };

/** Filters of the officers' list; `opd` is the caller's scope. */
export interface SubmissionFilter {
  opd?: string;
  status?: SubmissionStatus;
  serviceId?: string;
  channel?: string;
}

const SEALED = /^v1\.[\w-]+\.[\w-]+\.[\w-]*$/;

/** A sealed value decrypted; a plain value that only looks sealed (typed by a citizen) is kept as is. */
function openOrKeep(value: string, crypto: Pick<FieldCrypto, "decrypt">): string {
  try {
    return crypto.decrypt(value);
  } catch {
    return value;
  }
}

type Row = Selectable<SubmissionsTable>;

function fromRow(r: Row): Submission {
  return {
    ticket: r.ticket,
    serviceId: r.service_id,
    opd: r.opd,
    channel: r.channel,
    userKey: r.user_key,
    status: r.status,
    fields: JSON.parse(r.fields) as Record<string, string>,
    masked: JSON.parse(r.fields_masked) as Record<string, string>,
    nikHash: r.nik_hash,
    submitterTokenHash: r.submitter_token_hash,
    confidential: r.confidential === 1,
    notes: JSON.parse(r.notes) as SubmissionNote[],
    assignee: r.assignee ?? null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Submissions and their per-year ticket counter (`KDI-2026-000123`).
 *
 * @example
 * const repo = new SubmissionRepository(db);
 * const s = await repo.create({ prefix: "KDI", serviceId: "ktp-el-baru", opd: "disdukcapil", ... }); // s.ticket === "KDI-2026-000001"
 */
export class SubmissionRepository {
  /** New and changed tickets, for the console's live inbox and officer alerts. */
  readonly changes = new InboxFeed();
  /** Internal history, canned replies and officers. */
  readonly inbox: InboxStore;

  constructor(private readonly db: Db) {
    this.inbox = new InboxStore(db);
  }

  /** Stores a submission under the next ticket number of its prefix and year (one counter row, incremented in the same transaction). */
  async create(input: NewSubmission, now = new Date()): Promise<Submission> {
    const at = now.toISOString();
    const year = now.getUTCFullYear();
    const created = await this.db.transaction().execute(async (trx) => {
      const { last } = await trx
        .insertInto("ticket_counters")
        .values({ prefix: input.prefix, year, last: 1 })
        // Qualified: on PostgreSQL a bare `last` would be ambiguous with the excluded row.
        .onConflict((oc) => oc.columns(["prefix", "year"]).doUpdateSet({ last: sql<number>`ticket_counters.last + 1` }))
        .returning("last")
        .executeTakeFirstOrThrow();
      const ticket = `${input.prefix}-${year}-${String(last).padStart(6, "0")}`;
      const notes: SubmissionNote[] = [{ at, status: "diterima", text: "", by: "system" }];
      return trx
        .insertInto("submissions")
        .values({
          ticket,
          service_id: input.serviceId,
          opd: input.opd,
          channel: input.channel,
          user_key: input.userKey,
          status: "diterima",
          fields: JSON.stringify(input.fields),
          fields_masked: JSON.stringify(input.masked),
          nik_hash: input.nikHash,
          submitter_token_hash: input.submitterTokenHash,
          confidential: input.confidential ? 1 : 0,
          notes: JSON.stringify(notes),
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
    this.changes.publish({ kind: "submission", id: created.ticket, opd: created.opd, change: "created" });
    return fromRow(created);
  }

  async get(ticket: string): Promise<Submission | null> {
    const row = await this.db.selectFrom("submissions").selectAll().where("ticket", "=", ticket.toUpperCase()).executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  /** The newest 500 matching submissions, newest first. */
  async list(filter: SubmissionFilter = {}): Promise<Submission[]> {
    let q = this.db.selectFrom("submissions").selectAll();
    if (filter.opd !== undefined) q = q.where("opd", "=", filter.opd);
    if (filter.status !== undefined) q = q.where("status", "=", filter.status);
    if (filter.serviceId !== undefined) q = q.where("service_id", "=", filter.serviceId);
    if (filter.channel !== undefined) q = q.where("channel", "=", filter.channel);
    const rows = await q.orderBy("id", "desc").limit(500).execute();
    return rows.map(fromRow);
  }

  /** Assigns the ticket to an officer's key (null: unassigned). */
  async assign(ticket: string, assignee: string | null): Promise<Submission | null> {
    const row = await this.db
      .updateTable("submissions")
      .set({ assignee, updated_at: new Date().toISOString() })
      .where("ticket", "=", ticket.toUpperCase())
      .returningAll()
      .executeTakeFirst();
    if (!row) return null;
    this.changes.publish({ kind: "submission", id: row.ticket, opd: row.opd, change: "updated" });
    return fromRow(row);
  }

  /** The submitted values in clear: encrypted ones decrypted, the rest as stored. Callers audit it. */
  reveal(s: Submission, crypto: Pick<FieldCrypto, "decrypt">): Record<string, string> {
    return Object.fromEntries(Object.entries(s.fields).map(([k, v]) => [k, SEALED.test(v) ? openOrKeep(v, crypto) : v]));
  }

  /** Records when the citizen accepted the personal-data notice (UU 27/2022) for this ticket. */
  async recordConsent(ticket: string, at = new Date().toISOString()): Promise<void> {
    await this.db.updateTable("submissions").set({ consent_at: at }).where("ticket", "=", ticket).execute();
  }

  /** When the citizen consented to the personal-data notice, or null (no notice, or before migration 10). */
  async consentAt(ticket: string): Promise<string | null> {
    const row = await this.db.selectFrom("submissions").select("consent_at").where("ticket", "=", ticket).executeTakeFirst();
    return row?.consent_at ?? null;
  }

  /** Sets the status and appends the note to the history (the row locked meanwhile, so concurrent notes all land). */
  async update(ticket: string, status: SubmissionStatus, note: string, by: string): Promise<Submission | null> {
    const updated = await this.db.transaction().execute(async (trx) => {
      const current = await forUpdate(
        this.db,
        trx.selectFrom("submissions").select(["ticket", "notes"]).where("ticket", "=", ticket.toUpperCase()),
      ).executeTakeFirst();
      if (!current) return null;
      const at = new Date().toISOString();
      const notes = [...(JSON.parse(current.notes) as SubmissionNote[]), { at, status, text: note, by }];
      return trx
        .updateTable("submissions")
        .set({ status, notes: JSON.stringify(notes), updated_at: at })
        .where("ticket", "=", current.ticket)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
    if (!updated) return null;
    this.changes.publish({ kind: "submission", id: updated.ticket, opd: updated.opd, change: "updated" });
    return fromRow(updated);
  }
}
