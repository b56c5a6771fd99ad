import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { reviewGroups } from "../../admin/review.js";
import { AUTH_ERRORS, ReviewGroupSchema } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import type { AdminEnv } from "./admin-route.js";

export const reviewRoute = createRoute({
  method: "get",
  path: "/api/admin/review",
  summary: "Questions to review, grouped",
  request: { headers: AuthHeaderSchema },
  responses: {
    200: { description: "Groups, largest first", content: { "application/json": { schema: z.object({ groups: z.array(ReviewGroupSchema) }) } } },
    ...AUTH_ERRORS,
  },
});

/**
 * `GET /api/admin/review`: unanswered, weakly supported or down-rated questions, grouped by
 * similarity (questions masked as stored).
 *
 * @example
 * await app.request("/api/admin/review", { headers }); // 200 { groups: [{ count: 2, examples: [...], lastSeen }] }
 */
export const reviewList =
  (admin: AdminDeps): RouteHandler<typeof reviewRoute, AdminEnv> =>
  async (c) =>
    c.json({ groups: await reviewGroups(admin.db) }, 200);
