import type { RedisClient } from "../src/scale/redis.js";
import type { Db } from "../src/store/database.js";

/** Remembers which updates a channel already handled (the database's `channel_updates`, or Redis). */
export interface Dedupe {
  /** True the first time an id is seen; false for a redelivery (also one delivered to another replica). */
  claim(id: string): Promise<boolean>;
  /** Forgets ids older than `days`. */
  prune(days: number): Promise<void>;
}

/**
 * Database-backed dedupe (table `channel_updates`), so a redelivery after a restart still gets no
 * second reply. On PostgreSQL the primary key makes it hold across replicas too.
 *
 * @example
 * const seen = dbDedupe(db, "telegram"); await seen.claim("1001"); // true, then false
 */
export function dbDedupe(db: Db, channel: string): Dedupe {
  return {
    claim: async (id) => {
      const inserted = await db
        .insertInto("channel_updates")
        .values({ channel, update_id: id, received_at: new Date().toISOString() })
        .onConflict((oc) => oc.columns(["channel", "update_id"]).doNothing())
        .returning("update_id")
        .executeTakeFirst();
      return inserted !== undefined;
    },
    prune: async (days) => {
      await db
        .deleteFrom("channel_updates")
        .where("channel", "=", channel)
        .where("received_at", "<", new Date(Date.now() - days * 86_400_000).toISOString())
        .execute();
    },
  };
}

/** How long a Redis dedupe key lives: Telegram redelivers for at most a day; a week is ample. */
export const DEDUPE_TTL_SECONDS = 7 * 86_400;

/**
 * Redis-backed dedupe shared by every replica: `SET <channel>:update:<id> 1 NX EX ttl`, so of two
 * replicas receiving the same update exactly one claims it. Keys expire by themselves (no prune).
 *
 * @example
 * const seen = redisDedupe(redis, "telegram"); await seen.claim("1001"); // true, then false on any replica
 */
export function redisDedupe(redis: RedisClient, channel: string, ttlSeconds = DEDUPE_TTL_SECONDS): Dedupe {
  return {
    claim: async (id) => (await redis.set(`dedupe:${channel}:${id}`, "1", "EX", ttlSeconds, "NX")) === "OK",
    prune: async () => undefined,
  };
}
