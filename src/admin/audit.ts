import type { ApiKey } from "../auth/api-keys.js";
import type { Selectable } from "kysely";
import type { Db } from "../store/database.js";
import type { AuditLogTable } from "../store/schema.js";

/** Who did something: an API key, or the command line. */
export type Actor = Pick<ApiKey, "id" | "name" | "role">;

/** The actor recorded for `npm run admin` and the scheduled jobs. */
export const CLI_ACTOR: Actor = { id: "cli", name: "admin CLI", role: "admin" };
export const SYSTEM_ACTOR: Actor = { id: "system", name: "scheduled job", role: "admin" };

/** One audit row. Details never hold personal data in clear (a NIK is masked before it gets here). */
export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: string; name: string; role: string };
  action: string;
  target: string;
  details: Record<string, unknown>;
}

type Row = Selectable<AuditLogTable>;

const fromRow = (r: Row): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: { id: r.actor_id, name: r.actor_name, role: r.actor_role },
  action: r.action,
  target: r.target,
  details: JSON.parse(r.details) as Record<string, unknown>,
});

/**
 * The append-only audit log (migration 5; triggers refuse UPDATE and DELETE on both dialects).
 *
 * @example
 * const audit = new AuditLog(db);
 * await audit.record(key, "corpus.status", "kendari-41-2021", { status: "dicabut" });
 * (await audit.list({ action: "corpus.status" }))[0].target // "kendari-41-2021"
 */
export class AuditLog {
  constructor(private readonly db: Db) {}

  async record(actor: Actor, action: string, target = "", details: Record<string, unknown> = {}): Promise<AuditEntry> {
    const row = await this.db
      .insertInto("audit_log")
      .values({
        at: new Date().toISOString(),
        actor_id: actor.id,
        actor_name: actor.name,
        actor_role: actor.role,
        action,
        target,
        details: JSON.stringify(details),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return fromRow(row);
  }

  /** Newest first. */
  async list(filter: { action?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    let q = this.db.selectFrom("audit_log").selectAll();
    if (filter.action !== undefined) q = q.where("action", "=", filter.action);
    const rows = await q
      .orderBy("id", "desc")
      .limit(filter.limit ?? 100)
      .execute();
    return rows.map(fromRow);
  }
}
