import type { MiddlewareHandler } from "hono";
import { apiError } from "../errors.js";

export interface RateLimitOptions {
  /** Requests allowed per client in each window. */
  limit: number;
  windowMs?: number;
  /** Identifies the client (IP address, channel user). */
  key: (c: Parameters<MiddlewareHandler>[0]) => string;
  now?: () => number;
}

/**
 * A fixed-window, in-memory rate limit per client. Over the limit it answers 429 with
 * `Retry-After` (seconds until the window resets). For several instances, swap the Map for Redis.
 *
 * @example
 * app.use("/api/chat/*", rateLimit({ limit: 30, key: (c) => clientIp(c) }));
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  if (!Number.isInteger(options.limit) || options.limit < 1) throw new Error("rateLimit: limit must be a positive integer");
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return async function rateLimitMiddleware(c, next) {
    const t = now();
    const key = options.key(c);
    let w = windows.get(key);
    if (!w || t - w.start >= windowMs) {
      w = { start: t, count: 0 };
      windows.set(key, w);
      if (windows.size > 50_000) for (const [k, v] of windows) if (t - v.start >= windowMs) windows.delete(k);
    }
    w.count++;
    if (w.count > options.limit) {
      const retryAfter = Math.max(1, Math.ceil((w.start + windowMs - t) / 1000));
      c.header("Retry-After", String(retryAfter));
      return apiError(c, 429, "rate_limited", `Terlalu banyak permintaan. Coba lagi dalam ${retryAfter} detik. (Too many requests; retry in ${retryAfter} s.)`);
    }
    await next();
  };
}
