import { z } from "@hono/zod-openapi";

/** `POST /api/chat` body. The message limit comes from config (MAX_MESSAGE_CHARS). */
export function chatRequestSchema(maxChars: number) {
  return z
    .object({
      message: z
        .string({ error: "message harus berupa teks (message must be a string)" })
        .trim()
        .min(1, { error: "message tidak boleh kosong (message must not be empty)" })
        .max(maxChars, { error: `message terlalu panjang, maksimal ${maxChars} karakter (message is longer than ${maxChars} characters)` }),
      sessionId: z.string().max(128, { error: "sessionId tidak valid (sessionId is longer than 128 characters)" }).optional().openapi({
        description:
          "The session token a previous reply returned (`web1_<id>.<signature>`), sent back as is. Omit it to start a new session. Any id this server did not issue (a Telegram/WhatsApp key, a guessed or altered token) is never used: the turn runs in a fresh session and the reply carries its new token.",
        example: "web1_3q2-7wEjRk1Lb0mQ8zN5xA.Yk3mP0q9Lr2sT7uV1wX4zA",
      }),
      opd: z
        .string()
        .regex(/^[a-z0-9-]{2,40}$/, { error: "opd tidak valid (opd must be a lowercase slug)" })
        .optional(),
      lang: z.enum(["id", "en"]).optional(),
    })
    .strict()
    .openapi("ChatRequest");
}

/** The reply schemas live with the answer contract; types are inferred from them there. */
export { ActionSchema, ChatResponseSchema, CitationSchema } from "../answer/schemas.js";
