/**
 * Fixed-window counters per client through rate-limiter-flexible: in Redis when a client is given
 * (every replica counts against the same window), in process memory otherwise.
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { RedisClient } from "./redis.js";

/** The outcome of one request against the limit. */
export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface WindowLimiter {
  /** Counts one request of `key` and says whether it is within the limit. */
  consume(key: string): Promise<LimitDecision>;
}

export interface WindowLimiterOptions {
  /** Distinguishes limiters that share one Redis (`chat`, `form-submit`). */
  name: string;
  /** Requests allowed per key in each window. */
  limit: number;
  /** Window length in seconds (whole seconds: Redis expires keys by the second). */
  windowSeconds: number;
  /** Shared counters when present; in-process counters otherwise. */
  redis?: RedisClient;
}

/**
 * A limiter over Redis or memory. When Redis fails mid-request the in-memory limiter answers instead
 * (rate-limiter-flexible's insurance limiter), so an outage never turns into 500s.
 *
 * @example
 * const limiter = createWindowLimiter({ name: "chat", limit: 30, windowSeconds: 60, redis });
 * if (!(await limiter.consume(ip)).allowed) return tooMany();
 */
export function createWindowLimiter(options: WindowLimiterOptions): WindowLimiter {
  const knobs = { points: options.limit, duration: options.windowSeconds };
  const memory = new RateLimiterMemory({ ...knobs, keyPrefix: `rl:${options.name}` });
  const limiter = options.redis
    ? new RateLimiterRedis({ ...knobs, storeClient: options.redis, keyPrefix: `rl:${options.name}`, insuranceLimiter: memory })
    : memory;
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) };
      }
    },
  };
}
