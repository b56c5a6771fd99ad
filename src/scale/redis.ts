/**
 * The one Redis client factory. Redis holds what several replicas must share (rate limits,
 * Telegram dedupe, the WhatsApp lock); without REDIS_URL the service keeps all of it in-process.
 */
import { Redis } from "ioredis";

/** The Redis client type used across src/scale and the channels. */
export type RedisClient = Redis;

export interface RedisOptions {
  url: string;
  /** Prefix of every key (ioredis `keyPrefix`), e.g. `layanan-tanya:`. */
  keyPrefix?: string;
  /** Called on connection errors after start (ioredis reconnects by itself). */
  onError?: (err: Error) => void;
}

/** `redis://:secret@host:6379` → `redis://host:6379`: an address safe to log. */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    return u.toString().replace(/\/$/, "");
  } catch {
    return "(invalid REDIS_URL)";
  }
}

/**
 * Connects to Redis (lazyConnect, then an explicit connect and PING), or fails with a message that
 * names the address and the way out.
 *
 * @example
 * const redis = env.REDIS_URL ? await connectRedis({ url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX }) : undefined;
 */
export async function connectRedis(options: RedisOptions): Promise<RedisClient> {
  const client = new Redis(options.url, {
    lazyConnect: true,
    keyPrefix: options.keyPrefix ?? "",
    maxRetriesPerRequest: 3,
    connectTimeout: 5_000,
  });
  let started = false;
  let firstError: Error | undefined;
  client.on("error", (err: Error) => {
    if (started) options.onError?.(err);
    else firstError ??= err;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    client.disconnect();
    throw new Error(
      `Redis at ${redactRedisUrl(options.url)} is unreachable (${(firstError ?? (err as Error)).message}). Start Redis or unset REDIS_URL to keep shared state in-process.`,
    );
  }
  started = true;
  return client;
}
