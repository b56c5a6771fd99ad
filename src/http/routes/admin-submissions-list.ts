import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { authorize, listScope } from "../../auth/authorize.js";
import type { FormsServices } from "../../forms/services.js";
import { SUBMISSION_STATUSES } from "../../forms/submissions.js";
import { officerView } from "../../forms/views.js";
import type { AppDeps, AppEnv } from "../app.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema, OfficerSubmissionSchema } from "../forms-schemas.js";

/**
 * `GET /api/admin/submissions?opd=&status=`: an operator sees its own OPD (the default), an admin any.
 *
 * @example
 * await app.request("/api/admin/submissions?opd=disdukcapil", { headers: { authorization: `Bearer ${key}` } }); // 200 { submissions }
 */
export function registerAdminSubmissionsList(app: OpenAPIHono<AppEnv>, deps: AppDeps & { forms: FormsServices }): void {
  const route = createRoute({
    method: "get",
    path: "/api/admin/submissions",
    summary: "Submissions of an OPD",
    request: { query: z.object({ opd: z.string().optional(), status: z.enum(SUBMISSION_STATUSES).optional() }), headers: AuthHeaderSchema },
    responses: {
      200: { description: "Submissions, newest first", content: { "application/json": { schema: z.object({ submissions: z.array(OfficerSubmissionSchema) }) } } },
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
    const submissions = deps.forms.submissions.list({ ...(opd ? { opd } : {}), ...(q.status ? { status: q.status } : {}) });
    return c.json({ submissions: submissions.map(officerView) }, 200);
  });
}
