import type { Context } from "hono";
import { canAccessOpd } from "../../auth/authorize.js";
import type { Handoff } from "../../forms/handoffs.js";
import type { FormsServices } from "../../forms/services.js";
import type { Submission } from "../../forms/submissions.js";
import { apiError } from "../errors.js";
import { refusal } from "../middleware/require-role.js";
import type { AdminEnv } from "./admin-route.js";

/**
 * The ticket an officer may work on, or the error reply: 404 for an unknown ticket, 403 for
 * another OPD's.
 *
 * @example
 * const s = await ownTicket(c, deps.forms, ticket); if (s instanceof Response) return s as never;
 */
export async function ownTicket(c: Context<AdminEnv>, forms: FormsServices, ticket: string): Promise<Submission | Response> {
  const s = await forms.submissions.get(ticket);
  if (!s) return apiError(c, 404, "not_found", "Tiket tidak ditemukan. (No such ticket.)");
  return canAccessOpd(c.get("apiKey"), s.opd) ? s : refusal(c, "forbidden");
}

/**
 * The handoff an officer may work on, or the error reply (404 unknown, 403 another OPD's).
 *
 * @example
 * const h = await ownHandoff(c, deps.forms, id); if (h instanceof Response) return h as never;
 */
export async function ownHandoff(c: Context<AdminEnv>, forms: FormsServices, id: string): Promise<Handoff | Response> {
  const h = await forms.handoffs.get(id);
  if (!h) return apiError(c, 404, "not_found", "Handoff tidak ditemukan. (No such handoff.)");
  return canAccessOpd(c.get("apiKey"), h.opd) ? h : refusal(c, "forbidden");
}

/** The audit actor as the inbox history stores it. */
export const actorOf = (c: Context<AdminEnv>) => ({ id: c.get("apiKey").id, name: c.get("apiKey").name });
