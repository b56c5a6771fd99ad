import { maskOfficerText } from "../../privacy/mask.js";
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { canAccessOpd } from "../../auth/authorize.js";
import type { FormsServices } from "../../forms/services.js";
import { SUBMISSION_STATUSES } from "../../forms/submissions.js";
import { ftext, STATUS_NAMES } from "../../forms/texts.js";
import { officerView } from "../../forms/views.js";
import type { ChannelName } from "../../notify/types.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";
import { AuthHeaderSchema, OfficerSubmissionSchema } from "../forms-schemas.js";
import { refusal } from "../middleware/require-role.js";
import { type AdminEnv, noteAudit } from "./admin-route.js";

const CHANNELS: readonly string[] = ["web", "telegram", "whatsapp", "cli"] satisfies ChannelName[];

export const submissionsUpdateRoute = createRoute({
  method: "patch",
  path: "/api/admin/submissions/{ticket}",
  summary: "Change a submission's status",
  request: {
    params: z.object({ ticket: z.string() }),
    headers: AuthHeaderSchema,
    body: {
      required: true,
      content: { "application/json": { schema: z.object({ status: z.enum(SUBMISSION_STATUSES), note: z.string().max(2000).default("") }).strict() } },
    },
  },
  responses: {
    200: { description: "Updated", content: { "application/json": { schema: z.object({ submission: OfficerSubmissionSchema }) } } },
    401: { description: "No valid key", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    403: { description: "Another OPD", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    404: { description: "Unknown ticket", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
  },
});

/**
 * `PATCH /api/admin/submissions/:ticket` {status, note}: records the change in the history and
 * notifies the citizen on the channel they submitted from. The note is not copied into the audit.
 *
 * @example
 * await app.request("/api/admin/submissions/KDI-2026-000001", { method: "PATCH", body: JSON.stringify({ status: "diproses", note: "Berkas lengkap." }), headers }); // 200
 */
export const submissionsUpdate =
  (deps: { forms: FormsServices }): RouteHandler<typeof submissionsUpdateRoute, AdminEnv> =>
  async (c) => {
    const key = c.get("apiKey");
    const { ticket } = c.req.valid("param");
    const { status, note } = c.req.valid("json");
    const current = await deps.forms.submissions.get(ticket);
    if (!current) return apiError(c, 404, "not_found", "Tiket tidak ditemukan. (No such ticket.)");
    if (!canAccessOpd(key, current.opd)) return refusal(c, "forbidden") as never;
    const message = maskOfficerText(note.trim());
    const updated = await deps.forms.submissions.update(ticket, status, message, key.id);
    if (!updated) return apiError(c, 404, "not_found", "Tiket tidak ditemukan. (No such ticket.)");
    noteAudit(c, updated.ticket, { status });
    if (CHANNELS.includes(updated.channel)) {
      const text = ftext("status_change", "id", {
        ticket: updated.ticket,
        status: STATUS_NAMES[status].id,
        note: message ? ftext("status_note", "id", { note: message }) : "",
      });
      await deps.forms.notifier.notify({ channel: updated.channel as ChannelName, userId: updated.userKey, text, kind: "status_change" });
    }
    return c.json({ submission: officerView(updated) }, 200);
  };
