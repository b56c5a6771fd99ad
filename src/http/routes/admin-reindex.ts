import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { authorize } from "../../auth/authorize.js";
import type { AppEnv } from "../app.js";
import { AUTH_ERRORS } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";

/**
 * `POST /api/admin/reindex` (admin, curator): starts an incremental re-index in the background,
 * 202 {jobId}. While a job runs, returns that job instead of starting another.
 *
 * @example
 * const { jobId } = await (await app.request("/api/admin/reindex", { method: "POST", headers })).json();
 */
export function registerAdminReindex(app: OpenAPIHono<AppEnv>, admin: AdminDeps): void {
  const route = createRoute({
    method: "post",
    path: "/api/admin/reindex",
    summary: "Start a re-index job",
    request: { headers: AuthHeaderSchema },
    responses: { 202: { description: "Job started (or the running one)", content: { "application/json": { schema: z.object({ jobId: z.string(), status: z.string() }) } } }, ...AUTH_ERRORS },
  });
  app.openapi(route, (c) => {
    const key = authorize(c, admin.apiKeys, ["admin", "curator"]);
    if (key instanceof Response) return key as never;
    const job = admin.jobs.start("manual");
    admin.audit.record(key, "reindex.start", job.id);
    return c.json({ jobId: job.id, status: job.status }, 202);
  });
}
