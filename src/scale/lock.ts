/**
 * A single-holder lock in Redis (SET NX PX, renewed while held): exactly one process runs a thing
 * that must not run twice, such as the WhatsApp browser session of one number.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { RedisClient } from "./redis.js";

/** Extends the lock only while this holder still owns it. */
const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
/** Deletes the lock only while this holder still owns it. */
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/** Another process holds the lock; `holder` says which (`host:pid`). */
export class LockHeldError extends Error {
  constructor(
    readonly key: string,
    readonly holder: string,
  ) {
    super(`lock "${key}" is held by another process (${holder})`);
    this.name = "LockHeldError";
  }
}

export interface HeldLock {
  readonly key: string;
  /** Stops renewing and deletes the lock (if still ours). */
  release(): Promise<void>;
}

export interface LockOptions {
  /** Lifetime without renewal: a crashed holder frees the lock after this long (default 30 s). */
  ttlMs?: number;
  /** Renewal period (default a third of the TTL). */
  renewMs?: number;
  /** Called when a renewal finds the lock gone or taken (Redis flushed, holder paused too long). */
  onLost?: (key: string) => void;
}

/**
 * Takes the lock or throws {@link LockHeldError}. While held it is renewed in the background.
 *
 * @example
 * const lock = await acquireLock(redis, "lock:whatsapp:session"); // a second process gets LockHeldError
 * await lock.release();
 */
export async function acquireLock(redis: RedisClient, key: string, options: LockOptions = {}): Promise<HeldLock> {
  const ttlMs = options.ttlMs ?? 30_000;
  const token = `${hostname()}:${process.pid}:${randomUUID()}`;
  if ((await redis.set(key, token, "PX", ttlMs, "NX")) !== "OK") {
    const holder = (await redis.get(key)) ?? "unknown";
    throw new LockHeldError(key, holder.split(":").slice(0, 2).join(":"));
  }
  const timer = setInterval(
    () => {
      redis.eval(RENEW, 1, key, token, String(ttlMs)).then(
        (renewed) => {
          if (renewed === 0) {
            clearInterval(timer);
            options.onLost?.(key);
          }
        },
        () => undefined, // Redis briefly unreachable: the next renewal retries before the TTL runs out
      );
    },
    options.renewMs ?? Math.floor(ttlMs / 3),
  );
  timer.unref();
  return {
    key,
    async release() {
      clearInterval(timer);
      await redis.eval(RELEASE, 1, key, token).catch(() => undefined);
    },
  };
}

/** The lock every writer of the shared index directory takes (ingest CLI, re-index worker, first start). */
export const INGEST_LOCK = "lock:ingest";

/**
 * Like {@link acquireLock}, but waits for the holder to finish (polling) until `waitMs` has passed,
 * then throws {@link LockHeldError}. For work that must not run twice at once but may run in turn.
 *
 * @example
 * const lock = await waitForLock(redis, INGEST_LOCK, { waitMs: 600_000 });
 * try { await runIngest(...); } finally { await lock.release(); }
 */
export async function waitForLock(redis: RedisClient, key: string, options: LockOptions & { waitMs?: number; pollMs?: number } = {}): Promise<HeldLock> {
  const deadline = Date.now() + (options.waitMs ?? 600_000);
  for (;;) {
    try {
      return await acquireLock(redis, key, options);
    } catch (err) {
      if (!(err instanceof LockHeldError) || Date.now() >= deadline) throw err;
      await new Promise((r) => setTimeout(r, options.pollMs ?? 200));
    }
  }
}

/** Runs `fn` holding `key` (waiting for it), or directly without Redis. */
export async function whileLocked<T>(redis: RedisClient | undefined, key: string, fn: () => Promise<T>, options: { waitMs?: number } = {}): Promise<T> {
  if (!redis) return fn();
  const lock = await waitForLock(redis, key, options);
  try {
    return await fn();
  } finally {
    await lock.release();
  }
}
