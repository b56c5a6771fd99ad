import { randomUUID } from "node:crypto";
import { connectRedis, type RedisClient } from "../../src/scale/redis.js";

/** The Redis the machine runs (issue 14); REDIS_TEST_URL points elsewhere. */
export const REDIS_TEST_URL = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";

/**
 * Whether the Redis tests run: when Redis answers. Under CI (CI=true) they never skip: an
 * unreachable Redis fails the run instead.
 */
export async function redisAvailable(): Promise<boolean> {
  try {
    const probe = await connectRedis({ url: REDIS_TEST_URL });
    probe.disconnect();
    return true;
  } catch (err) {
    if (process.env.CI === "true") throw err;
    return false;
  }
}

/**
 * Redis clients under one key prefix unique to this test run; `cleanup` deletes its keys and
 * disconnects every client it handed out.
 */
export function redisScope() {
  const prefix = `layanan-tanya-test:${randomUUID()}:`;
  const clients: RedisClient[] = [];
  return {
    prefix,
    /** A new connection (one per simulated replica). */
    async client(): Promise<RedisClient> {
      const c = await connectRedis({ url: REDIS_TEST_URL, keyPrefix: prefix });
      clients.push(c);
      return c;
    },
    async cleanup(): Promise<void> {
      const admin = await connectRedis({ url: REDIS_TEST_URL });
      const keys = await admin.keys(`${prefix}*`);
      if (keys.length > 0) await admin.del(...keys);
      admin.disconnect();
      for (const c of clients) c.disconnect();
    },
  };
}
