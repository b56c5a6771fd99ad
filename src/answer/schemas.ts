import { z } from "@hono/zod-openapi";
import { ANSWER_STATUSES } from "./statuses.js";

/**
 * The public reply of a chat turn as zod schemas: `POST /api/chat` validates and documents with
 * them, and the TypeScript types below are inferred from them, never written by hand.
 */

/** A source shown with an answer. */
export const CitationSchema = z
  .object({
    docId: z.string().openapi({ example: "kendari-37-2024" }),
    title: z.string(),
    pasal: z.string().nullable().openapi({ example: "7" }),
    ayat: z.string().nullable().openapi({ example: "1" }),
    label: z.string().openapi({ example: "Peraturan Wali Kota Kendari Nomor 37 Tahun 2024, Pasal 7 ayat (1)" }),
    snippet: z.string(),
    /** The service-standard component the chunk belongs to (e.g. "waktu"); null for regulations. */
    component: z.string().nullable().openapi({
      example: "waktu",
      description: "Service-standard component of the cited chunk (persyaratan, prosedur, waktu, biaya, ...); null for regulation text.",
    }),
    url: z.string().optional(),
  })
  .openapi("Citation");

/** A quick reply a channel may render as a button or a numbered option. */
export const ActionSchema = z
  .object({
    /** Stable identifier, e.g. "form:start:ktp-el-baru". */
    id: z.string(),
    label: z.string(),
    /** Text sent back as the user's next message when chosen. */
    reply: z.string(),
  })
  .openapi("Action");

export const ChatResponseSchema = z
  .object({
    sessionId: z.string(),
    status: z.enum(ANSWER_STATUSES).openapi({
      description:
        '"no_answer" may cite the section of a standard that says the asked fact is not listed; "refused" may cite the passages that contradict a claim the user asked to confirm (a fee, duration, validity, requirement or date). A claim beside an open question is corrected in front of an "answered" reply.',
    }),
    answer: z.string(),
    citations: z.array(CitationSchema).max(5),
    actions: z.array(ActionSchema),
    confidence: z.enum(["high", "low"]).default("high").openapi({ description: '"low" when the answer is hedged: the sources support it only in part.' }),
  })
  .openapi("ChatResponse");

/** A source shown with an answer. Part of the public `POST /api/chat` contract. */
export type Citation = z.infer<typeof CitationSchema>;
/** A quick reply a channel may render as a button or a numbered option. */
export type Action = z.infer<typeof ActionSchema>;
/** The reply of one chat turn: the exact shape `POST /api/chat` returns. */
export type ChatResponse = z.infer<typeof ChatResponseSchema>;
