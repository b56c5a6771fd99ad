import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { FeedbackStore } from "../../feedback/store.js";
import type { AppEnv } from "../app.js";
import { ErrorEnvelopeSchema } from "../errors.js";

export const FeedbackRequestSchema = z
  .object({
    sessionId: z
      .string({ error: "sessionId wajib diisi (sessionId is required)" })
      .regex(/^[A-Za-z0-9_.:-]{8,128}$/, { error: "sessionId tidak valid (sessionId must be 8-128 letters, digits, _ . : -)" }),
    messageIndex: z.number({ error: "messageIndex harus berupa angka (messageIndex must be a number)" }).int().min(0).max(10_000).optional(),
    answerHash: z.string().regex(/^[A-Za-z0-9]{4,64}$/, { error: "answerHash tidak valid (answerHash must be 4-64 letters or digits)" }).optional(),
    rating: z.enum(["up", "down"], { error: 'rating harus "up" atau "down" (rating must be "up" or "down")' }),
    reason: z.string().trim().max(500, { error: "reason terlalu panjang, maksimal 500 karakter (reason is longer than 500 characters)" }).optional(),
    opd: z.string().regex(/^[a-z0-9-]{2,40}$/, { error: "opd tidak valid (opd must be a lowercase slug)" }).optional(),
    channel: z.enum(["web", "telegram", "whatsapp"]).optional(),
  })
  .strict()
  .refine((b) => b.messageIndex !== undefined || b.answerHash !== undefined, {
    path: ["messageIndex"],
    error: "sebutkan messageIndex atau answerHash (give messageIndex or answerHash)",
  })
  .openapi("FeedbackRequest");

/**
 * `POST /api/feedback`: a thumbs up or down on one answer, with an optional reason, kept for curators.
 *
 * @example
 * // POST /api/feedback {"sessionId":"web-1a2b3c4d","messageIndex":0,"rating":"down","reason":"biaya salah"} → 201 {"id":1}
 */
export function registerFeedback(app: OpenAPIHono<AppEnv>, store: FeedbackStore): void {
  const route = createRoute({
    method: "post",
    path: "/api/feedback",
    summary: "Rate an answer (thumbs up/down)",
    request: { body: { required: true, content: { "application/json": { schema: FeedbackRequestSchema } } } },
    responses: {
      201: { description: "Stored", content: { "application/json": { schema: z.object({ id: z.number().int() }) } } },
      400: { description: "Invalid request", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    },
  });
  app.openapi(route, (c) => {
    const body = c.req.valid("json");
    const record = store.add({ ...body, channel: body.channel ?? "web" });
    return c.json({ id: record.id }, 201);
  });
}
