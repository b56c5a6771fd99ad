import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { computeStats, defaultRange } from "../../admin/stats.js";
import { authorize } from "../../auth/authorize.js";
import type { AppEnv } from "../app.js";
import { AUTH_ERRORS, DateRangeQuery, StatsSchema } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";

/**
 * `GET /api/admin/stats?from=&to=` (admin, curator): questions per day and channel, answer rate,
 * top services, submissions per service and status, feedback up/down. Default: the last 30 days.
 *
 * @example
 * await app.request("/api/admin/stats?from=2026-11-01&to=2026-11-30", { headers }); // 200 { stats: { answerRate: 0.75, … } }
 */
export function registerAdminStats(app: OpenAPIHono<AppEnv>, admin: AdminDeps): void {
  const route = createRoute({
    method: "get",
    path: "/api/admin/stats",
    summary: "Usage statistics",
    request: { query: DateRangeQuery, headers: AuthHeaderSchema },
    responses: { 200: { description: "Statistics", content: { "application/json": { schema: z.object({ stats: StatsSchema }) } } }, ...AUTH_ERRORS },
  });
  app.openapi(route, (c) => {
    const key = authorize(c, admin.apiKeys, ["admin", "curator"]);
    if (key instanceof Response) return key as never;
    const q = c.req.valid("query");
    const d = defaultRange();
    return c.json({ stats: computeStats(admin.db, { from: q.from ?? d.from, to: q.to ?? d.to }) }, 200);
  });
}
