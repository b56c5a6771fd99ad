import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { FormsServices } from "../../forms/services.js";
import { maskPersonalData } from "../../privacy/mask.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { actorOf, ownTicket } from "./admin-inbox-access.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

export const submissionsRevealRoute = createRoute({
  method: "post",
  path: "/api/admin/submissions/{ticket}/reveal",
  summary: "Reveal a ticket's personal data, with a reason (audited, never cached)",
  request: {
    params: z.object({ ticket: z.string() }),
    headers: AuthHeaderSchema,
    body: {
      required: true,
      content: { "application/json": { schema: z.object({ reason: z.string().trim().min(5, "Alasan minimal 5 karakter.").max(500) }).strict() } },
    },
  },
  responses: {
    200: {
      description: "The fields in clear (Cache-Control: no-store)",
      content: { "application/json": { schema: z.object({ ticket: z.string(), fields: z.record(z.string(), z.string()) }) } },
    },
    401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    403: { description: "Another OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    404: { description: "Unknown ticket", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  },
});

/**
 * `POST /api/admin/submissions/:ticket/reveal` {reason}: the submitted values in clear, for an
 * officer of the ticket's OPD (or an admin). Audited as `submission.reveal` with who, when, the
 * ticket and the reason (personal numbers in it masked); the reply is never cached.
 *
 * @example
 * await app.request("/api/admin/submissions/KDI-2026-000001/reveal", { method: "POST", body: JSON.stringify({ reason: "Menghubungi pemohon" }), headers }); // 200
 */
export const submissionsReveal =
  (deps: { forms: FormsServices }): RouteHandler<typeof submissionsRevealRoute, AdminEnv> =>
  async (c) => {
    const s = await ownTicket(c, deps.forms, c.req.valid("param").ticket);
    if (s instanceof Response) return s as never;
    const reason = maskPersonalData(c.req.valid("json").reason).text;
    const fields = deps.forms.submissions.reveal(s, deps.forms.crypto);
    await deps.forms.submissions.inbox.record("submission", s.ticket, actorOf(c), "reveal", reason);
    noteAudit(c, s.ticket, { reason });
    c.header("cache-control", "no-store");
    return c.json({ ticket: s.ticket, fields }, 200);
  };
