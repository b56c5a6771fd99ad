import { existsSync, watch, type FSWatcher } from "node:fs";
import type { Redis } from "ioredis";
import type { Env } from "../config/env.js";
import { currentVersion } from "../index/files.js";
import type { LiveIndex } from "../index/live-index.js";
import { connectRedis } from "./redis.js";

/** The Redis pub/sub channel on which a new index version is announced (with the default key prefix). */
export const INDEX_CHANNEL = "layanan-tanya:index";

/** The announcement channel for a deployment's REDIS_KEY_PREFIX (pub/sub channels are not prefixed by ioredis). */
export function indexChannel(keyPrefix: string): string {
  return `${keyPrefix}index`;
}

/** How often, and how far apart, a replica retries loading an announced version its volume does not show yet. */
const ANNOUNCED_RETRIES = 20;
const ANNOUNCED_RETRY_MS = 250;

/** Tells every running replica that a new index version is live. */
export type PublishIndex = (version: string) => Promise<void>;

/**
 * Announces a new index version over Redis pub/sub (the message is the version name).
 *
 * @example
 * await publishIndexVersion(redis)("v-20261124-010000000Z-ab12");
 */
export function publishIndexVersion(redis: Redis, channel = INDEX_CHANNEL): PublishIndex {
  return async (version) => {
    await redis.publish(channel, version);
  };
}

export interface FollowIndexOptions {
  /** Subscribe to announcements on this connection's server (a dedicated duplicate is opened). */
  redis?: Redis;
  channel?: string;
  /** Also check `CURRENT` every `pollMs` (and on fs.watch events); 0 turns the file watcher off. */
  pollMs?: number;
  /** Called after each swap with the version now served. */
  onReload?: (version: string) => void;
  onError?: (err: Error) => void;
}

/** A running follower; `stop()` closes the subscription and the watcher. */
export interface IndexFollower {
  /** Reloads when `CURRENT` names a version other than the one served; true when it swapped. */
  refresh(): boolean;
  /** Resolves once the Redis subscription is active (at once without Redis). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps a LiveIndex on the latest published version: on a Redis announcement when `redis` is
 * given, and by watching `<index>/CURRENT` (fs.watch plus a cheap poll) when `pollMs` > 0. The
 * swap is LiveIndex's: the new version loads fully before requests see it.
 *
 * @example
 * const follower = followIndex(services.index, { redis, pollMs: 0 }); // later: await follower.stop()
 */
export function followIndex(live: LiveIndex, options: FollowIndexOptions = {}): IndexFollower {
  const fail = (err: unknown) => options.onError?.(err as Error);
  const refresh = (): boolean => {
    try {
      const wanted = currentVersion(live.dir);
      if (!wanted || wanted === live.get()?.version) return false;
      const next = live.reload();
      if (next?.version) options.onReload?.(next.version);
      return next?.version === wanted;
    } catch (err) {
      fail(err);
      return false;
    }
  };
  const closers: Array<() => unknown> = [];
  let ready = Promise.resolve();
  if (options.redis) {
    const sub = options.redis.duplicate();
    const channel = options.channel ?? INDEX_CHANNEL;
    // A shared volume (NFS) may still show the old CURRENT when the announcement arrives: retry briefly.
    sub.on("message", (ch: string, version: string) => {
      if (ch !== channel) return;
      let tries = 0;
      const attempt = () => {
        refresh();
        if (live.get()?.version !== version && ++tries < ANNOUNCED_RETRIES) setTimeout(attempt, ANNOUNCED_RETRY_MS).unref();
      };
      attempt();
    });
    sub.on("error", fail);
    // A version published while this replica was not yet (or no longer) subscribed is caught on (re)subscribe.
    sub.on("ready", () => refresh());
    ready = sub.subscribe(channel).then(() => void refresh(), fail);
    closers.push(() => sub.quit().catch(() => sub.disconnect()));
  }
  if (options.pollMs && options.pollMs > 0) {
    const timer = setInterval(refresh, options.pollMs);
    timer.unref();
    closers.push(() => clearInterval(timer));
    const watcher = watchDir(live.dir, refresh);
    if (watcher) closers.push(() => watcher.close());
  }
  return {
    refresh,
    ready,
    stop: async () => {
      await Promise.all(closers.map((close) => close()));
    },
  };
}

/** What a server uses to share index versions with the other replicas. */
export interface IndexSync {
  /** Announces a version this process wrote (Redis only; absent without REDIS_URL). */
  publish?: PublishIndex;
  follower: IndexFollower;
  stop(): Promise<void>;
}

/**
 * The composition root's view: with REDIS_URL, announce and follow over pub/sub (a dedicated
 * subscriber connection); without it, follow `CURRENT` on disk every INDEX_POLL_MS.
 *
 * @example
 * const sync = await indexSyncFromEnv(env, services.index, (v) => logger.info(`index ${v} live`));
 */
export async function indexSyncFromEnv(
  env: Pick<Env, "REDIS_URL" | "REDIS_KEY_PREFIX" | "INDEX_POLL_MS">,
  live: LiveIndex,
  onReload?: (version: string) => void,
  onError?: (err: Error) => void,
): Promise<IndexSync> {
  const redis = env.REDIS_URL ? await connectRedis({ url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX, ...(onError ? { onError } : {}) }) : undefined;
  const channel = indexChannel(env.REDIS_KEY_PREFIX);
  const follower = followIndex(live, {
    // With Redis the poll stays on as a safety net (a missed announcement, a stale shared volume).
    ...(redis ? { redis, channel } : {}),
    pollMs: env.INDEX_POLL_MS,
    ...(onReload ? { onReload } : {}),
    ...(onError ? { onError } : {}),
  });
  await follower.ready;
  return {
    ...(redis ? { publish: publishIndexVersion(redis, channel) } : {}),
    follower,
    stop: async () => {
      await follower.stop();
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}

/** fs.watch on the index directory when it exists; the poll covers the rest (and platforms without it). */
function watchDir(dir: string, onChange: () => void): FSWatcher | null {
  if (!existsSync(dir)) return null;
  try {
    const watcher = watch(dir, { persistent: false }, (_event, name) => {
      if (name === null || String(name).startsWith("CURRENT")) onChange();
    });
    watcher.on("error", () => watcher.close());
    return watcher;
  } catch {
    return null;
  }
}
