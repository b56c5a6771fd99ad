import type { Db } from "../store/database.js";

/** One entry of a ticket's or handoff's internal history (never shown to the citizen). */
export interface HistoryEntry {
  at: string;
  actor: { id: string; name: string };
  /** `note` (internal note), `assign`, `unassign`, `reveal`, `reply`, `close`. */
  action: string;
  text: string;
}

/** A canned reply kept per OPD for handoff answers. */
export interface CannedReply {
  id: number;
  opd: string;
  title: string;
  text: string;
}

/** An officer a ticket can be assigned to. */
export interface Officer {
  id: string;
  name: string;
}

type Kind = "submission" | "handoff";

/**
 * The officers' side of the inbox: internal history, canned replies per OPD and who can be
 * assigned. Owned by the repositories (`submissions.inbox`, `handoffs.inbox`).
 *
 * @example
 * const inbox = new InboxStore(db);
 * inbox.record("submission", "KDI-2026-000001", { id: "key_1", name: "Loket" }, "note", "Berkas diperiksa.");
 * inbox.history("submission", "KDI-2026-000001")[0].text // "Berkas diperiksa."
 */
export class InboxStore {
  constructor(private readonly db: Db) {}

  record(kind: Kind, target: string, actor: { id: string; name: string }, action: string, text = ""): void {
    this.db
      .prepare("INSERT INTO inbox_history (kind, target, at, actor_id, actor_name, action, text) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .run(kind, target, new Date().toISOString(), actor.id, actor.name, action, text);
  }

  /** Oldest first. */
  history(kind: Kind, target: string): HistoryEntry[] {
    const rows = this.db.prepare("SELECT * FROM inbox_history WHERE kind = ? AND target = ? ORDER BY id").all(kind, target) as Array<{
      at: string;
      actor_id: string;
      actor_name: string;
      action: string;
      text: string;
    }>;
    return rows.map((r) => ({ at: r.at, actor: { id: r.actor_id, name: r.actor_name }, action: r.action, text: r.text }));
  }

  cannedReplies(opd: string): CannedReply[] {
    return this.db.prepare("SELECT id, opd, title, text FROM canned_replies WHERE opd = ? ORDER BY title, id").all(opd) as CannedReply[];
  }

  addCannedReply(opd: string, title: string, text: string): CannedReply {
    return this.db
      .prepare("INSERT INTO canned_replies (opd, title, text, created_at) VALUES (?, ?, ?, ?) RETURNING id, opd, title, text")
      .get(opd, title, text, new Date().toISOString()) as CannedReply;
  }

  /** Active keys that may work on an OPD's items: its operators and the admins. */
  officers(opd: string): Officer[] {
    return this.db
      .prepare("SELECT id, name FROM api_keys WHERE revoked_at IS NULL AND (role = 'admin' OR (role = 'operator' AND opd = ?)) ORDER BY role DESC, name")
      .all(opd) as Officer[];
  }

  /** An officer's display name, or null for an unknown or revoked key. */
  officerName(id: string): string | null {
    const row = this.db.prepare("SELECT name FROM api_keys WHERE id = ? AND revoked_at IS NULL").get(id) as { name: string } | undefined;
    return row?.name ?? null;
  }
}
