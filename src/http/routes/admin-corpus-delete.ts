import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { deleteDocument } from "../../admin/corpus-files.js";
import type { AdminDeps } from "../../admin/deps.js";
import { AUTH_ERRORS, CorpusChangeSchema, errorResponse } from "../admin-schemas.js";
import { apiError } from "../errors.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

export const corpusDeleteRoute = createRoute({
  method: "delete",
  path: "/api/admin/corpus/documents/{id}",
  summary: "Remove a document from the corpus",
  request: { params: z.object({ id: z.string() }), headers: AuthHeaderSchema },
  responses: {
    200: { description: "Removed; re-index started", content: { "application/json": { schema: CorpusChangeSchema } } },
    ...AUTH_ERRORS,
    404: errorResponse("Unknown document"),
  },
});

/**
 * `DELETE /api/admin/corpus/documents/:id`: moves the document's files to `corpus/.deleted/` and
 * starts a re-index job (the index drops its chunks).
 *
 * @example
 * await app.request("/api/admin/corpus/documents/service:nib", { method: "DELETE", headers }); // 200 { files: ["services/nib.yaml"], jobId }
 */
export const corpusDelete =
  (admin: AdminDeps): RouteHandler<typeof corpusDeleteRoute, AdminEnv> =>
  async (c) => {
    const { id } = c.req.valid("param");
    const files = deleteDocument(admin.corpusDir, id);
    if (files.length === 0) return apiError(c, 404, "not_found", "Dokumen tidak ditemukan di korpus. (No such document in the corpus.)");
    const job = await admin.jobs.start(`delete ${id}`, true);
    const names = files.map((f) => f.split(/[\\/]/).slice(-2).join("/"));
    noteAudit(c, id, { files: names, jobId: job.id });
    return c.json({ id, files: names, jobId: job.id }, 200);
  };
