import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { reviewCsv, reviewGroups } from "../../admin/review.js";
import { authorize } from "../../auth/authorize.js";
import type { AppEnv } from "../app.js";
import { AUTH_ERRORS } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";

/**
 * `GET /api/admin/review.csv` (admin, curator): the review groups as CSV with a header row.
 *
 * @example
 * await (await app.request("/api/admin/review.csv", { headers })).text(); // "count,last_seen,reasons,examples\r\n2,…"
 */
export function registerAdminReviewCsv(app: OpenAPIHono<AppEnv>, admin: AdminDeps): void {
  const route = createRoute({
    method: "get",
    path: "/api/admin/review.csv",
    summary: "Questions to review, as CSV",
    request: { headers: AuthHeaderSchema },
    responses: { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } }, ...AUTH_ERRORS },
  });
  app.openapi(route, (c) => {
    const key = authorize(c, admin.apiKeys, ["admin", "curator"]);
    if (key instanceof Response) return key as never;
    c.header("content-disposition", 'attachment; filename="review.csv"');
    return c.body(reviewCsv(reviewGroups(admin.db)), 200, { "content-type": "text/csv; charset=utf-8" });
  });
}
