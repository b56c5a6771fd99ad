import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { computeStats, defaultRange, statsCsv } from "../../admin/stats.js";
import { AUTH_ERRORS, DateRangeQuery } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import type { AdminEnv } from "./admin-route.js";

export const statsCsvRoute = createRoute({
  method: "get",
  path: "/api/admin/stats.csv",
  summary: "Usage statistics, as CSV",
  request: { query: DateRangeQuery, headers: AuthHeaderSchema },
  responses: { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } }, ...AUTH_ERRORS },
});

/**
 * `GET /api/admin/stats.csv?from=&to=`: the statistics as `metric,key,channel,value` rows.
 *
 * @example
 * await (await app.request("/api/admin/stats.csv", { headers })).text(); // "metric,key,channel,value\r\nquestions,2026-11-20,web,3\r\n…"
 */
export const statsCsvExport =
  (admin: AdminDeps): RouteHandler<typeof statsCsvRoute, AdminEnv> =>
  async (c) => {
    const q = c.req.valid("query");
    const d = defaultRange();
    c.header("content-disposition", 'attachment; filename="stats.csv"');
    return c.body(statsCsv(await computeStats(admin.db, { from: q.from ?? d.from, to: q.to ?? d.to })), 200, { "content-type": "text/csv; charset=utf-8" });
  };
