import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv, AppDeps } from "../app.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";

/** `GET /api/services/:id`: one service standard, all components, as published. */
export function registerServicesGet(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const route = createRoute({
    method: "get",
    path: "/api/services/{id}",
    summary: "One service standard",
    request: { params: z.object({ id: z.string().openapi({ example: "ktp-el-baru" }) }) },
    responses: {
      200: { description: "The standard", content: { "application/json": { schema: z.object({ service: z.record(z.string(), z.unknown()) }) } } },
      404: { description: "Unknown id", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    },
  });
  app.openapi(route, (c) => {
    const { id } = c.req.valid("param");
    const doc = deps.index.get()?.document(`service:${id}`);
    if (!doc || doc.kind !== "service") return apiError(c, 404, "not_found", `Layanan "${id}" tidak ditemukan. (No service with this id.)`);
    return c.json({ service: doc.meta as Record<string, unknown> }, 200);
  });
}
