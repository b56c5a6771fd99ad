import type { Db } from "../store/database.js";
import { SYSTEM_ACTOR, type Actor, type AuditLog } from "./audit.js";

const DAY_MS = 86_400_000;

/**
 * Deletes conversations older than `days`: turns created before the cutoff, and sessions not
 * updated since (their remaining turns go with them). Returns what was deleted.
 *
 * @example
 * await purgeConversations(db, 180) // { sessions: 12, turns: 40, cutoff: "2026-05-28T…" }
 */
export async function purgeConversations(db: Db, days: number, now = new Date()): Promise<{ sessions: number; turns: number; cutoff: string }> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.transaction().execute(async (trx) => {
    const staleSessions = trx.selectFrom("sessions").select("id").where("updated_at", "<", cutoff);
    const oldTurns = await trx.deleteFrom("turns").where("created_at", "<", cutoff).executeTakeFirst();
    // A turn's subjects (keyed NIK hashes) go with it: turn_subjects cascades on both dialects.
    const sessionTurns = await trx.deleteFrom("turns").where("session_id", "in", staleSessions).executeTakeFirst();
    const sessions = await trx.deleteFrom("sessions").where("updated_at", "<", cutoff).executeTakeFirst();
    // Officer replies and status messages kept for the widget expire with the conversation's turns.
    await trx.deleteFrom("web_messages").where("created_at", "<", cutoff).execute();
    return {
      sessions: Number(sessions.numDeletedRows),
      turns: Number(oldTurns.numDeletedRows) + Number(sessionTurns.numDeletedRows),
      cutoff,
    };
  });
}

/**
 * Runs the purge now and then once a day; audited as `retention.purge`. Returns a stop function
 * whose promise settles when a purge still running has finished (await it before closing the database).
 *
 * @example
 * const stop = startRetention(db, audit, env.RETENTION_DAYS); // on shutdown: await stop()
 */
export function startRetention(
  db: Db,
  audit: AuditLog,
  days: number,
  log: (line: string) => void = () => {},
  actor: Actor = SYSTEM_ACTOR,
): () => Promise<void> {
  const run = async () => {
    try {
      const r = await purgeConversations(db, days);
      if (r.sessions + r.turns > 0) await audit.record(actor, "retention.purge", `${days}d`, r);
      log(`[retention] deleted ${r.sessions} sessions and ${r.turns} turns older than ${days} days`);
    } catch (err) {
      log(`[retention] failed: ${(err as Error).message}`);
    }
  };
  let running = run();
  const timer = setInterval(() => {
    running = run();
  }, DAY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    return running;
  };
}
