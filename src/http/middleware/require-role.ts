import type { Context, MiddlewareHandler } from "hono";
import { type ApiKey, type ApiKeyRepository, ROLES, type Role } from "../../auth/api-keys.js";
import { authorize, bearer, type Refusal } from "../../auth/authorize.js";
import { apiError } from "../errors.js";

/** Context variables set by `requireRole`: the authenticated key. */
export type KeyEnv = { Variables: { apiKey: ApiKey } };

const MESSAGES: Record<Refusal, string> = {
  unauthorized: "Kunci API tidak ada atau tidak berlaku. (Missing or invalid API key.)",
  forbidden: "Kunci API ini tidak berwenang untuk OPD atau tindakan ini. (Not allowed for this OPD or action.)",
};

/**
 * The error envelope for a refused caller: 401 `unauthorized` or 403 `forbidden`.
 *
 * @example
 * if (!canAccessOpd(key, h.opd)) return refusal(c, "forbidden");
 */
export function refusal(c: Context, why: Refusal) {
  return why === "unauthorized" ? apiError(c, 401, why, MESSAGES[why]) : apiError(c, 403, why, MESSAGES[why]);
}

/**
 * Authenticates `Authorization: Bearer <api key>` and checks the role before anything else runs
 * (in particular before a body is read or validated), then sets the key as `c.get("apiKey")`.
 * No or a revoked key → 401; a role not listed → 403. The options are checked when built.
 *
 * @example
 * app.openapi({ ...route, middleware: [requireRole(keys, "admin", "curator")] }, (c) => c.json({ by: c.get("apiKey").name }));
 */
export function requireRole(keys: Pick<ApiKeyRepository, "authenticate">, ...roles: Role[]): MiddlewareHandler<KeyEnv> {
  if (typeof keys?.authenticate !== "function") throw new TypeError("requireRole: an ApiKeyRepository is required");
  if (roles.length === 0) throw new TypeError("requireRole: name at least one role");
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length > 0) throw new TypeError(`requireRole: unknown role ${unknown.join(", ")} (roles: ${ROLES.join(", ")})`);
  const allowed: readonly Role[] = [...new Set(roles)];
  return async function requireRole(c, next) {
    const access = await authorize(keys, bearer(c), allowed);
    if (!access.ok) return refusal(c, access.refusal);
    c.set("apiKey", access.value);
    await next();
  };
}
