import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { ServiceStandard } from "../../corpus/service.js";
import { consentTerms } from "../../forms/consent.js";
import type { AppEnv, AppDeps } from "../app.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";

/**
 * `GET /api/services/:id`: one service standard, all components, as published. An internal form
 * that asks for personal data carries `form.consent` (see `ConsentTerms`: the personal fields,
 * RETENTION_DAYS and who sees it), which the web form shows as its UU 27/2022 notice.
 */
export function registerServicesGet(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const route = createRoute({
    method: "get",
    path: "/api/services/{id}",
    summary: "One service standard",
    request: {
      params: z.object({ id: z.string().openapi({ example: "ktp-el-baru" }) }),
      query: z.object({ lang: z.enum(["id", "en"]).optional() }),
    },
    responses: {
      200: { description: "The standard", content: { "application/json": { schema: z.object({ service: z.record(z.string(), z.unknown()) }) } } },
      404: { description: "Unknown id", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    },
  });
  app.openapi(route, (c) => {
    const { id } = c.req.valid("param");
    const doc = deps.index.get()?.document(`service:${id}`);
    if (!doc || doc.kind !== "service") return apiError(c, 404, "not_found", `Layanan "${id}" tidak ditemukan. (No service with this id.)`);
    const meta = doc.meta as ServiceStandard;
    const consent = consentTerms(meta, deps.env.RETENTION_DAYS, c.req.valid("query").lang ?? "id");
    const service = consent && meta.form ? { ...meta, form: { ...meta.form, consent } } : meta;
    return c.json({ service: service as Record<string, unknown> }, 200);
  });
}
