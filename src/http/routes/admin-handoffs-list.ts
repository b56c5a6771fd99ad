import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { listScope } from "../../auth/authorize.js";
import type { FormsServices } from "../../forms/services.js";
import { handoffView } from "../../forms/views.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema, HandoffSchema } from "../forms-schemas.js";
import { refusal } from "../middleware/require-role.js";
import type { AdminEnv } from "./admin-route.js";

export const handoffsListRoute = createRoute({
  method: "get",
  path: "/api/admin/handoffs",
  summary: "Handoffs of an OPD",
  request: { query: z.object({ opd: z.string().optional(), status: z.enum(["open", "closed"]).optional() }), headers: AuthHeaderSchema },
  responses: {
    200: { description: "Handoffs, newest first", content: { "application/json": { schema: z.object({ handoffs: z.array(HandoffSchema) }) } } },
    401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    403: { description: "Another OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  },
});

/**
 * `GET /api/admin/handoffs?opd=&status=`: conversations waiting for (or handled by) an OPD's service desk.
 *
 * @example
 * await app.request("/api/admin/handoffs?status=open", { headers: { authorization: `Bearer ${key}` } }); // 200 { handoffs }
 */
export const handoffsList =
  (deps: { forms: FormsServices }): RouteHandler<typeof handoffsListRoute, AdminEnv> =>
  async (c) => {
    const q = c.req.valid("query");
    const scope = listScope(c.get("apiKey"), q.opd);
    if (!scope.ok) return refusal(c, scope.refusal) as never;
    const handoffs = await deps.forms.handoffs.list({ ...(scope.value ? { opd: scope.value } : {}), ...(q.status ? { status: q.status } : {}) });
    return c.json({ handoffs: handoffs.map(handoffView) }, 200);
  };
