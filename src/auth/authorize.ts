import type { Context } from "hono";
import { apiError } from "../http/errors.js";
import type { ApiKey, ApiKeyRepository, Role } from "./api-keys.js";

/**
 * Reads `Authorization: Bearer <api key>` and checks the role. Returns the key, or the error
 * response to send: 401 without a valid key, 403 for a role that may not call the route.
 *
 * @example
 * const key = authorize(c, forms.apiKeys, ["admin", "operator"]);
 * if (key instanceof Response) return key;
 */
export function authorize(c: Context, keys: ApiKeyRepository, roles: readonly Role[]): ApiKey | Response {
  const secret = bearer(c);
  const key = secret ? keys.authenticate(secret) : null;
  if (!key) return apiError(c, 401, "unauthorized", "Kunci API tidak ada atau tidak berlaku. (Missing or invalid API key.)");
  if (!roles.includes(key.role)) return forbidden(c);
  return key;
}

/** Whether a key may work on an OPD's submissions and handoffs: admins all, operators their own. */
export function canAccessOpd(key: ApiKey, opd: string): boolean {
  return key.role === "admin" || (key.role === "operator" && key.opd === opd);
}

export function forbidden(c: Context): Response {
  return apiError(c, 403, "forbidden", "Kunci API ini tidak berwenang untuk OPD atau tindakan ini. (Not allowed for this OPD or action.)");
}

/** The token of `Authorization: Bearer <token>`, or null. */
export function bearer(c: Context): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "");
  return m?.[1] ?? null;
}

/**
 * The OPD a listing is limited to: the one asked for (if the key may see it), else the key's own.
 * Only an admin may list across all OPDs (returns null). Another OPD's data → 403.
 *
 * @example
 * const scope = listScope(c, key, c.req.query("opd")); if (scope instanceof Response) return scope;
 */
export function listScope(c: Context, key: ApiKey, requested: string | undefined): string | null | Response {
  const opd = requested ?? key.opd ?? null;
  if (opd === null) return key.role === "admin" ? null : forbidden(c);
  return canAccessOpd(key, opd) ? opd : forbidden(c);
}
