import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { canAccessOpd } from "../../auth/authorize.js";
import type { FormsServices } from "../../forms/services.js";
import { ftext } from "../../forms/texts.js";
import { handoffView } from "../../forms/views.js";
import type { ChannelName } from "../../notify/types.js";
import { maskOfficerText, maskPersonalData } from "../../privacy/mask.js";
import type { AppDeps } from "../app.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema, HandoffSchema } from "../forms-schemas.js";
import { refusal } from "../middleware/require-role.js";
import { actorOf } from "./admin-inbox-access.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

export const handoffsMessageRoute = createRoute({
  method: "post",
  path: "/api/admin/handoffs/{id}/messages",
  summary: "Reply in a handoff",
  request: {
    params: z.object({ id: z.string() }),
    headers: AuthHeaderSchema,
    body: { required: true, content: { "application/json": { schema: z.object({ text: z.string().trim().min(1).max(4000) }).strict() } } },
  },
  responses: {
    201: { description: "Sent", content: { "application/json": { schema: z.object({ handoff: HandoffSchema }) } } },
    401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    403: { description: "Another OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    404: { description: "Unknown handoff", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    409: { description: "Handoff closed", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  },
});

/**
 * `POST /api/admin/handoffs/:id/messages` {text}: an officer's reply, stored in the thread and
 * delivered to the citizen through the notifier, and recorded in the internal history with the
 * officer's name (`reply`). The text is not copied into the audit.
 *
 * @example
 * await app.request(`/api/admin/handoffs/${id}/messages`, { method: "POST", body: JSON.stringify({ text: "Halo, ada yang bisa dibantu?" }), headers }); // 201
 */
export const handoffsMessage =
  (deps: Pick<AppDeps, "index"> & { forms: FormsServices }): RouteHandler<typeof handoffsMessageRoute, AdminEnv> =>
  async (c) => {
    const { id } = c.req.valid("param");
    // NIK/KK numbers an officer pastes are masked before they are stored or sent.
    const text = maskOfficerText(c.req.valid("json").text);
    const h = await deps.forms.handoffs.get(id);
    if (!h) return apiError(c, 404, "not_found", "Handoff tidak ditemukan. (No such handoff.)");
    if (!canAccessOpd(c.get("apiKey"), h.opd)) return refusal(c, "forbidden") as never;
    if (h.status === "closed") return apiError(c, 409, "conflict", "Percakapan ini sudah ditutup. (This handoff is closed.)");
    // The thread may have closed since it was read (another officer, the citizen's "akhiri"): the
    // append checks again under the row lock, and a refused reply is neither recorded nor sent.
    const updated = await deps.forms.handoffs.addMessage(id, "operator", text);
    if (!updated) return apiError(c, 409, "conflict", "Percakapan ini sudah ditutup. (This handoff is closed.)");
    await deps.forms.handoffs.inbox.record("handoff", id, actorOf(c), "reply", maskPersonalData(text).text);
    noteAudit(c, id);
    const opdNama = deps.index
      .get()
      ?.documents()
      .find((d) => d.kind === "service" && d.meta.opd === h.opd)?.meta;
    const name = opdNama && "opd_nama" in opdNama ? opdNama.opd_nama : h.opd;
    await deps.forms.notifier.notify({
      channel: h.channel as ChannelName,
      userId: h.userKey,
      text: ftext("operator_message", "id", { opd_nama: name, text }),
      kind: "operator_message",
    });
    return c.json({ handoff: handoffView(updated) }, 201);
  };
