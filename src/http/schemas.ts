import { z } from "@hono/zod-openapi";
import { ANSWER_STATUSES } from "../answer/statuses.js";

/** `POST /api/chat` body. The message limit comes from config (MAX_MESSAGE_CHARS). */
export function chatRequestSchema(maxChars: number) {
  return z
    .object({
      message: z
        .string({ error: "message harus berupa teks (message must be a string)" })
        .trim()
        .min(1, { error: "message tidak boleh kosong (message must not be empty)" })
        .max(maxChars, { error: `message terlalu panjang, maksimal ${maxChars} karakter (message is longer than ${maxChars} characters)` }),
      sessionId: z
        .string()
        .max(128, { error: "sessionId tidak valid (sessionId is longer than 128 characters)" })
        .optional()
        .openapi({
          description:
            "The session token a previous reply returned (`web1_<id>.<signature>`), sent back as is. Omit it to start a new session. Any id this server did not issue (a Telegram/WhatsApp key, a guessed or altered token) gets 403 `invalid_session`.",
          example: "web1_3q2-7wEjRk1Lb0mQ8zN5xA.Yk3mP0q9Lr2sT7uV1wX4zA",
        }),
      opd: z.string().regex(/^[a-z0-9-]{2,40}$/, { error: "opd tidak valid (opd must be a lowercase slug)" }).optional(),
      lang: z.enum(["id", "en"]).optional(),
    })
    .strict()
    .openapi("ChatRequest");
}

export const CitationSchema = z
  .object({
    docId: z.string().openapi({ example: "kendari-37-2024" }),
    title: z.string(),
    pasal: z.string().nullable().openapi({ example: "7" }),
    ayat: z.string().nullable().openapi({ example: "1" }),
    label: z.string().openapi({ example: "Peraturan Wali Kota Kendari Nomor 37 Tahun 2024, Pasal 7 ayat (1)" }),
    snippet: z.string(),
    url: z.string().optional(),
  })
  .openapi("Citation");

export const ActionSchema = z.object({ id: z.string(), label: z.string(), reply: z.string() }).openapi("Action");

export const ChatResponseSchema = z
  .object({
    sessionId: z.string(),
    status: z.enum(ANSWER_STATUSES),
    answer: z.string(),
    citations: z.array(CitationSchema).max(5),
    actions: z.array(ActionSchema),
  })
  .openapi("ChatResponse");
