import type { Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";

/**
 * The client's address for rate limiting: the first `X-Forwarded-For` hop when the service sits
 * behind a trusted proxy, otherwise the socket's remote address.
 *
 * @example
 * clientKey(c, false) // "203.0.113.7"
 */
export function clientKey(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (fwd) return fwd;
  }
  try {
    return getConnInfo(c).remote.address ?? "local";
  } catch {
    return c.req.header("x-forwarded-for")?.split(",")[0]?.trim() ?? "local";
  }
}
