import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { FormsServices } from "../../forms/services.js";
import type { Submission } from "../../forms/submissions.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { ownTicket } from "./admin-inbox-access.js";
import type { AdminEnv } from "./admin-route.js";

export const HistorySchema = z
  .array(
    z.object({ at: z.string(), actor: z.object({ id: z.string(), name: z.string() }), action: z.string(), status: z.string().optional(), text: z.string() }),
  )
  .openapi("TicketHistory");

/**
 * A ticket's full history, oldest first: status changes (with the message the citizen got) and the
 * internal entries (notes, assignments, reveals).
 *
 * @example
 * historyOf(forms, sub)[0] // { at, actor: { id: "system", name: "system" }, action: "status", status: "diterima", text: "" }
 */
export async function historyOf(forms: FormsServices, s: Submission): Promise<z.infer<typeof HistorySchema>> {
  const names = new Map<string, string>([["system", "system"]]);
  for (const by of new Set(s.notes.map((n) => n.by))) if (!names.has(by)) names.set(by, (await forms.submissions.inbox.officerName(by)) ?? by);
  const statuses = s.notes.map((n) => ({ at: n.at, actor: { id: n.by, name: names.get(n.by) ?? n.by }, action: "status", status: n.status, text: n.text }));
  return [...statuses, ...(await forms.submissions.inbox.history("submission", s.ticket))].sort((a, b) => a.at.localeCompare(b.at));
}

export const submissionsHistoryRoute = createRoute({
  method: "get",
  path: "/api/admin/submissions/{ticket}/history",
  summary: "A ticket's full history",
  request: { params: z.object({ ticket: z.string() }), headers: AuthHeaderSchema },
  responses: {
    200: { description: "Oldest first", content: { "application/json": { schema: z.object({ history: HistorySchema }) } } },
    401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    403: { description: "Another OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    404: { description: "Unknown ticket", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  },
});

/**
 * `GET /api/admin/submissions/:ticket/history`.
 *
 * @example
 * await app.request("/api/admin/submissions/KDI-2026-000001/history", { headers }); // 200 { history: [...] }
 */
export const submissionsHistory =
  (deps: { forms: FormsServices }): RouteHandler<typeof submissionsHistoryRoute, AdminEnv> =>
  async (c) => {
    const s = await ownTicket(c, deps.forms, c.req.valid("param").ticket);
    if (s instanceof Response) return s as never;
    return c.json({ history: await historyOf(deps.forms, s) }, 200);
  };
