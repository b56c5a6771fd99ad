import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { authorize } from "../../auth/authorize.js";
import type { AppEnv } from "../app.js";
import { AUTH_ERRORS, AuditEntrySchema } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";

/**
 * `GET /api/admin/audit?limit=&action=` (admin, curator): the audit log, newest first.
 *
 * @example
 * await app.request("/api/admin/audit?action=corpus.status", { headers: { authorization: `Bearer ${key}` } }); // 200 { entries }
 */
export function registerAdminAuditList(app: OpenAPIHono<AppEnv>, admin: AdminDeps): void {
  const route = createRoute({
    method: "get",
    path: "/api/admin/audit",
    summary: "Audit log",
    request: { query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100), action: z.string().optional() }), headers: AuthHeaderSchema },
    responses: { 200: { description: "Entries, newest first", content: { "application/json": { schema: z.object({ entries: z.array(AuditEntrySchema) }) } } }, ...AUTH_ERRORS },
  });
  app.openapi(route, (c) => {
    const key = authorize(c, admin.apiKeys, ["admin", "curator"]);
    if (key instanceof Response) return key as never;
    const { limit, action } = c.req.valid("query");
    return c.json({ entries: admin.audit.list({ limit, ...(action ? { action } : {}) }) }, 200);
  });
}
