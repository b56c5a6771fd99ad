import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "@hono/zod-openapi";

/** Every error code the API returns; clients can switch on these. */
export const ERROR_CODES = [
  "invalid_json",
  "invalid_request",
  "message_too_long",
  "payload_too_large",
  "rate_limited",
  "unauthorized",
  "forbidden",
  /** A web `sessionId` this server did not issue (or a channel's session key): start a new session. */
  "invalid_session",
  "not_found",
  "conflict",
  "not_ready",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      requestId: z.string(),
      /** Per-field problems, for validation errors. */
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .openapi("Error");

export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;

/**
 * Replies with the one error envelope `{ error: { code, message, requestId } }`.
 *
 * @example
 * return apiError(c, 404, "not_found", "Dokumen tidak ditemukan.");
 */
export function apiError<S extends ContentfulStatusCode>(c: Context, status: S, code: ErrorCode, message: string, fields?: Record<string, string>) {
  const requestId = (c.get("requestId" as never) as string | undefined) ?? c.req.header("x-request-id") ?? "-";
  const body: ErrorEnvelope = { error: { code, message, requestId, ...(fields ? { fields } : {}) } };
  return c.json(body, status);
}

/** Turns zod issues into `{ field: message }`. */
export function fieldErrors(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) out[i.path.map(String).join(".") || "(body)"] ??= i.message;
  return out;
}
