import type { MiddlewareHandler } from "hono";
import type { Metrics } from "../../observability/metrics.js";
import { afterResponse, routeOf } from "../../observability/response-end.js";

/**
 * Records each request's latency by method, route pattern and status
 * (`layanan_http_request_duration_seconds`) and counts rate-limit rejections (429).
 *
 * @example
 * app.use("*", httpMetrics(metrics));
 */
export function httpMetrics(metrics: Metrics): MiddlewareHandler {
  return async function httpMetricsMiddleware(c, next) {
    const started = performance.now();
    await next();
    afterResponse(c, () => {
      const route = routeOf(c);
      metrics.httpDuration.observe({ method: c.req.method, route, status: String(c.res.status) }, (performance.now() - started) / 1000);
      if (c.res.status === 429) metrics.rateLimited.inc({ route });
    });
  };
}
