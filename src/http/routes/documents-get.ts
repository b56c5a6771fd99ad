import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv, AppDeps } from "../app.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";
import { DocumentSummarySchema } from "./documents-list.js";

const UnitSchema = z.object({
  id: z.string(),
  label: z.string(),
  pasal: z.string().nullable(),
  ayat: z.string().nullable(),
  headingPath: z.array(z.string()),
  text: z.string(),
});

/** `GET /api/documents/:id`: one regulation's metadata and its citable units, in order. */
export function registerDocumentsGet(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const route = createRoute({
    method: "get",
    path: "/api/documents/{id}",
    summary: "One regulation",
    request: { params: z.object({ id: z.string().openapi({ example: "kendari-37-2024" }) }) },
    responses: {
      200: {
        description: "The regulation",
        content: { "application/json": { schema: z.object({ document: DocumentSummarySchema.extend({ units: z.array(UnitSchema) }) }) } },
      },
      404: { description: "Unknown id", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    },
  });
  app.openapi(route, (c) => {
    const { id } = c.req.valid("param");
    const index = deps.index.get();
    const doc = index?.document(id);
    if (!index || !doc || doc.kind !== "regulation") return apiError(c, 404, "not_found", `Dokumen "${id}" tidak ditemukan. (No document with this id.)`);
    const m = doc.meta;
    const units = [...index.chunks()]
      .filter((ch) => ch.docId === id)
      .sort((a, b) => a.vectorLabel - b.vectorLabel)
      .map((ch) => ({ id: ch.id, label: ch.label, pasal: ch.pasal, ayat: ch.ayat, headingPath: ch.headingPath, text: ch.text }));
    const { id: _id, jenis, nomor, tahun, judul, daerah, status, ditetapkan, diundangkan, mencabut, dicabut_oleh } = m;
    return c.json({ document: { id: _id, jenis, nomor, tahun, judul, daerah, status, ditetapkan, diundangkan, mencabut, dicabut_oleh, units } }, 200);
  });
}
