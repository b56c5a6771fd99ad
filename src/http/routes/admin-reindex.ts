import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { AUTH_ERRORS } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

export const reindexRoute = createRoute({
  method: "post",
  path: "/api/admin/reindex",
  summary: "Start a re-index job",
  request: { headers: AuthHeaderSchema },
  responses: {
    202: { description: "Job started (or the running one)", content: { "application/json": { schema: z.object({ jobId: z.string(), status: z.string() }) } } },
    ...AUTH_ERRORS,
  },
});

/**
 * `POST /api/admin/reindex`: starts an incremental re-index in the background, 202 {jobId}.
 * While a job runs, returns that job instead of starting another.
 *
 * @example
 * const { jobId } = await (await app.request("/api/admin/reindex", { method: "POST", headers })).json();
 */
export const reindex =
  (admin: AdminDeps): RouteHandler<typeof reindexRoute, AdminEnv> =>
  async (c) => {
    const job = await admin.jobs.start("manual");
    noteAudit(c, job.id);
    return c.json({ jobId: job.id, status: job.status }, 202);
  };
