import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { apiError } from "../errors.js";

/**
 * Caps a request body at `maxSize` bytes; a larger one gets 413 `payload_too_large` in the error
 * envelope. A body without Content-Length is read (up to the cap) to measure it, so put this after
 * any check that should refuse a caller first (admin routes: after `requireRole`).
 *
 * @example
 * app.use("/api/chat", limitBody(env.MAX_BODY_BYTES));
 */
export function limitBody(maxSize: number): MiddlewareHandler {
  if (!Number.isInteger(maxSize) || maxSize <= 0) throw new TypeError(`limitBody: maxSize must be a positive integer, got ${maxSize}`);
  const limit = bodyLimit({
    maxSize,
    onError: (c) => apiError(c, 413, "payload_too_large", `Isi permintaan terlalu besar (maksimal ${maxSize} byte). (Request body too large.)`),
  });
  return function limitBody(c, next) {
    return limit(c, next);
  };
}
