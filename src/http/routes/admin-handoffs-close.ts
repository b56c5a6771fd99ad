import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { canAccessOpd } from "../../auth/authorize.js";
import type { FormsServices } from "../../forms/services.js";
import { ftext } from "../../forms/texts.js";
import { handoffView } from "../../forms/views.js";
import type { ChannelName } from "../../notify/types.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema, HandoffSchema } from "../forms-schemas.js";
import { refusal } from "../middleware/require-role.js";
import { actorOf } from "./admin-inbox-access.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

export const handoffsCloseRoute = createRoute({
  method: "post",
  path: "/api/admin/handoffs/{id}/close",
  summary: "Close a handoff",
  request: { params: z.object({ id: z.string() }), headers: AuthHeaderSchema },
  responses: {
    200: { description: "Closed", content: { "application/json": { schema: z.object({ handoff: HandoffSchema }) } } },
    401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    403: { description: "Another OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    404: { description: "Unknown handoff", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  },
});

/**
 * `POST /api/admin/handoffs/:id/close`: ends the handoff; the bot answers the citizen again. Closing
 * an open handoff is recorded in the internal history with the officer's name (`close`) and the
 * citizen is told once, however many closes arrive at once; closing a closed handoff answers 200.
 *
 * @example
 * await app.request(`/api/admin/handoffs/${id}/close`, { method: "POST", headers }); // 200 { handoff: { status: "closed" } }
 */
export const handoffsClose =
  (deps: { forms: FormsServices }): RouteHandler<typeof handoffsCloseRoute, AdminEnv> =>
  async (c) => {
    const { id } = c.req.valid("param");
    const h = await deps.forms.handoffs.get(id);
    if (!h) return apiError(c, 404, "not_found", "Handoff tidak ditemukan. (No such handoff.)");
    if (!canAccessOpd(c.get("apiKey"), h.opd)) return refusal(c, "forbidden") as never;
    const result = await deps.forms.handoffs.close(id);
    if (!result) return apiError(c, 404, "not_found", "Handoff tidak ditemukan. (No such handoff.)");
    noteAudit(c, id);
    // Only the request whose update closed the thread records it and tells the citizen; a close
    // racing it (or of a closed thread) answers the same 200 with the closed thread.
    if (result.closed) {
      await deps.forms.handoffs.inbox.record("handoff", id, actorOf(c), "close");
      await deps.forms.notifier.notify({ channel: h.channel as ChannelName, userId: h.userKey, text: ftext("handoff_ended", "id"), kind: "handoff_closed" });
    }
    return c.json({ handoff: handoffView(result.handoff) }, 200);
  };
