import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { authorize, canAccessOpd, forbidden } from "../../auth/authorize.js";
import type { FormsServices } from "../../forms/services.js";
import { SUBMISSION_STATUSES } from "../../forms/submissions.js";
import { ftext, STATUS_NAMES } from "../../forms/texts.js";
import { officerView } from "../../forms/views.js";
import type { ChannelName } from "../../notify/types.js";
import type { AppDeps, AppEnv } from "../app.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema, OfficerSubmissionSchema } from "../forms-schemas.js";

const CHANNELS: readonly string[] = ["web", "telegram", "whatsapp", "cli"] satisfies ChannelName[];

/**
 * `PATCH /api/admin/submissions/:ticket` {status, note}: records the change in the history and
 * notifies the citizen on the channel they submitted from.
 *
 * @example
 * await app.request("/api/admin/submissions/KDI-2026-000001", { method: "PATCH", body: JSON.stringify({ status: "diproses", note: "Berkas lengkap." }), headers }); // 200
 */
export function registerAdminSubmissionsUpdate(app: OpenAPIHono<AppEnv>, deps: AppDeps & { forms: FormsServices }): void {
  const route = createRoute({
    method: "patch",
    path: "/api/admin/submissions/{ticket}",
    summary: "Change a submission's status",
    request: {
      params: z.object({ ticket: z.string() }),
      headers: AuthHeaderSchema,
      body: { required: true, content: { "application/json": { schema: z.object({ status: z.enum(SUBMISSION_STATUSES), note: z.string().max(2000).default("") }).strict() } } },
    },
    responses: {
      200: { description: "Updated", content: { "application/json": { schema: z.object({ submission: OfficerSubmissionSchema }) } } },
      401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
      403: { description: "Another OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
      404: { description: "Unknown ticket", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    },
  });
  app.openapi(route, async (c) => {
    const key = authorize(c, deps.forms.apiKeys, ["admin", "operator"]);
    if (key instanceof Response) return key as never;
    const { ticket } = c.req.valid("param");
    const { status, note } = c.req.valid("json");
    const current = deps.forms.submissions.get(ticket);
    if (!current) return apiError(c, 404, "not_found", "Tiket tidak ditemukan. (No such ticket.)");
    if (!canAccessOpd(key, current.opd)) return forbidden(c) as never;
    const updated = deps.forms.submissions.update(ticket, status, note.trim(), key.id);
    if (!updated) return apiError(c, 404, "not_found", "Tiket tidak ditemukan. (No such ticket.)");
    if (CHANNELS.includes(updated.channel)) {
      const text = ftext("status_change", "id", {
        ticket: updated.ticket,
        status: STATUS_NAMES[status].id,
        note: note.trim() ? ftext("status_note", "id", { note: note.trim() }) : "",
      });
      await deps.forms.notifier.notify({ channel: updated.channel as ChannelName, userId: updated.userKey, text, kind: "status_change" });
    }
    return c.json({ submission: officerView(updated) }, 200);
  });
}
