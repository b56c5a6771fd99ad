import { z } from "@hono/zod-openapi";
import { SUBMISSION_STATUSES } from "../forms/submissions.js";

/** Schemas of the forms, tickets and handoff routes. */
export const SubmissionViewSchema = z
  .object({
    ticket: z.string().openapi({ example: "KDI-2026-000123" }),
    serviceId: z.string(),
    status: z.enum(SUBMISSION_STATUSES),
    fields: z.record(z.string(), z.string()).openapi({ example: { nik: "7471********0001" } }),
    notes: z.array(z.object({ at: z.string(), status: z.enum(SUBMISSION_STATUSES), text: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Submission");

export const OfficerSubmissionSchema = SubmissionViewSchema.extend({ opd: z.string(), channel: z.string(), confidential: z.boolean() }).openapi(
  "OfficerSubmission",
);

export const HandoffSchema = z
  .object({
    id: z.string(),
    opd: z.string(),
    channel: z.string(),
    status: z.enum(["open", "closed"]),
    messages: z.array(z.object({ at: z.string(), from: z.enum(["citizen", "operator"]), text: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Handoff");

export const NextStepsSchema = z.object({ bawa: z.array(z.string()), lokasi: z.string().optional(), waktu: z.string().optional() });

/** `Authorization: Bearer …` as documented in OpenAPI. */
export const AuthHeaderSchema = z.object({ authorization: z.string().optional().openapi({ example: "Bearer lt_…" }) });
