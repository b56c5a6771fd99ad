import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { QuestionVariants } from "../../admin/question-variants.js";
import { resolveTarget, type TargetInput } from "../../admin/variant-targets.js";
import type { LiveIndex } from "../../index/live-index.js";
import { maskPersonalData } from "../../privacy/mask.js";
import { AUTH_ERRORS, errorResponse } from "../admin-schemas.js";
import { apiError } from "../errors.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

const text = z.string().trim().min(1);

/** A link: the question, and the passage as a chunk id, a document id + Pasal, or a service id + component. */
export const ReviewLinkBodySchema = z
  .object({
    question: text.max(1000),
    chunkId: text.optional(),
    docId: text.optional(),
    pasal: text.optional(),
    component: text.optional(),
  })
  .strict()
  .refine((b) => (b.chunkId ? !b.docId && !b.pasal && !b.component : b.docId && (b.pasal ? !b.component : b.component)), {
    message: "give chunkId, or docId with exactly one of pasal and component",
    path: ["docId"],
  })
  .openapi("ReviewLinkBody");

export const QuestionVariantSchema = z
  .object({
    id: z.number().int(),
    question: z.string(),
    docId: z.string(),
    pasal: z.string().nullable(),
    component: z.string().nullable(),
    chunkId: z.string().nullable(),
    label: z.string(),
    actor: z.object({ id: z.string(), name: z.string() }),
    createdAt: z.string(),
  })
  .openapi("QuestionVariant");

export const reviewLinkRoute = createRoute({
  method: "post",
  path: "/api/admin/review/links",
  summary: "Link a question to the Pasal or service component that answers it",
  request: { headers: AuthHeaderSchema, body: { required: true, content: { "application/json": { schema: ReviewLinkBodySchema } } } },
  responses: {
    201: {
      description: "Stored as a question variant; re-index started",
      content: { "application/json": { schema: z.object({ variant: QuestionVariantSchema, jobId: z.string() }) } },
    },
    ...AUTH_ERRORS,
    404: errorResponse("No such document, Pasal, component or chunk in the index"),
    503: errorResponse("No index loaded yet"),
  },
});

/**
 * `POST /api/admin/review/links` {question, chunkId | docId + pasal | docId + component}: stores the
 * question (masked) as a variant of that passage, rewrites `corpus/question-variants.yaml` and starts
 * a re-index; after it, retrieval finds the passage for that question.
 *
 * @example
 * await app.request("/api/admin/review/links", { method: "POST", headers, body: JSON.stringify({ question: "kalau chatina kena hack siapa yg tanggung jawab?", docId: "kendari-37-2024", pasal: "7" }) }); // 201
 */
export const reviewLink =
  (admin: AdminDeps, live: Pick<LiveIndex, "get">): RouteHandler<typeof reviewLinkRoute, AdminEnv> =>
  async (c) => {
    const body = c.req.valid("json");
    const index = live.get();
    if (!index) return apiError(c, 503, "not_ready", "Indeks belum dimuat. (The index is not loaded yet.)");
    const input: TargetInput = body.chunkId
      ? { chunkId: body.chunkId }
      : body.pasal
        ? { docId: body.docId!, pasal: body.pasal }
        : { docId: body.docId!, component: body.component! };
    const resolved = resolveTarget(index, input);
    if (!resolved.ok) return apiError(c, 404, "not_found", resolved.message);
    const question = maskPersonalData(body.question).text;
    const variant = await new QuestionVariants(admin.db, admin.corpusDir).link(c.get("apiKey"), question, resolved.target);
    const job = await admin.jobs.start(`variant ${variant.id}`, true);
    const { docId, pasal, component, chunkId } = resolved.target;
    noteAudit(c, `variant:${variant.id}`, { docId, pasal, component, chunkId, jobId: job.id });
    return c.json({ variant, jobId: job.id }, 201);
  };
