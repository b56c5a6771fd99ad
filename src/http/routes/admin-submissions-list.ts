import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { listScope } from "../../auth/authorize.js";
import type { FormsServices } from "../../forms/services.js";
import { SUBMISSION_STATUSES } from "../../forms/submissions.js";
import { officerView } from "../../forms/views.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema, OfficerSubmissionSchema } from "../forms-schemas.js";
import { refusal } from "../middleware/require-role.js";
import type { AdminEnv } from "./admin-route.js";

export const submissionsListRoute = createRoute({
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

/**
 * `GET /api/admin/submissions?opd=&status=`: an operator sees its own OPD (the default), an admin any.
 *
 * @example
 * await app.request("/api/admin/submissions?opd=disdukcapil", { headers: { authorization: `Bearer ${key}` } }); // 200 { submissions }
 */
export const submissionsList =
  (deps: { forms: FormsServices }): RouteHandler<typeof submissionsListRoute, AdminEnv> =>
  async (c) => {
    const q = c.req.valid("query");
    const scope = listScope(c.get("apiKey"), q.opd);
    if (!scope.ok) return refusal(c, scope.refusal) as never;
    const submissions = await deps.forms.submissions.list({ ...(scope.value ? { opd: scope.value } : {}), ...(q.status ? { status: q.status } : {}) });
    return c.json({ submissions: submissions.map(officerView) }, 200);
  };
