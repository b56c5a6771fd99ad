import type { Db } from "../src/store/database.js";

/** Remembers which updates a channel already handled (table `channel_updates`, migration 4). */
export interface Dedupe {
  /** True the first time an id is seen; false for a redelivery. */
  claim(id: string): boolean;
  /** Forgets ids older than `days`. */
  prune(days: number): void;
}

/**
 * SQLite-backed dedupe, so a redelivery after a restart still gets no second reply.
 *
 * @example
 * const seen = sqliteDedupe(db, "telegram"); seen.claim("1001"); // true, then false
 */
export function sqliteDedupe(db: Db, channel: string): Dedupe {
  const insert = db.prepare("INSERT OR IGNORE INTO channel_updates (channel, update_id, received_at) VALUES (?, ?, ?)");
  const remove = db.prepare("DELETE FROM channel_updates WHERE channel = ? AND received_at < ?");
  return {
    claim: (id) => insert.run(channel, id, new Date().toISOString()).changes === 1,
    prune: (days) => void remove.run(channel, new Date(Date.now() - days * 86_400_000).toISOString()),
  };
}
