import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv, AppDeps } from "../app.js";

export const ServiceSummarySchema = z
  .object({
    id: z.string().openapi({ example: "ktp-el-baru" }),
    nama: z.string(),
    opd: z.string(),
    opd_nama: z.string(),
    ringkasan: z.string().nullable(),
    form: z.enum(["internal", "external"]).nullable(),
    dialihkan_ke: z.string().nullable(),
  })
  .openapi("ServiceSummary");

/** `GET /api/services?opd=`: the service standards, optionally for one OPD. */
export function registerServicesList(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const route = createRoute({
    method: "get",
    path: "/api/services",
    summary: "List service standards",
    request: { query: z.object({ opd: z.string().optional() }) },
    responses: { 200: { description: "Services", content: { "application/json": { schema: z.object({ services: z.array(ServiceSummarySchema) }) } } } },
  });
  app.openapi(route, (c) => {
    const { opd } = c.req.valid("query");
    const services = (deps.index.get()?.documents() ?? [])
      .flatMap((d) => (d.kind === "service" ? [d.meta] : []))
      .filter((s) => !opd || s.opd === opd)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((s) => ({
        id: s.id,
        nama: s.nama,
        opd: s.opd,
        opd_nama: s.opd_nama,
        ringkasan: s.ringkasan ?? null,
        form: s.form?.target ?? null,
        dialihkan_ke: s.dialihkan_ke?.instansi ?? null,
      }));
    return c.json({ services }, 200);
  });
}
