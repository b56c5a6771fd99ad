import type { MiddlewareHandler } from "hono";
import { createWindowLimiter } from "../../scale/rate-limiter.js";
import type { RedisClient } from "../../scale/redis.js";
import { apiError } from "../errors.js";

export interface RateLimitOptions {
  /** Requests allowed per client in each window. */
  limit: number;
  /** Window length; rounded to whole seconds (default one minute). */
  windowMs?: number;
  /** Identifies the client (IP address, channel user). */
  key: (c: Parameters<MiddlewareHandler>[0]) => string;
  /** Names the counters (limiters sharing one Redis keep apart); default `api`. */
  name?: string;
  /** Counters shared by every replica (REDIS_URL); in-process when absent. */
  redis?: RedisClient;
}

/**
 * A fixed-window rate limit per client (rate-limiter-flexible: in Redis when given, so replicas
 * share it; in memory otherwise). Over the limit it answers 429 with `Retry-After` (seconds until
 * the window resets).
 *
 * @example
 * app.use("/api/chat/*", rateLimit({ limit: 30, key: (c) => clientIp(c), redis: deps.redis }));
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  if (!Number.isInteger(options.limit) || options.limit < 1) throw new Error("rateLimit: limit must be a positive integer");
  const limiter = createWindowLimiter({
    name: options.name ?? "api",
    limit: options.limit,
    windowSeconds: Math.max(1, Math.round((options.windowMs ?? 60_000) / 1000)),
    ...(options.redis ? { redis: options.redis } : {}),
  });
  return async function rateLimitMiddleware(c, next) {
    const decision = await limiter.consume(options.key(c));
    if (!decision.allowed) {
      const retryAfter = decision.retryAfterSeconds;
      c.header("Retry-After", String(retryAfter));
      return apiError(c, 429, "rate_limited", `Terlalu banyak permintaan. Coba lagi dalam ${retryAfter} detik. (Too many requests; retry in ${retryAfter} s.)`);
    }
    await next();
  };
}
