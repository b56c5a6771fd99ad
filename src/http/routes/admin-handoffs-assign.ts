import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { FormsServices } from "../../forms/services.js";
import { handoffView } from "../../forms/views.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema, HandoffSchema } from "../forms-schemas.js";
import { actorOf, ownHandoff } from "./admin-inbox-access.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";
import { AssigneeBodySchema } from "./admin-submissions-assign.js";

export const handoffsAssignRoute = createRoute({
  method: "put",
  path: "/api/admin/handoffs/{id}/assignee",
  summary: "Assign a handoff to an officer",
  request: {
    params: z.object({ id: z.string() }),
    headers: AuthHeaderSchema,
    body: { required: true, content: { "application/json": { schema: AssigneeBodySchema } } },
  },
  responses: {
    200: {
      description: "Assigned",
      content: { "application/json": { schema: z.object({ handoff: HandoffSchema.extend({ assignee: z.string().nullable() }) }) } },
    },
    400: { description: "Not an officer of this OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    403: { description: "Another OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    404: { description: "Unknown handoff", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  },
});

/**
 * `PUT /api/admin/handoffs/:id/assignee` {assignee}: like a ticket's assignment.
 *
 * @example
 * await app.request(`/api/admin/handoffs/${id}/assignee`, { method: "PUT", body: JSON.stringify({ assignee: null }), headers }); // 200
 */
export const handoffsAssign =
  (deps: { forms: FormsServices }): RouteHandler<typeof handoffsAssignRoute, AdminEnv> =>
  async (c) => {
    const h = await ownHandoff(c, deps.forms, c.req.valid("param").id);
    if (h instanceof Response) return h as never;
    const { assignee } = c.req.valid("json");
    const officer = assignee ? (await deps.forms.handoffs.inbox.officers(h.opd)).find((o) => o.id === assignee) : null;
    if (assignee && !officer)
      return apiError(c, 400, "invalid_request", "Petugas tidak dikenal untuk OPD ini. (Not an officer of this OPD.)", { assignee: "unknown officer" });
    const updated = (await deps.forms.handoffs.assign(h.id, assignee)) ?? h;
    await deps.forms.handoffs.inbox.record("handoff", h.id, actorOf(c), assignee ? "assign" : "unassign", officer?.name ?? "");
    noteAudit(c, h.id, { assignee });
    return c.json({ handoff: { ...handoffView(updated), assignee: updated.assignee } }, 200);
  };
