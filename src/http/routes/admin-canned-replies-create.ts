import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { listScope } from "../../auth/authorize.js";
import type { FormsServices } from "../../forms/services.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { refusal } from "../middleware/require-role.js";
import { CannedReplySchema } from "./admin-canned-replies-list.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

export const cannedRepliesCreateRoute = createRoute({
  method: "post",
  path: "/api/admin/canned-replies",
  summary: "Add a canned handoff reply for an OPD",
  request: {
    headers: AuthHeaderSchema,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.object({ opd: z.string().optional(), title: z.string().trim().min(1).max(80), text: z.string().trim().min(1).max(2000) }).strict(),
        },
      },
    },
  },
  responses: {
    201: { description: "Added", content: { "application/json": { schema: z.object({ reply: CannedReplySchema }) } } },
    400: { description: "Invalid, or an admin did not name the OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    403: { description: "Another OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  },
});

/**
 * `POST /api/admin/canned-replies` {opd?, title, text}: for the operator's own OPD (an admin names one).
 *
 * @example
 * await app.request("/api/admin/canned-replies", { method: "POST", body: JSON.stringify({ title: "Salam", text: "Selamat pagi, ada yang bisa kami bantu?" }), headers }); // 201
 */
export const cannedRepliesCreate =
  (deps: { forms: FormsServices }): RouteHandler<typeof cannedRepliesCreateRoute, AdminEnv> =>
  async (c) => {
    const body = c.req.valid("json");
    const scope = listScope(c.get("apiKey"), body.opd);
    if (!scope.ok) return refusal(c, scope.refusal) as never;
    if (!scope.value) return apiError(c, 400, "invalid_request", "Sebutkan OPD. (Name the OPD.)", { opd: "required for an admin" });
    const reply = await deps.forms.handoffs.inbox.addCannedReply(scope.value, body.title, body.text);
    noteAudit(c, String(reply.id), { opd: reply.opd });
    return c.json({ reply }, 201);
  };
