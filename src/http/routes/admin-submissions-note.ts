import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { FormsServices } from "../../forms/services.js";
import { maskPersonalData } from "../../privacy/mask.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { HistorySchema, historyOf } from "./admin-submissions-history.js";
import { actorOf, ownTicket } from "./admin-inbox-access.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

export const submissionsNoteRoute = createRoute({
  method: "post",
  path: "/api/admin/submissions/{ticket}/notes",
  summary: "Add an internal note to a ticket (never shown to the citizen)",
  request: {
    params: z.object({ ticket: z.string() }),
    headers: AuthHeaderSchema,
    body: { required: true, content: { "application/json": { schema: z.object({ text: z.string().trim().min(1).max(2000) }).strict() } } },
  },
  responses: {
    201: { description: "Added", content: { "application/json": { schema: z.object({ history: HistorySchema }) } } },
    401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    403: { description: "Another OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    404: { description: "Unknown ticket", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  },
});

/**
 * `POST /api/admin/submissions/:ticket/notes` {text}: an internal note in the ticket's history
 * (personal numbers typed into it are masked). The text is not copied into the audit.
 *
 * @example
 * await app.request("/api/admin/submissions/KDI-2026-000001/notes", { method: "POST", body: JSON.stringify({ text: "Berkas diperiksa." }), headers }); // 201
 */
export const submissionsNote =
  (deps: { forms: FormsServices }): RouteHandler<typeof submissionsNoteRoute, AdminEnv> =>
  async (c) => {
    const s = await ownTicket(c, deps.forms, c.req.valid("param").ticket);
    if (s instanceof Response) return s as never;
    await deps.forms.submissions.inbox.record("submission", s.ticket, actorOf(c), "note", maskPersonalData(c.req.valid("json").text).text);
    noteAudit(c, s.ticket);
    return c.json({ history: await historyOf(deps.forms, s) }, 201);
  };
