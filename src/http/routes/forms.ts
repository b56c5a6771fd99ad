import type { OpenAPIHono } from "@hono/zod-openapi";
import type { FormsServices } from "../../forms/services.js";
import type { AppEnv, RouteDeps } from "../app.js";
import { registerFormsSubmit } from "./forms-submit.js";
import { registerSubmissionsGet } from "./submissions-get.js";

/**
 * Registers the citizen-facing forms and ticket routes (only when the forms services are present);
 * the officer routes (submissions, handoffs) are in the admin list, routes/admin.ts.
 *
 * @example
 * if (deps.forms) registerForms(app, { ...deps, forms: deps.forms });
 */
export function registerForms(app: OpenAPIHono<AppEnv>, deps: RouteDeps & { forms: FormsServices }): void {
  for (const register of [registerFormsSubmit, registerSubmissionsGet]) {
    register(app, deps);
  }
}
