import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { apiError } from "../errors.js";

export interface OriginAllowlistOptions {
  /** Origins of OPD websites allowed to embed the widget, e.g. "https://disdukcapil.kendarikota.go.id". */
  origins: string[];
  /** The service's own public URL; its origin is always allowed. The request's own origin is too. */
  publicUrl?: string;
  /** Where a refused origin is reported (one warning per origin per `REPORT_EVERY_MS`); console.warn when absent. */
  logger?: { warn(obj: object, msg: string): void };
}

/** A refused origin is logged again at most this often (a busy site would otherwise flood the log). */
const REPORT_EVERY_MS = 10 * 60_000;

function normalise(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    throw new Error(`CORS_ORIGINS: "${origin}" is not an origin like https://example.go.id`);
  }
}

/**
 * CORS for browsers on OPD websites: allowed origins get `Access-Control-Allow-Origin`; a request
 * whose `Origin` is present but neither allowed nor the service's own gets 403 in the error envelope
 * (preflights too), logged as a warning naming the origin. A refused simple request's 403 is
 * readable by that page, so the widget can say why it cannot work there.
 * Requests without `Origin` (servers, curl, webhooks) pass untouched.
 *
 * @example
 * app.use("/api/*", ...originAllowlist({ origins: env.CORS_ORIGINS, publicUrl: env.PUBLIC_URL }));
 */
export function originAllowlist(options: OriginAllowlistOptions): MiddlewareHandler[] {
  const allowed = new Set(options.origins.map(normalise));
  if (options.publicUrl) allowed.add(normalise(options.publicUrl));
  const isAllowed = (origin: string, requestUrl: string) => allowed.has(origin) || origin === new URL(requestUrl).origin;
  const reported = new Map<string, number>();
  const report = (origin: string, path: string) => {
    const now = Date.now();
    if (now - (reported.get(origin) ?? -Infinity) < REPORT_EVERY_MS) return;
    if (reported.size > 1000) reported.clear();
    reported.set(origin, now);
    const line = { origin: origin.slice(0, 200), path };
    const msg = "origin not allowed: add it to CORS_ORIGINS to embed the widget there";
    if (options.logger) options.logger.warn(line, msg);
    else console.warn(`${msg} (origin ${line.origin}, ${path})`);
  };

  const guard: MiddlewareHandler = async function originGuard(c, next) {
    const origin = c.req.header("origin");
    if (origin && !isAllowed(origin, c.req.url)) {
      report(origin, c.req.path);
      // Readable by the refused page (the body says only that it is refused): the widget can explain, not just fail.
      if (c.req.method !== "OPTIONS") c.header("Access-Control-Allow-Origin", origin);
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
