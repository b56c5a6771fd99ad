import type { RouteConfig, RouteHandler } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import type { AdminDeps } from "../../admin/deps.js";
import type { AuditLog } from "../../admin/audit.js";
import type { Role } from "../../auth/api-keys.js";
import type { FormsServices } from "../../forms/services.js";
import type { AppDeps, AppEnv } from "../app.js";
import type { KeyEnv } from "../middleware/require-role.js";

/** What a mutating admin handler tells the audit trail: the target and non-personal details. */
export interface AuditNote {
  target: string;
  details?: Record<string, unknown>;
}

/** The context of an admin handler: the request id, the authenticated key and the audit note. */
export type AdminEnv = { Variables: AppEnv["Variables"] & KeyEnv["Variables"] & { audit?: AuditNote } };

/** One admin route: its OpenAPI route, who may call it, its audit action, and its handler. */
export interface AdminRouteEntry {
  route: RouteConfig;
  roles: readonly Role[];
  /** The audit action written after a 2xx reply; required for every method but GET. */
  audit?: string;
  /** The handler over the app's dependencies, or null when the feature it needs is off. */
  bind: (deps: AppDeps) => RouteHandler<RouteConfig, AdminEnv> | null;
}

/**
 * Declares an admin route (checked when built: roles given, a path under /api/admin/, an audit
 * action for every change). The route and handler types are tied here, so the list stays typed.
 *
 * @example
 * adminRoute({ route: jobsGetRoute, roles: CURATORS, handler: withAdmin(jobsGet) })
 */
export function adminRoute<R extends RouteConfig>(def: {
  route: R;
  roles: readonly Role[];
  audit?: string;
  handler: (deps: AppDeps) => RouteHandler<R, AdminEnv> | null;
}): AdminRouteEntry {
  const name = `${def.route.method.toUpperCase()} ${def.route.path}`;
  if (def.roles.length === 0) throw new TypeError(`${name}: no roles`);
  if (!def.route.path.startsWith("/api/admin/")) throw new TypeError(`${name}: admin routes live under /api/admin/`);
  if (def.route.method !== "get" && !def.audit) throw new TypeError(`${name}: a change needs an audit action`);
  return { route: def.route, roles: def.roles, ...(def.audit ? { audit: def.audit } : {}), bind: def.handler as AdminRouteEntry["bind"] };
}

/**
 * A handler that needs the admin dependencies (served only with the console enabled).
 *
 * @example
 * handler: withAdmin((admin) => async (c) => c.json({ entries: await admin.audit.list() }, 200))
 */
export function withAdmin<H>(fn: (admin: AdminDeps) => H): (deps: AppDeps) => H | null {
  return (deps) => (deps.admin ? fn(deps.admin) : null);
}

/**
 * A handler that needs the forms services (submissions, handoffs).
 *
 * @example
 * handler: withForms((deps) => async (c) => c.json({ handoffs: await deps.forms.handoffs.list({}) }, 200))
 */
export function withForms<H>(fn: (deps: AppDeps & { forms: FormsServices }) => H): (deps: AppDeps) => H | null {
  return (deps) => (deps.forms ? fn({ ...deps, forms: deps.forms }) : null);
}

/**
 * Records what a mutating handler changed; the audit trail writes it after a 2xx reply.
 *
 * @example
 * noteAudit(c, id, { jobId: job.id });
 */
export function noteAudit(c: Context<AdminEnv>, target: string, details: Record<string, unknown> = {}): void {
  c.set("audit", { target, details });
}

/**
 * The one writer of audit rows for admin API changes: after the handler, a 2xx reply is recorded
 * with the caller's key, the route's action and the handler's note. Refused or failed calls are not.
 *
 * @example
 * app.openapi({ ...route, middleware: [requireRole(keys, "admin"), auditTrail(admin.audit, "reindex.start")] }, handler);
 */
export function auditTrail(audit: Pick<AuditLog, "record">, action: string): MiddlewareHandler<AdminEnv> {
  if (!action) throw new TypeError("auditTrail: an action is required");
  return async function auditTrail(c, next) {
    await next();
    if (c.res.status < 200 || c.res.status >= 300) return;
    const note = c.get("audit");
    await audit.record(c.get("apiKey"), action, note?.target ?? "", note?.details ?? {});
  };
}
