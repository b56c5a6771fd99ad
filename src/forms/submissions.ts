import { InboxFeed } from "../notify/inbox-feed.js";
import type { FieldCrypto } from "../privacy/crypto.js";
import type { Db } from "../store/database.js";
import { InboxStore } from "./inbox.js";

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

interface Row {
  ticket: string;
  service_id: string;
  opd: string;
  channel: string;
  user_key: string;
  status: SubmissionStatus;
  fields: string;
  fields_masked: string;
  nik_hash: string | null;
  submitter_token_hash: string;
  confidential: number;
  notes: string;
  assignee: string | null;
  created_at: string;
  updated_at: string;
}

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
 * const s = repo.create({ prefix: "KDI", serviceId: "ktp-el-baru", opd: "disdukcapil", ... }); // s.ticket === "KDI-2026-000001"
 */
export class SubmissionRepository {
  /** New and changed tickets, for the console's live inbox and officer alerts. */
  readonly changes = new InboxFeed();
  /** Internal history, canned replies and officers. */
  readonly inbox: InboxStore;

  constructor(private readonly db: Db) {
    this.inbox = new InboxStore(db);
  }

  create(input: NewSubmission, now = new Date()): Submission {
    const at = now.toISOString();
    const year = now.getUTCFullYear();
    const created = this.db.transaction(() => {
      const row = this.db
        .prepare(
          `INSERT INTO ticket_counters (prefix, year, last) VALUES (?, ?, 1)
           ON CONFLICT(prefix, year) DO UPDATE SET last = last + 1 RETURNING last`,
        )
        .get(input.prefix, year) as { last: number };
      const ticket = `${input.prefix}-${year}-${String(row.last).padStart(6, "0")}`;
      const notes: SubmissionNote[] = [{ at, status: "diterima", text: "", by: "system" }];
      this.db
        .prepare(
          `INSERT INTO submissions (ticket, service_id, opd, channel, user_key, status, fields, fields_masked, nik_hash, submitter_token_hash, confidential, notes, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, 'diterima', ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          ticket,
          input.serviceId,
          input.opd,
          input.channel,
          input.userKey,
          JSON.stringify(input.fields),
          JSON.stringify(input.masked),
          input.nikHash,
          input.submitterTokenHash,
          input.confidential ? 1 : 0,
          JSON.stringify(notes),
          at,
          at,
        );
      return this.get(ticket) as Submission;
    })();
    this.changes.publish({ kind: "submission", id: created.ticket, opd: created.opd, change: "created" });
    return created;
  }

  get(ticket: string): Submission | null {
    const row = this.db.prepare("SELECT * FROM submissions WHERE ticket = ?").get(ticket.toUpperCase()) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  list(filter: SubmissionFilter = {}): Submission[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM submissions WHERE (@opd IS NULL OR opd = @opd) AND (@status IS NULL OR status = @status)
         AND (@service IS NULL OR service_id = @service) AND (@channel IS NULL OR channel = @channel) ORDER BY id DESC LIMIT 500`,
      )
      .all({ opd: filter.opd ?? null, status: filter.status ?? null, service: filter.serviceId ?? null, channel: filter.channel ?? null }) as Row[];
    return rows.map(fromRow);
  }

  /** Assigns the ticket to an officer's key (null: unassigned). */
  assign(ticket: string, assignee: string | null): Submission | null {
    const current = this.get(ticket);
    if (!current) return null;
    this.db.prepare("UPDATE submissions SET assignee = ?, updated_at = ? WHERE ticket = ?").run(assignee, new Date().toISOString(), current.ticket);
    this.changes.publish({ kind: "submission", id: current.ticket, opd: current.opd, change: "updated" });
    return this.get(current.ticket);
  }

  /** The submitted values in clear: encrypted ones decrypted, the rest as stored. Callers audit it. */
  reveal(s: Submission, crypto: Pick<FieldCrypto, "decrypt">): Record<string, string> {
    return Object.fromEntries(Object.entries(s.fields).map(([k, v]) => [k, SEALED.test(v) ? openOrKeep(v, crypto) : v]));
  }

  /** Records when the citizen accepted the personal-data notice (UU 27/2022) for this ticket. */
  recordConsent(ticket: string, at = new Date().toISOString()): void {
    this.db.prepare("UPDATE submissions SET consent_at = ? WHERE ticket = ?").run(at, ticket);
  }

  /** When the citizen consented to the personal-data notice, or null (no notice, or before migration 10). */
  consentAt(ticket: string): string | null {
    const row = this.db.prepare("SELECT consent_at FROM submissions WHERE ticket = ?").get(ticket) as { consent_at: string | null } | undefined;
    return row?.consent_at ?? null;
  }

  /** Sets the status and appends the note to the history. */
  update(ticket: string, status: SubmissionStatus, note: string, by: string): Submission | null {
    const current = this.get(ticket);
    if (!current) return null;
    const at = new Date().toISOString();
    const notes = [...current.notes, { at, status, text: note, by }];
    this.db.prepare("UPDATE submissions SET status = ?, notes = ?, updated_at = ? WHERE ticket = ?").run(status, JSON.stringify(notes), at, current.ticket);
    this.changes.publish({ kind: "submission", id: current.ticket, opd: current.opd, change: "updated" });
    return this.get(current.ticket);
  }
}
