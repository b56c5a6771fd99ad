import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { setRegulationStatus } from "../../admin/corpus-files.js";
import type { AdminDeps } from "../../admin/deps.js";
import { authorize } from "../../auth/authorize.js";
import type { AppEnv } from "../app.js";
import { apiError } from "../errors.js";
import { AUTH_ERRORS, CorpusChangeSchema, errorResponse } from "../admin-schemas.js";
import { AuthHeaderSchema } from "../forms-schemas.js";

export const StatusBodySchema = z
  .object({
    status: z.enum(["berlaku", "dicabut", "diubah"]),
    dicabut_oleh: z.string().min(3).nullable().optional(),
    diubah_oleh: z.array(z.string().min(3)).optional(),
  })
  .strict();

/**
 * `PATCH /api/admin/corpus/documents/:id/status` (admin, curator) {status, dicabut_oleh?, diubah_oleh?}:
 * rewrites the regulation's front matter or sidecar (the legal text untouched) and starts a re-index job.
 *
 * @example
 * await app.request("/api/admin/corpus/documents/kendari-41-2021/status", { method: "PATCH", body: JSON.stringify({ status: "dicabut", dicabut_oleh: "kendari-1-2022" }), headers }); // 200
 */
export function registerAdminCorpusStatus(app: OpenAPIHono<AppEnv>, admin: AdminDeps): void {
  const route = createRoute({
    method: "patch",
    path: "/api/admin/corpus/documents/{id}/status",
    summary: "Change a regulation's status",
    request: { params: z.object({ id: z.string() }), headers: AuthHeaderSchema, body: { required: true, content: { "application/json": { schema: StatusBodySchema } } } },
    responses: { 200: { description: "Rewritten; re-index started", content: { "application/json": { schema: CorpusChangeSchema } } }, ...AUTH_ERRORS, 404: errorResponse("Unknown regulation") },
  });
  app.openapi(route, (c) => {
    const key = authorize(c, admin.apiKeys, ["admin", "curator"]);
    if (key instanceof Response) return key as never;
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const file = setRegulationStatus(admin.corpusDir, id, body);
    if (!file) return apiError(c, 404, "not_found", "Peraturan tidak ditemukan di korpus. (No such regulation in the corpus.)");
    const job = admin.jobs.start(`status ${id}`, true);
    admin.audit.record(key, "corpus.status", id, { ...body, jobId: job.id });
    return c.json({ id, files: [file.split(/[\\/]/).slice(-2).join("/")], jobId: job.id }, 200);
  });
}
