import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { listScope } from "../../auth/authorize.js";
import { INBOX_STATUSES, inboxItems } from "../../forms/inbox-list.js";
import type { FormsServices } from "../../forms/services.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema } from "../forms-schemas.js";
import { refusal } from "../middleware/require-role.js";
import type { AdminEnv } from "./admin-route.js";

export const InboxItemSchema = z
  .object({
    kind: z.enum(["submission", "handoff"]),
    id: z.string(),
    opd: z.string(),
    serviceId: z.string().nullable(),
    channel: z.string(),
    status: z.enum(INBOX_STATUSES),
    assignee: z.string().nullable(),
    waiting: z.boolean(),
    preview: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("InboxItem");

export const inboxListRoute = createRoute({
  method: "get",
  path: "/api/admin/inbox",
  summary: "The officers' inbox: tickets and handoffs in one list",
  request: {
    query: z.object({ opd: z.string().optional(), status: z.enum(INBOX_STATUSES).optional(), service: z.string().optional(), channel: z.string().optional() }),
    headers: AuthHeaderSchema,
  },
  responses: {
    200: {
      description: "Unassigned first, then most recently active",
      content: { "application/json": { schema: z.object({ items: z.array(InboxItemSchema), waiting: z.number().int() }) } },
    },
    401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    403: { description: "Another OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  },
});

/**
 * `GET /api/admin/inbox?status=&service=&channel=`: an operator's OPD (an admin: all, or `opd=`).
 * `waiting` counts the items waiting for an officer (the console shows it in the page title).
 *
 * @example
 * await app.request("/api/admin/inbox?channel=telegram", { headers }); // 200 { items: [...], waiting: 2 }
 */
export const inboxList =
  (deps: { forms: FormsServices }): RouteHandler<typeof inboxListRoute, AdminEnv> =>
  async (c) => {
    const q = c.req.valid("query");
    const scope = listScope(c.get("apiKey"), q.opd);
    if (!scope.ok) return refusal(c, scope.refusal) as never;
    const items = await inboxItems(deps.forms, { opd: scope.value, status: q.status, serviceId: q.service, channel: q.channel });
    return c.json({ items, waiting: items.filter((i) => i.waiting).length }, 200);
  };
