import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { AUTH_ERRORS, errorResponse, JobSchema } from "../admin-schemas.js";
import { apiError } from "../errors.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import type { AdminEnv } from "./admin-route.js";

export const jobsGetRoute = createRoute({
  method: "get",
  path: "/api/admin/jobs/{id}",
  summary: "A re-index job",
  request: { params: z.object({ id: z.string() }), headers: AuthHeaderSchema },
  responses: {
    200: { description: "The job", content: { "application/json": { schema: z.object({ job: JobSchema }) } } },
    ...AUTH_ERRORS,
    404: errorResponse("Unknown job"),
  },
});

/**
 * `GET /api/admin/jobs/:id`: a re-index job's status, progress, counts and problems.
 *
 * @example
 * await app.request(`/api/admin/jobs/${jobId}`, { headers }); // 200 { job: { status: "done", counts: { added: 3, … } } }
 */
export const jobsGet =
  (admin: AdminDeps): RouteHandler<typeof jobsGetRoute, AdminEnv> =>
  async (c) => {
    const job = await admin.jobs.get(c.req.valid("param").id);
    if (!job) return apiError(c, 404, "not_found", "Pekerjaan tidak ditemukan. (No such job.)");
    return c.json({ job }, 200);
  };
