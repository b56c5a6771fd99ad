import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { randomUUID } from "node:crypto";
import { serviceById } from "../../forms/catalog.js";
import { consentTerms } from "../../forms/consent.js";
import type { FormsServices } from "../../forms/services.js";
import { submitForm } from "../../forms/submit.js";
import type { AppEnv, RouteDeps } from "../app.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";
import { NextStepsSchema } from "../forms-schemas.js";
import { clientKey } from "../middleware/client-key.js";
import { rateLimit } from "../middleware/rate-limit.js";
import { webSession } from "../middleware/web-session.js";

const BodySchema = z
  .object({
    fields: z.record(z.string(), z.string()).openapi({ example: { nama_lengkap: "Siti Rahmawati", nik: "7471085203950001" } }),
    /** Links the submission to a web chat session (the token `POST /api/chat` issued), which then receives status changes. */
    sessionId: z.string().max(128).optional(),
    lang: z.enum(["id", "en"]).optional(),
    /** The citizen ticked "Saya setuju" under the personal-data notice (UU 27/2022); required when the form asks for personal data. */
    consent: z.boolean().optional(),
  })
  .strict();

/**
 * `POST /api/forms/:serviceId/submissions`: the same validation as the chat; per-field problems
 * come back in the error envelope's `fields`. Returns the ticket and a submitter token (shown once).
 * A form with personal fields (see `consentTerms`) needs `consent: true`, else 400 `invalid_request`
 * with `fields.consent`; the consent time is stored with the ticket.
 * A `sessionId` this server did not issue gets 403 `invalid_session`. Each client may submit
 * FORM_SUBMIT_RATE_LIMIT_PER_MINUTE times a minute; more get 429 `rate_limited`.
 *
 * @example
 * await app.request("/api/forms/ktp-el-hilang-rusak/submissions", { method: "POST", body: JSON.stringify({ fields, consent: true }) }); // 201 { ticket, submitterToken, ... }
 */
export function registerFormsSubmit(app: OpenAPIHono<AppEnv>, deps: RouteDeps & { forms: FormsServices }): void {
  const route = createRoute({
    method: "post",
    path: "/api/forms/{serviceId}/submissions",
    summary: "Submit a service form",
    request: {
      params: z.object({ serviceId: z.string().openapi({ example: "ktp-el-hilang-rusak" }) }),
      body: { required: true, content: { "application/json": { schema: BodySchema } } },
    },
    responses: {
      201: {
        description: "Submitted",
        content: {
          "application/json": {
            schema: z.object({ ticket: z.string(), submitterToken: z.string(), status: z.literal("diterima"), nextSteps: NextStepsSchema }),
          },
        },
      },
      400: {
        description: "Invalid fields, or no `consent: true` for a form with personal data (`fields.consent`)",
        content: { "application/json": { schema: ErrorEnvelopeSchema } },
      },
      403: { description: "A sessionId this server did not issue (`invalid_session`)", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
      404: { description: "No such service form", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
      429: { description: "Too many submissions from this client (`rate_limited`)", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    },
  });
  app.use(
    "/api/forms/:serviceId/submissions",
    rateLimit({ limit: deps.env.FORM_SUBMIT_RATE_LIMIT_PER_MINUTE, key: (c) => clientKey(c, deps.env.TRUST_PROXY), name: "form-submit", redis: deps.redis }),
  );
  app.openapi(route, async (c) => {
    const { serviceId } = c.req.valid("param");
    const body = c.req.valid("json");
    const service = serviceById(deps.index.get(), serviceId);
    if (service?.form?.target !== "internal")
      return apiError(c, 404, "not_found", `Layanan "${serviceId}" tidak memiliki formulir pengajuan. (No form for this service.)`);
    const session = body.sessionId === undefined ? null : webSession(c, deps.webSessions, body.sessionId, { create: false });
    if (session && !session.ok) return session.response as never;
    const who = session ? { channel: "web", userKey: session.sessionId } : { channel: "api", userKey: `api:${randomUUID()}` };
    const lang = body.lang ?? "id";
    const needsConsent = consentTerms(service, deps.env.RETENTION_DAYS, lang) !== null;
    if (needsConsent && body.consent !== true) {
      const message =
        'Formulir ini meminta data pribadi: centang "Saya setuju" pada pemberitahuan data pribadi untuk mengirimnya. (This form asks for personal data: consent is required.)';
      return apiError(c, 400, "invalid_request", message, { consent: message });
    }
    const r = await submitForm(deps.forms, service, body.fields, who, lang);
    if (!r.ok) return apiError(c, 400, "invalid_request", "Sebagian isian belum benar. (Some fields are invalid.)", r.errors);
    if (needsConsent) await deps.forms.submissions.recordConsent(r.submission.ticket);
    return c.json({ ticket: r.submission.ticket, submitterToken: r.submitterToken, status: "diterima" as const, nextSteps: r.nextSteps }, 201);
  });
}
