import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AdminDeps } from "../../admin/deps.js";
import { bearer } from "../../auth/authorize.js";
import type { AppEnv } from "../app.js";

/** Which existing officer routes are audited, and as what. */
const AUDITED: Array<{ method: string; pattern: RegExp; action: string }> = [
  { method: "PATCH", pattern: /^\/api\/admin\/submissions\/([^/]+)$/, action: "submission.status" },
  { method: "POST", pattern: /^\/api\/admin\/handoffs\/([^/]+)\/messages$/, action: "handoff.message" },
  { method: "POST", pattern: /^\/api\/admin\/handoffs\/([^/]+)\/close$/, action: "handoff.close" },
];

async function details(c: Context, action: string): Promise<Record<string, unknown>> {
  if (action !== "submission.status") return {};
  try {
    const body = (await c.req.json()) as { status?: unknown };
    return typeof body.status === "string" ? { status: body.status } : {};
  } catch {
    return {};
  }
}

/**
 * Audits the forms feature's officer actions (submission status changes, handoff replies and
 * closes) after they succeed. Message texts and notes are not copied into the log. Register it
 * before the forms routes.
 *
 * @example
 * registerFormsAudit(app, admin); registerForms(app, deps);
 */
export function registerFormsAudit(app: OpenAPIHono<AppEnv>, admin: AdminDeps): void {
  app.use("/api/admin/*", async function auditOfficerActions(c, next) {
    await next();
    const rule = AUDITED.find((r) => r.method === c.req.method && r.pattern.test(c.req.path));
    if (!rule || c.res.status >= 300) return;
    const secret = bearer(c);
    const key = secret ? admin.apiKeys.authenticate(secret) : null;
    if (!key) return;
    const target = decodeURIComponent(rule.pattern.exec(c.req.path)![1]!);
    admin.audit.record(key, rule.action, rule.action.startsWith("submission") ? target.toUpperCase() : target, await details(c, rule.action));
  });
}
