import { z } from "@hono/zod-openapi";
import { ErrorEnvelopeSchema } from "./errors.js";

/** Error responses every admin route can return. */
export const AUTH_ERRORS = {
  401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  403: { description: "Role not allowed", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
} as const;

/**
 * An OpenAPI response entry with the error envelope.
 *
 * @example
 * responses: { 404: errorResponse("Unknown job") }
 */
export const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ErrorEnvelopeSchema } } });

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.object({ id: z.string(), name: z.string(), role: z.string() }),
    action: z.string().openapi({ example: "corpus.status" }),
    target: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi("AuditEntry");

export const JobSchema = z
  .object({
    id: z.string(),
    status: z.enum(["queued", "running", "done", "failed"]),
    reason: z.string(),
    progress: z.object({ done: z.number(), total: z.number() }),
    counts: z.record(z.string(), z.number()).nullable(),
    problems: z.array(z.object({ file: z.string(), problem: z.string() })),
    version: z.string().nullable(),
    error: z.string().nullable(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .openapi("Job");

/** A corpus change's reply: what changed and the re-index job it started. */
export const CorpusChangeSchema = z.object({ id: z.string(), files: z.array(z.string()), jobId: z.string() }).openapi("CorpusChange");

export const ReviewGroupSchema = z
  .object({ count: z.number().int(), examples: z.array(z.string()), reasons: z.array(z.string()), lastSeen: z.string() })
  .openapi("ReviewGroup");

export const StatsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    questionsPerDay: z.array(z.object({ day: z.string(), channel: z.string(), count: z.number() })),
    totalQuestions: z.number(),
    answered: z.number(),
    answerRate: z.number(),
    topServices: z.array(z.object({ serviceId: z.string(), count: z.number() })),
    submissions: z.array(z.object({ serviceId: z.string(), status: z.string(), count: z.number() })),
    feedback: z.object({ up: z.number(), down: z.number(), ratioUp: z.number() }),
  })
  .openapi("Stats");

export const DateRangeQuery = z.object({
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
    .optional(),
});
