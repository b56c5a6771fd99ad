import type { RedisClient } from "../src/scale/redis.js";
import type { Db } from "../src/store/database.js";

/** Remembers which updates a channel already handled (SQLite table `channel_updates`, or Redis). */
export interface Dedupe {
  /** True the first time an id is seen; false for a redelivery (also one delivered to another replica). */
  claim(id: string): boolean | Promise<boolean>;
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
    prune: () => undefined,
  };
}
