import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { listScope } from "../../auth/authorize.js";
import type { FormsServices } from "../../forms/services.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { refusal } from "../middleware/require-role.js";
import type { AdminEnv } from "./admin-route.js";

export const CannedReplySchema = z.object({ id: z.number().int(), opd: z.string(), title: z.string(), text: z.string() }).openapi("CannedReply");

export const cannedRepliesListRoute = createRoute({
  method: "get",
  path: "/api/admin/canned-replies",
  summary: "Canned handoff replies of an OPD",
  request: { query: z.object({ opd: z.string().optional() }), headers: AuthHeaderSchema },
  responses: {
    200: { description: "By title", content: { "application/json": { schema: z.object({ replies: z.array(CannedReplySchema) }) } } },
    400: { description: "An admin must name the OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    403: { description: "Another OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  },
});

/**
 * `GET /api/admin/canned-replies?opd=`: an operator's own OPD by default; an admin names one.
 *
 * @example
 * await app.request("/api/admin/canned-replies", { headers }); // 200 { replies: [{ id: 1, opd: "disdukcapil", title: "Salam", text: "..." }] }
 */
export const cannedRepliesList =
  (deps: { forms: FormsServices }): RouteHandler<typeof cannedRepliesListRoute, AdminEnv> =>
  async (c) => {
    const scope = listScope(c.get("apiKey"), c.req.valid("query").opd);
    if (!scope.ok) return refusal(c, scope.refusal) as never;
    if (!scope.value) return apiError(c, 400, "invalid_request", "Sebutkan OPD (?opd=). (Name the OPD.)");
    return c.json({ replies: await deps.forms.handoffs.inbox.cannedReplies(scope.value) }, 200);
  };
