import type { ApiKey, ApiKeyRepository, Role } from "./api-keys.js";

/** Why a caller was refused: no valid key (401) or a key that may not do this (403). */
export type Refusal = "unauthorized" | "forbidden";

/** The outcome of an access check; the HTTP layer turns a refusal into its error envelope. */
export type Access<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

const refuse = (refusal: Refusal): { ok: false; refusal: Refusal } => ({ ok: false, refusal });

/**
 * Checks a presented secret and the role: the active key, or why it is refused (no or a revoked
 * key → `unauthorized`, a role not in `roles` → `forbidden`).
 *
 * @example
 * const access = await authorize(keys, bearerToken(req.headers.get("authorization")), ["admin", "operator"]);
 * if (access.ok) access.value.role // "operator"
 */
export async function authorize(keys: Pick<ApiKeyRepository, "authenticate">, secret: string | null, roles: readonly Role[]): Promise<Access<ApiKey>> {
  const key = secret ? await keys.authenticate(secret) : null;
  if (!key) return refuse("unauthorized");
  return roles.includes(key.role) ? { ok: true, value: key } : refuse("forbidden");
}

/**
 * Whether a key may work on an OPD's submissions and handoffs: admins all, operators their own.
 *
 * @example
 * canAccessOpd({ role: "operator", opd: "disdukcapil", … }, "dinsos") // false
 */
export function canAccessOpd(key: Pick<ApiKey, "role" | "opd">, opd: string): boolean {
  return key.role === "admin" || (key.role === "operator" && key.opd === opd);
}

/**
 * The OPD a listing is limited to: the one asked for (if the key may see it), else the key's own.
 * Only an admin may list across all OPDs (`value: null`). Another OPD's data, or an operator
 * without an OPD → `forbidden`. The one operator scope rule: the API and the console both use it.
 *
 * @example
 * const scope = listScope(key, c.req.query("opd"));
 * const filter = scope.ok && scope.value ? { opd: scope.value } : {};
 */
export function listScope(key: Pick<ApiKey, "role" | "opd">, requested: string | undefined): Access<string | null> {
  const opd = requested ?? key.opd ?? null;
  if (opd === null) return key.role === "admin" ? { ok: true, value: null } : refuse("forbidden");
  return canAccessOpd(key, opd) ? { ok: true, value: opd } : refuse("forbidden");
}

/**
 * The token of an `Authorization: Bearer <token>` header value, or null.
 *
 * @example
 * bearerToken("Bearer lt_abc") // "lt_abc"
 */
export function bearerToken(header: string | null | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  return m?.[1] ?? null;
}

/**
 * The bearer token of a request context (anything with `req.header(name)`, e.g. a Hono Context).
 *
 * @example
 * const token = bearer(c);
 */
export function bearer(c: { req: { header(name: string): string | undefined } }): string | null {
  return bearerToken(c.req.header("authorization"));
}
