import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { authorize, listScope } from "../../auth/authorize.js";
import type { FormsServices } from "../../forms/services.js";
import { handoffView } from "../../forms/views.js";
import type { AppDeps, AppEnv } from "../app.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema, HandoffSchema } from "../forms-schemas.js";

/**
 * `GET /api/admin/handoffs?opd=&status=`: conversations waiting for (or handled by) an OPD's service desk.
 *
 * @example
 * await app.request("/api/admin/handoffs?status=open", { headers: { authorization: `Bearer ${key}` } }); // 200 { handoffs }
 */
export function registerAdminHandoffsList(app: OpenAPIHono<AppEnv>, deps: AppDeps & { forms: FormsServices }): void {
  const route = createRoute({
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
  app.openapi(route, (c) => {
    const key = authorize(c, deps.forms.apiKeys, ["admin", "operator"]);
    if (key instanceof Response) return key as never;
    const q = c.req.valid("query");
    const opd = listScope(c, key, q.opd);
    if (opd instanceof Response) return opd as never;
    const handoffs = deps.forms.handoffs.list({ ...(opd ? { opd } : {}), ...(q.status ? { status: q.status } : {}) });
    return c.json({ handoffs: handoffs.map(handoffView) }, 200);
  });
}
