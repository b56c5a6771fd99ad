import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { apiError } from "../errors.js";

export interface OriginAllowlistOptions {
  /** Origins of OPD websites allowed to embed the widget, e.g. "https://disdukcapil.kendarikota.go.id". */
  origins: string[];
  /** The service's own public URL; its origin is always allowed. The request's own origin is too. */
  publicUrl?: string;
}

function normalise(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    throw new Error(`CORS_ORIGINS: "${origin}" is not an origin like https://example.go.id`);
  }
}

/**
 * CORS for browsers on OPD websites: allowed origins get `Access-Control-Allow-Origin`; a request
 * whose `Origin` is present but neither allowed nor the service's own gets 403 in the error envelope.
 * Requests without `Origin` (servers, curl, webhooks) pass untouched.
 *
 * @example
 * app.use("/api/*", ...originAllowlist({ origins: env.CORS_ORIGINS, publicUrl: env.PUBLIC_URL }));
 */
export function originAllowlist(options: OriginAllowlistOptions): MiddlewareHandler[] {
  const allowed = new Set(options.origins.map(normalise));
  if (options.publicUrl) allowed.add(normalise(options.publicUrl));
  const isAllowed = (origin: string, requestUrl: string) => allowed.has(origin) || origin === new URL(requestUrl).origin;

  const guard: MiddlewareHandler = async function originGuard(c, next) {
    const origin = c.req.header("origin");
    if (origin && !isAllowed(origin, c.req.url)) {
      return apiError(c, 403, "forbidden", "Asal permintaan tidak diizinkan. (This origin may not use the API.)");
    }
    await next();
  };
  const headers = cors({
    origin: (origin, c) => (isAllowed(origin, c.req.url) ? origin : null),
    allowMethods: ["GET", "POST", "OPTIONS"],
    allowHeaders: ["Content-Type"],
    maxAge: 600,
  });
  return [guard, headers];
}
