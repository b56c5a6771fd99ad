import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { FeedbackStore } from "../../feedback/store.js";
import type { AppEnv, RouteDeps } from "../app.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { webSession } from "../middleware/web-session.js";

export const FeedbackRequestSchema = z
  .object({
    /** The web session token `POST /api/chat` issued. */
    sessionId: z
      .string({ error: "sessionId wajib diisi (sessionId is required)" })
      .max(128, { error: "sessionId tidak valid (sessionId is longer than 128 characters)" }),
    messageIndex: z.number({ error: "messageIndex harus berupa angka (messageIndex must be a number)" }).int().min(0).max(10_000).optional(),
    answerHash: z
      .string()
      .regex(/^[A-Za-z0-9]{4,64}$/, { error: "answerHash tidak valid (answerHash must be 4-64 letters or digits)" })
      .optional(),
    rating: z.enum(["up", "down"], { error: 'rating harus "up" atau "down" (rating must be "up" or "down")' }),
    reason: z.string().trim().max(500, { error: "reason terlalu panjang, maksimal 500 karakter (reason is longer than 500 characters)" }).optional(),
    opd: z
      .string()
      .regex(/^[a-z0-9-]{2,40}$/, { error: "opd tidak valid (opd must be a lowercase slug)" })
      .optional(),
    /** Only web sessions rate through this route; kept for older widgets. */
    channel: z.literal("web").optional(),
  })
  .strict()
  .refine((b) => b.messageIndex !== undefined || b.answerHash !== undefined, {
    path: ["messageIndex"],
    error: "sebutkan messageIndex atau answerHash (give messageIndex or answerHash)",
  })
  .openapi("FeedbackRequest");

/**
 * `POST /api/feedback`: a thumbs up or down on one answer, with an optional reason, kept for curators.
 * `sessionId` is the web session token `POST /api/chat` issued; any other id gets 403 `invalid_session`.
 *
 * @example
 * // POST /api/feedback {"sessionId":"web1_…","messageIndex":0,"rating":"down","reason":"biaya salah"} → 201 {"id":1}
 */
export function registerFeedback(app: OpenAPIHono<AppEnv>, deps: RouteDeps & { feedback: FeedbackStore }): void {
  const route = createRoute({
    method: "post",
    path: "/api/feedback",
    summary: "Rate an answer (thumbs up/down)",
    request: { body: { required: true, content: { "application/json": { schema: FeedbackRequestSchema } } } },
    responses: {
      201: { description: "Stored", content: { "application/json": { schema: z.object({ id: z.number().int() }) } } },
      400: { description: "Invalid request", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
      403: { description: "A sessionId this server did not issue (`invalid_session`)", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    },
  });
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    const session = webSession(c, deps.webSessions, body.sessionId, { create: false });
    if (!session.ok) return session.response as never;
    const record = await deps.feedback.add({ ...body, channel: "web" });
    return c.json({ id: record.id }, 201);
  });
}
