import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import YAML from "yaml";
import { writeService } from "../../admin/corpus-files.js";
import type { AdminDeps } from "../../admin/deps.js";
import { ServiceStandardSchema } from "../../corpus/service.js";
import { AUTH_ERRORS, CorpusChangeSchema, errorResponse } from "../admin-schemas.js";
import { apiError, fieldErrors } from "../errors.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

export const corpusServicePutRoute = createRoute({
  method: "put",
  path: "/api/admin/corpus/services/{id}",
  summary: "Create or replace a service standard",
  description: "Body: the standard as YAML (text/yaml) or JSON.",
  request: { params: z.object({ id: z.string() }), headers: AuthHeaderSchema },
  responses: {
    200: { description: "Written; re-index started", content: { "application/json": { schema: CorpusChangeSchema } } },
    ...AUTH_ERRORS,
    400: errorResponse("Invalid standard"),
  },
});

/**
 * `PUT /api/admin/corpus/services/:id`: a standar pelayanan as YAML text or JSON, validated with
 * ServiceStandardSchema (400 lists each field's problem in `fields`). Writes
 * `services/<id>.yaml` and starts a re-index job.
 *
 * @example
 * await app.request("/api/admin/corpus/services/nib", { method: "PUT", body: yamlText, headers: { ...auth, "content-type": "text/yaml" } }); // 200
 */
export const corpusServicePut =
  (admin: AdminDeps): RouteHandler<typeof corpusServicePutRoute, AdminEnv> =>
  async (c) => {
    const { id } = c.req.valid("param");
    const text = await c.req.text();
    const isJson = (c.req.header("content-type") ?? "").includes("json");
    let data: unknown;
    try {
      data = isJson ? JSON.parse(text) : YAML.parse(text, { prettyErrors: true });
    } catch (err) {
      return apiError(
        c,
        400,
        isJson ? "invalid_json" : "invalid_request",
        `Isi bukan ${isJson ? "JSON" : "YAML"} yang valid: ${(err as Error).message.split("\n")[0]}`,
      );
    }
    const parsed = ServiceStandardSchema.safeParse(data);
    if (!parsed.success)
      return apiError(c, 400, "invalid_request", "Standar pelayanan tidak valid. (Invalid service standard.)", fieldErrors(parsed.error.issues));
    if (parsed.data.id !== id)
      return apiError(c, 400, "invalid_request", "id di isi berbeda dengan alamat. (The body's id differs from the URL.)", { id: `must be "${id}"` });
    const file = writeService(admin.corpusDir, parsed.data, isJson ? YAML.stringify(data) : text);
    const job = await admin.jobs.start(`service ${id}`, true);
    noteAudit(c, `service:${id}`, { jobId: job.id });
    return c.json({ id: `service:${id}`, files: [file.split(/[\\/]/).slice(-2).join("/")], jobId: job.id }, 200);
  };
