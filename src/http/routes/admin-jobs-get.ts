import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { authorize } from "../../auth/authorize.js";
import type { AppEnv } from "../app.js";
import { apiError } from "../errors.js";
import { AUTH_ERRORS, errorResponse, JobSchema } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";

/**
 * `GET /api/admin/jobs/:id` (admin, curator): a re-index job's status, progress, counts and problems.
 *
 * @example
 * await app.request(`/api/admin/jobs/${jobId}`, { headers }); // 200 { job: { status: "done", counts: { added: 3, … } } }
 */
export function registerAdminJobsGet(app: OpenAPIHono<AppEnv>, admin: AdminDeps): void {
  const route = createRoute({
    method: "get",
    path: "/api/admin/jobs/{id}",
    summary: "A re-index job",
    request: { params: z.object({ id: z.string() }), headers: AuthHeaderSchema },
    responses: { 200: { description: "The job", content: { "application/json": { schema: z.object({ job: JobSchema }) } } }, ...AUTH_ERRORS, 404: errorResponse("Unknown job") },
  });
  app.openapi(route, (c) => {
    const key = authorize(c, admin.apiKeys, ["admin", "curator"]);
    if (key instanceof Response) return key as never;
    const job = admin.jobs.get(c.req.valid("param").id);
    if (!job) return apiError(c, 404, "not_found", "Pekerjaan tidak ditemukan. (No such job.)");
    return c.json({ job }, 200);
  });
}
