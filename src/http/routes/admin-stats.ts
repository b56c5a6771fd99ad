import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { computeStats, defaultRange } from "../../admin/stats.js";
import { AUTH_ERRORS, DateRangeQuery, StatsSchema } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import type { AdminEnv } from "./admin-route.js";

export const statsRoute = createRoute({
  method: "get",
  path: "/api/admin/stats",
  summary: "Usage statistics",
  request: { query: DateRangeQuery, headers: AuthHeaderSchema },
  responses: { 200: { description: "Statistics", content: { "application/json": { schema: z.object({ stats: StatsSchema }) } } }, ...AUTH_ERRORS },
});

/**
 * `GET /api/admin/stats?from=&to=`: questions per day and channel, answer rate, top services,
 * submissions per service and status, feedback up/down. Default: the last 30 days.
 *
 * @example
 * await app.request("/api/admin/stats?from=2026-11-01&to=2026-11-30", { headers }); // 200 { stats: { answerRate: 0.75, … } }
 */
export const statsGet =
  (admin: AdminDeps): RouteHandler<typeof statsRoute, AdminEnv> =>
  async (c) => {
    const q = c.req.valid("query");
    const d = defaultRange();
    return c.json({ stats: await computeStats(admin.db, { from: q.from ?? d.from, to: q.to ?? d.to }) }, 200);
  };
