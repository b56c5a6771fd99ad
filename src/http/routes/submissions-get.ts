import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { timingSafeEqual } from "node:crypto";
import { bearer } from "../../auth/authorize.js";
import type { FormsServices } from "../../forms/services.js";
import { citizenView } from "../../forms/views.js";
import { sha256 } from "../../privacy/crypto.js";
import type { AppDeps, AppEnv } from "../app.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema, SubmissionViewSchema } from "../forms-schemas.js";

/**
 * `GET /api/submissions/:ticket` with `Authorization: Bearer <submitterToken>`. A wrong or missing
 * token gets the same 404 as an unknown ticket: nothing reveals that a ticket exists.
 *
 * @example
 * await app.request("/api/submissions/KDI-2026-000001", { headers: { authorization: `Bearer ${token}` } }); // 200
 */
export function registerSubmissionsGet(app: OpenAPIHono<AppEnv>, deps: AppDeps & { forms: FormsServices }): void {
  const route = createRoute({
    method: "get",
    path: "/api/submissions/{ticket}",
    summary: "A submission, for its submitter",
    request: { params: z.object({ ticket: z.string().openapi({ example: "KDI-2026-000123" }) }), headers: AuthHeaderSchema },
    responses: {
      200: {
        description: "The submission (personal numbers masked)",
        content: { "application/json": { schema: z.object({ submission: SubmissionViewSchema }) } },
      },
      404: { description: "Unknown ticket or wrong token", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    },
  });
  app.openapi(route, async (c) => {
    const { ticket } = c.req.valid("param");
    const token = bearer(c);
    const sub = await deps.forms.submissions.get(ticket);
    const given = Buffer.from(sha256(token ?? ""), "hex");
    const ok = sub !== null && token !== null && timingSafeEqual(given, Buffer.from(sub.submitterTokenHash, "hex"));
    if (!sub || !ok) return apiError(c, 404, "not_found", "Tiket tidak ditemukan. (No such ticket.)");
    return c.json({ submission: citizenView(sub) }, 200);
  });
}
