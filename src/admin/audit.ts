import type { ApiKey } from "../auth/api-keys.js";
import type { Db } from "../store/database.js";

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

interface Row {
  id: number;
  at: string;
  actor_id: string;
  actor_name: string;
  actor_role: string;
  action: string;
  target: string;
  details: string;
}

const fromRow = (r: Row): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: { id: r.actor_id, name: r.actor_name, role: r.actor_role },
  action: r.action,
  target: r.target,
  details: JSON.parse(r.details) as Record<string, unknown>,
});

/**
 * The append-only audit log (migration 5; triggers refuse UPDATE and DELETE).
 *
 * @example
 * const audit = new AuditLog(db);
 * audit.record(key, "corpus.status", "kendari-41-2021", { status: "dicabut" });
 * audit.list({ action: "corpus.status" })[0].target // "kendari-41-2021"
 */
export class AuditLog {
  constructor(private readonly db: Db) {}

  record(actor: Actor, action: string, target = "", details: Record<string, unknown> = {}): AuditEntry {
    const row = this.db
      .prepare("INSERT INTO audit_log (at, actor_id, actor_name, actor_role, action, target, details) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *")
      .get(new Date().toISOString(), actor.id, actor.name, actor.role, action, target, JSON.stringify(details)) as Row;
    return fromRow(row);
  }

  /** Newest first. */
  list(filter: { action?: string; limit?: number } = {}): AuditEntry[] {
    const rows = this.db
      .prepare("SELECT * FROM audit_log WHERE (@action IS NULL OR action = @action) ORDER BY id DESC LIMIT @limit")
      .all({ action: filter.action ?? null, limit: filter.limit ?? 100 }) as Row[];
    return rows.map(fromRow);
  }
}
