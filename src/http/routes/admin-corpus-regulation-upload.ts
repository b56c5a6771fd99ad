import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { findRegulation, validateRegulationFile, writeRegulation } from "../../admin/corpus-files.js";
import type { AdminDeps } from "../../admin/deps.js";
import { RegulationMetaSchema } from "../../corpus/regulation.js";
import { DEFAULT_PDF_LIMITS, type PdfLimits } from "../../pdf/extract.js";
import { AUTH_ERRORS, CorpusChangeSchema, errorResponse } from "../admin-schemas.js";
import { apiError, fieldErrors } from "../errors.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

const LIST_FIELDS = ["mencabut", "mengubah", "diubah_oleh", "opd"] as const;
const META_FIELDS = [
  "id",
  "jenis",
  "nomor",
  "tahun",
  "judul",
  "daerah",
  "ditetapkan",
  "diundangkan",
  "status",
  "dicabut_oleh",
  "sumber",
  "url",
  ...LIST_FIELDS,
];

/**
 * Form fields → metadata: empty fields left out, list fields split on commas.
 *
 * @example
 * metaFromForm({ id: "kendari-9-2026", opd: "dishub, bapenda", url: "" }) // { id: "kendari-9-2026", opd: ["dishub", "bapenda"] }
 */
export function metaFromForm(form: Record<string, unknown>): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  for (const k of META_FIELDS) {
    const v = form[k];
    if (typeof v !== "string" || v.trim() === "") continue;
    meta[k] = (LIST_FIELDS as readonly string[]).includes(k)
      ? v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : v.trim();
  }
  return meta;
}

export const corpusRegulationUploadRoute = createRoute({
  method: "post",
  path: "/api/admin/corpus/regulations",
  summary: "Upload a regulation (PDF or Markdown)",
  request: {
    headers: AuthHeaderSchema,
    body: {
      required: true,
      content: { "multipart/form-data": { schema: z.object({ file: z.any().openapi({ type: "string", format: "binary" }) }).catchall(z.any()) } },
    },
  },
  responses: {
    201: { description: "Written; re-index started", content: { "application/json": { schema: CorpusChangeSchema } } },
    ...AUTH_ERRORS,
    400: errorResponse("Invalid file or metadata"),
    409: errorResponse("The id exists in another format"),
  },
});

/**
 * `POST /api/admin/corpus/regulations`, multipart: `file` (PDF or Markdown) plus the metadata
 * fields of RegulationMetaSchema (lists comma separated). Writes the corpus files and starts a
 * re-index job; 201 {id, files, jobId}; 400 with per-field errors. The key is checked (by the
 * route's middleware) before the up to MAX_UPLOAD_BYTES body is parsed.
 *
 * @example
 * const form = new FormData(); form.set("file", new File([pdf], "perwali.pdf")); form.set("id", "kendari-9-2026"); …
 * await app.request("/api/admin/corpus/regulations", { method: "POST", body: form, headers }); // 201
 */
export const corpusRegulationUpload =
  (admin: AdminDeps, pdfLimits: PdfLimits = DEFAULT_PDF_LIMITS): RouteHandler<typeof corpusRegulationUploadRoute, AdminEnv> =>
  async (c) => {
    const form = c.req.valid("form") as Record<string, unknown>;
    const file = form.file;
    if (!(file instanceof File)) return apiError(c, 400, "invalid_request", "Berkas wajib diunggah. (A file is required.)", { file: "required" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const isPdf = Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";
    if (!isPdf && !/\.(md|markdown)$/i.test(file.name)) {
      return apiError(c, 400, "invalid_request", "Berkas harus PDF atau Markdown (.md). (The file must be a PDF or Markdown.)", {
        file: "must be a PDF or a .md file",
      });
    }
    const parsed = RegulationMetaSchema.safeParse(metaFromForm(form));
    if (!parsed.success) {
      return apiError(c, 400, "invalid_request", "Metadata peraturan tidak valid. (Invalid regulation metadata.)", fieldErrors(parsed.error.issues));
    }
    const existing = findRegulation(admin.corpusDir, parsed.data.id);
    if (existing && existing.kind !== (isPdf ? "pdf" : "markdown")) {
      const file = existing.metaFile.split(/[\\/]/).slice(-2).join("/");
      return apiError(
        c,
        409,
        "conflict",
        `Peraturan ${parsed.data.id} sudah ada sebagai ${file}; hapus dulu. (Already in the corpus as ${file}; delete it first.)`,
      );
    }
    // A PDF is read (in a worker) before it is stored: an unreadable one never enters the corpus.
    const check = await validateRegulationFile({ kind: isPdf ? "pdf" : "markdown", bytes }, pdfLimits);
    if (!check.ok)
      return apiError(
        c,
        400,
        "invalid_request",
        `Berkas PDF tidak dapat dibaca dan tidak disimpan. (The PDF cannot be read and was not stored: ${check.problem})`,
        { file: check.problem },
      );
    const files = writeRegulation(admin.corpusDir, parsed.data, { kind: isPdf ? "pdf" : "markdown", bytes });
    const job = await admin.jobs.start(`upload ${parsed.data.id}`, true);
    noteAudit(c, parsed.data.id, { kind: isPdf ? "pdf" : "markdown", bytes: bytes.length, jobId: job.id });
    return c.json({ id: parsed.data.id, files: files.map((f) => f.split(/[\\/]/).slice(-2).join("/")), jobId: job.id }, 201);
  };
