import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { AUTH_ERRORS, AuditEntrySchema } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import type { AdminEnv } from "./admin-route.js";

export const auditListRoute = createRoute({
  method: "get",
  path: "/api/admin/audit",
  summary: "Audit log",
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100), action: z.string().optional() }), headers: AuthHeaderSchema },
  responses: {
    200: { description: "Entries, newest first", content: { "application/json": { schema: z.object({ entries: z.array(AuditEntrySchema) }) } } },
    ...AUTH_ERRORS,
  },
});

/**
 * `GET /api/admin/audit?limit=&action=`: the audit log, newest first.
 *
 * @example
 * await app.request("/api/admin/audit?action=corpus.status", { headers: { authorization: `Bearer ${key}` } }); // 200 { entries }
 */
export const auditList =
  (admin: AdminDeps): RouteHandler<typeof auditListRoute, AdminEnv> =>
  async (c) => {
    const { limit, action } = c.req.valid("query");
    return c.json({ entries: await admin.audit.list({ limit, ...(action ? { action } : {}) }) }, 200);
  };
