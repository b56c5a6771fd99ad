import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv, AppDeps } from "../app.js";

export const DocumentSummarySchema = z
  .object({
    id: z.string().openapi({ example: "kendari-37-2024" }),
    jenis: z.string(),
    nomor: z.string(),
    tahun: z.number(),
    judul: z.string(),
    daerah: z.string(),
    status: z.enum(["berlaku", "dicabut", "diubah"]),
    ditetapkan: z.string().nullable(),
    diundangkan: z.string().nullable(),
    mencabut: z.array(z.string()),
    dicabut_oleh: z.string().nullable(),
  })
  .openapi("DocumentSummary");

/** `GET /api/documents`: the regulations in the corpus with their status. */
export function registerDocumentsList(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const route = createRoute({
    method: "get",
    path: "/api/documents",
    summary: "List regulations",
    responses: { 200: { description: "Regulations", content: { "application/json": { schema: z.object({ documents: z.array(DocumentSummarySchema) }) } } } },
  });
  app.openapi(route, (c) => {
    const documents = (deps.index.get()?.documents() ?? [])
      .flatMap((d) => (d.kind === "regulation" ? [d.meta] : []))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((m) => ({
        id: m.id,
        jenis: m.jenis,
        nomor: m.nomor,
        tahun: m.tahun,
        judul: m.judul,
        daerah: m.daerah,
        status: m.status,
        ditetapkan: m.ditetapkan,
        diundangkan: m.diundangkan,
        mencabut: m.mencabut,
        dicabut_oleh: m.dicabut_oleh,
      }));
    return c.json({ documents }, 200);
  });
}
