import type { Db } from "../store/database.js";
import { SYSTEM_ACTOR, type Actor, type AuditLog } from "./audit.js";

const DAY_MS = 86_400_000;

/**
 * Deletes conversations older than `days`: turns created before the cutoff, and sessions not
 * updated since (their remaining turns go with them). Returns what was deleted.
 *
 * @example
 * purgeConversations(db, 180) // { sessions: 12, turns: 40, cutoff: "2026-05-28T…" }
 */
export function purgeConversations(db: Db, days: number, now = new Date()): { sessions: number; turns: number; cutoff: string } {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.transaction(() => {
    const oldTurns = db.prepare("DELETE FROM turns WHERE created_at < ?").run(cutoff).changes;
    const sessionTurns = (
      db.prepare("SELECT COUNT(*) AS n FROM turns WHERE session_id IN (SELECT id FROM sessions WHERE updated_at < ?)").get(cutoff) as { n: number }
    ).n;
    db.prepare("DELETE FROM turns WHERE session_id IN (SELECT id FROM sessions WHERE updated_at < ?)").run(cutoff);
    const sessions = db.prepare("DELETE FROM sessions WHERE updated_at < ?").run(cutoff).changes;
    // Officer replies and status messages kept for the widget expire with the conversation's turns.
    db.prepare("DELETE FROM web_messages WHERE created_at < ?").run(cutoff);
    return { sessions, turns: oldTurns + sessionTurns, cutoff };
  })();
}

/**
 * Runs the purge now and then once a day; audited as `retention.purge`. Returns a stop function.
 *
 * @example
 * const stop = startRetention(db, audit, env.RETENTION_DAYS); // on shutdown: stop()
 */
export function startRetention(db: Db, audit: AuditLog, days: number, log: (line: string) => void = () => {}, actor: Actor = SYSTEM_ACTOR): () => void {
  const run = () => {
    try {
      const r = purgeConversations(db, days);
      if (r.sessions + r.turns > 0) audit.record(actor, "retention.purge", `${days}d`, r);
      log(`[retention] deleted ${r.sessions} sessions and ${r.turns} turns older than ${days} days`);
    } catch (err) {
      log(`[retention] failed: ${(err as Error).message}`);
    }
  };
  run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
