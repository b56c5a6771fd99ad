import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { reviewGroups } from "../../admin/review.js";
import { authorize } from "../../auth/authorize.js";
import type { AppEnv } from "../app.js";
import { AUTH_ERRORS, ReviewGroupSchema } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";

/**
 * `GET /api/admin/review` (admin, curator): unanswered, weakly supported or down-rated questions,
 * grouped by similarity (questions masked as stored).
 *
 * @example
 * await app.request("/api/admin/review", { headers }); // 200 { groups: [{ count: 2, examples: [...], lastSeen }] }
 */
export function registerAdminReview(app: OpenAPIHono<AppEnv>, admin: AdminDeps): void {
  const route = createRoute({
    method: "get",
    path: "/api/admin/review",
    summary: "Questions to review, grouped",
    request: { headers: AuthHeaderSchema },
    responses: { 200: { description: "Groups, largest first", content: { "application/json": { schema: z.object({ groups: z.array(ReviewGroupSchema) }) } } }, ...AUTH_ERRORS },
  });
  app.openapi(route, (c) => {
    const key = authorize(c, admin.apiKeys, ["admin", "curator"]);
    if (key instanceof Response) return key as never;
    return c.json({ groups: reviewGroups(admin.db) }, 200);
  });
}
