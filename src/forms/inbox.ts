import type { Db } from "../store/database.js";
import { binaryOrder } from "../store/portable.js";

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
 * await inbox.record("submission", "KDI-2026-000001", { id: "key_1", name: "Loket" }, "note", "Berkas diperiksa.");
 * (await inbox.history("submission", "KDI-2026-000001"))[0].text // "Berkas diperiksa."
 */
export class InboxStore {
  constructor(private readonly db: Db) {}

  async record(kind: Kind, target: string, actor: { id: string; name: string }, action: string, text = ""): Promise<void> {
    await this.db
      .insertInto("inbox_history")
      .values({ kind, target, at: new Date().toISOString(), actor_id: actor.id, actor_name: actor.name, action, text })
      .execute();
  }

  /** Oldest first. */
  async history(kind: Kind, target: string): Promise<HistoryEntry[]> {
    const rows = await this.db
      .selectFrom("inbox_history")
      .select(["at", "actor_id", "actor_name", "action", "text"])
      .where("kind", "=", kind)
      .where("target", "=", target)
      .orderBy("id")
      .execute();
    return rows.map((r) => ({ at: r.at, actor: { id: r.actor_id, name: r.actor_name }, action: r.action, text: r.text }));
  }

  /** An OPD's canned replies by title (then oldest first). */
  async cannedReplies(opd: string): Promise<CannedReply[]> {
    const rows = await this.db.selectFrom("canned_replies").select(["id", "opd", "title", "text"]).where("opd", "=", opd).orderBy("id").execute();
    return rows.sort((a, b) => binaryOrder(a.title, b.title) || a.id - b.id);
  }

  async addCannedReply(opd: string, title: string, text: string): Promise<CannedReply> {
    return this.db
      .insertInto("canned_replies")
      .values({ opd, title, text, created_at: new Date().toISOString() })
      .returning(["id", "opd", "title", "text"])
      .executeTakeFirstOrThrow();
  }

  /** Active keys that may work on an OPD's items: its operators and the admins (operators first, then by name). */
  async officers(opd: string): Promise<Officer[]> {
    const rows = await this.db
      .selectFrom("api_keys")
      .select(["id", "name", "role"])
      .where("revoked_at", "is", null)
      .where((eb) => eb.or([eb("role", "=", "admin"), eb.and([eb("role", "=", "operator"), eb("opd", "=", opd)])]))
      .execute();
    return rows.sort((a, b) => binaryOrder(b.role, a.role) || binaryOrder(a.name, b.name)).map((r) => ({ id: r.id, name: r.name }));
  }

  /** An officer's display name, or null for an unknown or revoked key. */
  async officerName(id: string): Promise<string | null> {
    const row = await this.db.selectFrom("api_keys").select("name").where("id", "=", id).where("revoked_at", "is", null).executeTakeFirst();
    return row?.name ?? null;
  }
}
