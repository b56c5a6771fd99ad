import type { OpenAPIHono } from "@hono/zod-openapi";
import type { FormsServices } from "../../forms/services.js";
import type { AppEnv, RouteDeps } from "../app.js";
import { registerAdminHandoffsClose } from "./admin-handoffs-close.js";
import { registerAdminHandoffsList } from "./admin-handoffs-list.js";
import { registerAdminHandoffsMessage } from "./admin-handoffs-message.js";
import { registerAdminSubmissionsList } from "./admin-submissions-list.js";
import { registerAdminSubmissionsUpdate } from "./admin-submissions-update.js";
import { registerFormsSubmit } from "./forms-submit.js";
import { registerSubmissionsGet } from "./submissions-get.js";

/**
 * Registers the forms, tickets and handoff routes (only when the forms services are present).
 *
 * @example
 * if (deps.forms) registerForms(app, { ...deps, forms: deps.forms });
 */
export function registerForms(app: OpenAPIHono<AppEnv>, deps: RouteDeps & { forms: FormsServices }): void {
  for (const register of [
    registerFormsSubmit,
    registerSubmissionsGet,
    registerAdminSubmissionsList,
    registerAdminSubmissionsUpdate,
    registerAdminHandoffsList,
    registerAdminHandoffsMessage,
    registerAdminHandoffsClose,
  ]) {
    register(app, deps);
  }
}
