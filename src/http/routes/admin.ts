import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import type { AppEnv } from "../app.js";
import { registerAdminAuditList } from "./admin-audit-list.js";
import { registerAdminCorpusDelete } from "./admin-corpus-delete.js";
import { registerAdminCorpusRegulationUpload } from "./admin-corpus-regulation-upload.js";
import { registerAdminCorpusServicePut } from "./admin-corpus-service-put.js";
import { registerAdminCorpusStatus } from "./admin-corpus-status.js";
import { registerAdminDataSubjectDelete } from "./admin-data-subject-delete.js";
import { registerFormsAudit } from "./admin-forms-audit.js";
import { registerAdminJobsGet } from "./admin-jobs-get.js";
import { registerAdminReindex } from "./admin-reindex.js";
import { registerAdminReviewCsv } from "./admin-review-csv.js";
import { registerAdminReview } from "./admin-review.js";
import { registerAdminStatsCsv } from "./admin-stats-csv.js";
import { registerAdminStats } from "./admin-stats.js";

/**
 * Registers the curator/operator console API (only when `deps.admin` is present). Call it before
 * the forms routes so their officer actions are audited.
 *
 * @example
 * if (deps.admin) registerAdmin(app, deps.admin);
 */
export function registerAdmin(app: OpenAPIHono<AppEnv>, admin: AdminDeps): void {
  for (const register of [
    registerFormsAudit,
    registerAdminAuditList,
    registerAdminCorpusRegulationUpload,
    registerAdminCorpusServicePut,
    registerAdminCorpusStatus,
    registerAdminCorpusDelete,
    registerAdminReindex,
    registerAdminJobsGet,
    registerAdminReviewCsv,
    registerAdminReview,
    registerAdminStatsCsv,
    registerAdminStats,
    registerAdminDataSubjectDelete,
  ]) {
    register(app, admin);
  }
}
