import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { FormsServices } from "../../forms/services.js";
import { officerView } from "../../forms/views.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema, OfficerSubmissionSchema } from "../forms-schemas.js";
import { actorOf, ownTicket } from "./admin-inbox-access.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

/** The body of both assignment routes: an officer's key id, or null to unassign. */
export const AssigneeBodySchema = z.object({ assignee: z.string().min(1).nullable() }).strict();

export const submissionsAssignRoute = createRoute({
  method: "put",
  path: "/api/admin/submissions/{ticket}/assignee",
  summary: "Assign a ticket to an officer",
  request: {
    params: z.object({ ticket: z.string() }),
    headers: AuthHeaderSchema,
    body: { required: true, content: { "application/json": { schema: AssigneeBodySchema } } },
  },
  responses: {
    200: {
      description: "Assigned",
      content: { "application/json": { schema: z.object({ submission: OfficerSubmissionSchema.extend({ assignee: z.string().nullable() }) }) } },
    },
    400: { description: "Not an officer of this OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    403: { description: "Another OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    404: { description: "Unknown ticket", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  },
});

/**
 * `PUT /api/admin/submissions/:ticket/assignee` {assignee}: the key id of an operator of the
 * ticket's OPD or of an admin (400 otherwise); null unassigns. Recorded in the ticket's history.
 *
 * @example
 * await app.request("/api/admin/submissions/KDI-2026-000001/assignee", { method: "PUT", body: JSON.stringify({ assignee: "key_ab12" }), headers }); // 200
 */
export const submissionsAssign =
  (deps: { forms: FormsServices }): RouteHandler<typeof submissionsAssignRoute, AdminEnv> =>
  async (c) => {
    const s = await ownTicket(c, deps.forms, c.req.valid("param").ticket);
    if (s instanceof Response) return s as never;
    const { assignee } = c.req.valid("json");
    const officer = assignee ? (await deps.forms.submissions.inbox.officers(s.opd)).find((o) => o.id === assignee) : null;
    if (assignee && !officer)
      return apiError(c, 400, "invalid_request", "Petugas tidak dikenal untuk OPD ini. (Not an officer of this OPD.)", { assignee: "unknown officer" });
    const updated = (await deps.forms.submissions.assign(s.ticket, assignee)) ?? s;
    await deps.forms.submissions.inbox.record("submission", s.ticket, actorOf(c), assignee ? "assign" : "unassign", officer?.name ?? "");
    noteAudit(c, s.ticket, { assignee });
    return c.json({ submission: { ...officerView(updated), assignee: updated.assignee } }, 200);
  };
