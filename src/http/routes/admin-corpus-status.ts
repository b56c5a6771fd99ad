import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { setRegulationStatus } from "../../admin/corpus-files.js";
import type { AdminDeps } from "../../admin/deps.js";
import { AUTH_ERRORS, CorpusChangeSchema, errorResponse } from "../admin-schemas.js";
import { apiError } from "../errors.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

export const StatusBodySchema = z
  .object({
    status: z.enum(["berlaku", "dicabut", "diubah"]),
    dicabut_oleh: z.string().min(3).nullable().optional(),
    diubah_oleh: z.array(z.string().min(3)).optional(),
  })
  .strict();

export const corpusStatusRoute = createRoute({
  method: "patch",
  path: "/api/admin/corpus/documents/{id}/status",
  summary: "Change a regulation's status",
  request: {
    params: z.object({ id: z.string() }),
    headers: AuthHeaderSchema,
    body: { required: true, content: { "application/json": { schema: StatusBodySchema } } },
  },
  responses: {
    200: { description: "Rewritten; re-index started", content: { "application/json": { schema: CorpusChangeSchema } } },
    ...AUTH_ERRORS,
    404: errorResponse("Unknown regulation"),
  },
});

/**
 * `PATCH /api/admin/corpus/documents/:id/status` {status, dicabut_oleh?, diubah_oleh?}: rewrites the
 * regulation's front matter or sidecar (the legal text untouched) and starts a re-index job.
 *
 * @example
 * await app.request("/api/admin/corpus/documents/kendari-41-2021/status", { method: "PATCH", body: JSON.stringify({ status: "dicabut", dicabut_oleh: "kendari-1-2022" }), headers }); // 200
 */
export const corpusStatus =
  (admin: AdminDeps): RouteHandler<typeof corpusStatusRoute, AdminEnv> =>
  async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const file = setRegulationStatus(admin.corpusDir, id, body);
    if (!file) return apiError(c, 404, "not_found", "Peraturan tidak ditemukan di korpus. (No such regulation in the corpus.)");
    const job = await admin.jobs.start(`status ${id}`, true);
    noteAudit(c, id, { ...body, jobId: job.id });
    return c.json({ id, files: [file.split(/[\\/]/).slice(-2).join("/")], jobId: job.id }, 200);
  };
