import { bearer } from "../../auth/authorize.js";
import { timingSafeEqual, createHash } from "node:crypto";
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { Metrics } from "../../observability/metrics.js";
import type { AppEnv } from "../app.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";

const digest = (s: string) => createHash("sha256").update(s).digest();

function isLoopback(c: Context): boolean {
  try {
    const address = getConnInfo(c).remote.address ?? "";
    return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";
  } catch {
    return false; // not served by the node server (no socket): never trust it
  }
}

/**
 * `GET /metrics`: Prometheus text format (prom-client). With `METRICS_TOKEN` set it needs
 * `Authorization: Bearer <token>`; without, only clients on the loopback address get it.
 *
 * @example
 * await app.request("/metrics", { headers: { authorization: `Bearer ${token}` } }); // 200 text/plain; version=0.0.4
 */
export function registerMetrics(app: OpenAPIHono<AppEnv>, deps: { metrics: Metrics; token?: string }): void {
  const route = createRoute({
    method: "get",
    path: "/metrics",
    operationId: "getMetrics",
    tags: ["operations"],
    summary: "Prometheus metrics",
    description: "Needs `Authorization: Bearer <METRICS_TOKEN>`; without METRICS_TOKEN only loopback clients are served.",
    security: [{ metricsToken: [] }],
    responses: {
      200: {
        description: "Metrics in the Prometheus text format",
        content: {
          "text/plain": { schema: z.string(), example: '# TYPE layanan_answers_total counter\nlayanan_answers_total{status="answered",channel="web"} 12\n' },
        },
      },
      401: { description: "Missing or wrong token", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
      403: { description: "No token configured and the client is not local", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    },
  });
  app.openapi(route, async (c) => {
    if (deps.token) {
      const given = bearer(c);
      if (!given || !timingSafeEqual(digest(given), digest(deps.token)))
        return apiError(c, 401, "unauthorized", "Token metrik tidak ada atau salah. (Missing or wrong metrics token.)") as never;
    } else if (!isLoopback(c)) {
      return apiError(c, 403, "forbidden", "Metrik hanya untuk alamat lokal; setel METRICS_TOKEN. (Metrics are local-only; set METRICS_TOKEN.)") as never;
    }
    return c.body(await deps.metrics.registry.metrics(), 200, { "content-type": deps.metrics.registry.contentType }) as never;
  });
}
