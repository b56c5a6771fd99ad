import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { reviewCsv, reviewGroups } from "../../admin/review.js";
import { AUTH_ERRORS } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import type { AdminEnv } from "./admin-route.js";

export const reviewCsvRoute = createRoute({
  method: "get",
  path: "/api/admin/review.csv",
  summary: "Questions to review, as CSV",
  request: { headers: AuthHeaderSchema },
  responses: { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } }, ...AUTH_ERRORS },
});

/**
 * `GET /api/admin/review.csv`: the review groups as CSV with a header row.
 *
 * @example
 * await (await app.request("/api/admin/review.csv", { headers })).text(); // "count,last_seen,reasons,examples\r\n2,…"
 */
export const reviewCsvExport =
  (admin: AdminDeps): RouteHandler<typeof reviewCsvRoute, AdminEnv> =>
  async (c) => {
    c.header("content-disposition", 'attachment; filename="review.csv"');
    return c.body(reviewCsv(await reviewGroups(admin.db)), 200, { "content-type": "text/csv; charset=utf-8" });
  };
