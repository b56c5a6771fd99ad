import type { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { ADMINS, CURATORS, OFFICERS } from "../../auth/api-keys.js";
import type { AppDeps, AppEnv } from "../app.js";
import { pdfLimitsFromEnv } from "../../pdf/extract.js";
import { limitBody } from "../middleware/body-limit.js";
import { requireRole } from "../middleware/require-role.js";
import { auditListRoute, auditList } from "./admin-audit-list.js";
import { corpusDelete, corpusDeleteRoute } from "./admin-corpus-delete.js";
import { corpusRegulationUpload, corpusRegulationUploadRoute } from "./admin-corpus-regulation-upload.js";
import { corpusServicePut, corpusServicePutRoute } from "./admin-corpus-service-put.js";
import { corpusStatus, corpusStatusRoute } from "./admin-corpus-status.js";
import { dataSubjectDelete, dataSubjectDeleteRoute } from "./admin-data-subject-delete.js";
import { handoffsClose, handoffsCloseRoute } from "./admin-handoffs-close.js";
import { handoffsList, handoffsListRoute } from "./admin-handoffs-list.js";
import { handoffsMessage, handoffsMessageRoute } from "./admin-handoffs-message.js";
import { jobsGet, jobsGetRoute } from "./admin-jobs-get.js";
import { reindex, reindexRoute } from "./admin-reindex.js";
import { reviewCsvExport, reviewCsvRoute } from "./admin-review-csv.js";
import { reviewList, reviewRoute } from "./admin-review.js";
import { reviewLink, reviewLinkRoute } from "./admin-review-link.js";
import { reviewOutOfScope, reviewOutOfScopeRoute } from "./admin-review-out-of-scope.js";
import { type AdminRouteEntry, adminRoute, auditTrail, withAdmin, withForms } from "./admin-route.js";
import { statsCsvExport, statsCsvRoute } from "./admin-stats-csv.js";
import { statsGet, statsRoute } from "./admin-stats.js";
import { submissionsList, submissionsListRoute } from "./admin-submissions-list.js";
import { submissionsUpdate, submissionsUpdateRoute } from "./admin-submissions-update.js";
import { cannedRepliesCreate, cannedRepliesCreateRoute } from "./admin-canned-replies-create.js";
import { cannedRepliesList, cannedRepliesListRoute } from "./admin-canned-replies-list.js";
import { handoffsAssign, handoffsAssignRoute } from "./admin-handoffs-assign.js";
import { inboxList, inboxListRoute } from "./admin-inbox-list.js";
import { submissionsAssign, submissionsAssignRoute } from "./admin-submissions-assign.js";
import { submissionsHistory, submissionsHistoryRoute } from "./admin-submissions-history.js";
import { submissionsNote, submissionsNoteRoute } from "./admin-submissions-note.js";
import { submissionsReveal, submissionsRevealRoute } from "./admin-submissions-reveal.js";

/**
 * Every `/api/admin/*` route, who may call it and what a change is audited as: the one access
 * table. Corpus, review and statistics need the console (`deps.admin`); submissions and handoffs
 * need the forms feature (`deps.forms`).
 */
export const ADMIN_ROUTES: readonly AdminRouteEntry[] = [
  adminRoute({ route: auditListRoute, roles: CURATORS, handler: withAdmin(auditList) }),
  adminRoute({
    route: corpusRegulationUploadRoute,
    roles: CURATORS,
    audit: "corpus.upload",
    handler: (deps) => (deps.admin ? corpusRegulationUpload(deps.admin, pdfLimitsFromEnv(deps.env)) : null),
  }),
  adminRoute({ route: corpusServicePutRoute, roles: CURATORS, audit: "corpus.service", handler: withAdmin(corpusServicePut) }),
  adminRoute({ route: corpusStatusRoute, roles: CURATORS, audit: "corpus.status", handler: withAdmin(corpusStatus) }),
  adminRoute({ route: corpusDeleteRoute, roles: CURATORS, audit: "corpus.delete", handler: withAdmin(corpusDelete) }),
  adminRoute({ route: reindexRoute, roles: CURATORS, audit: "reindex.start", handler: withAdmin(reindex) }),
  adminRoute({ route: jobsGetRoute, roles: CURATORS, handler: withAdmin(jobsGet) }),
  adminRoute({ route: reviewCsvRoute, roles: CURATORS, handler: withAdmin(reviewCsvExport) }),
  adminRoute({ route: reviewRoute, roles: CURATORS, handler: withAdmin(reviewList) }),
  adminRoute({ route: reviewLinkRoute, roles: CURATORS, audit: "review.link", handler: (deps) => (deps.admin ? reviewLink(deps.admin, deps.index) : null) }),
  adminRoute({ route: reviewOutOfScopeRoute, roles: CURATORS, audit: "review.out_of_scope", handler: withAdmin(reviewOutOfScope) }),
  adminRoute({ route: statsCsvRoute, roles: CURATORS, handler: withAdmin(statsCsvExport) }),
  adminRoute({ route: statsRoute, roles: CURATORS, handler: withAdmin(statsGet) }),
  adminRoute({ route: dataSubjectDeleteRoute, roles: ADMINS, audit: "data_subject.delete", handler: withAdmin(dataSubjectDelete) }),
  adminRoute({ route: submissionsListRoute, roles: OFFICERS, handler: withForms(submissionsList) }),
  adminRoute({ route: submissionsUpdateRoute, roles: OFFICERS, audit: "submission.status", handler: withForms(submissionsUpdate) }),
  adminRoute({ route: handoffsListRoute, roles: OFFICERS, handler: withForms(handoffsList) }),
  adminRoute({ route: handoffsMessageRoute, roles: OFFICERS, audit: "handoff.message", handler: withForms(handoffsMessage) }),
  adminRoute({ route: handoffsCloseRoute, roles: OFFICERS, audit: "handoff.close", handler: withForms(handoffsClose) }),
  adminRoute({ route: inboxListRoute, roles: OFFICERS, handler: withForms(inboxList) }),
  adminRoute({ route: submissionsHistoryRoute, roles: OFFICERS, handler: withForms(submissionsHistory) }),
  adminRoute({ route: submissionsNoteRoute, roles: OFFICERS, audit: "submission.note", handler: withForms(submissionsNote) }),
  adminRoute({ route: submissionsAssignRoute, roles: OFFICERS, audit: "submission.assign", handler: withForms(submissionsAssign) }),
  adminRoute({ route: submissionsRevealRoute, roles: OFFICERS, audit: "submission.reveal", handler: withForms(submissionsReveal) }),
  adminRoute({ route: handoffsAssignRoute, roles: OFFICERS, audit: "handoff.assign", handler: withForms(handoffsAssign) }),
  adminRoute({ route: cannedRepliesListRoute, roles: OFFICERS, handler: withForms(cannedRepliesList) }),
  adminRoute({ route: cannedRepliesCreateRoute, roles: OFFICERS, audit: "canned_reply.create", handler: withForms(cannedRepliesCreate) }),
];

/**
 * Registers the admin API from ADMIN_ROUTES. Each route's chain is: requireRole (before any body
 * is read) → the body limit → the audit trail (changes only, when the console's audit log exists)
 * → validation → handler. A route whose feature is off is not served.
 *
 * @example
 * registerAdmin(app, deps);
 */
export function registerAdmin(app: OpenAPIHono<AppEnv>, deps: AppDeps, routes: readonly AdminRouteEntry[] = ADMIN_ROUTES): void {
  const keys = deps.admin?.apiKeys ?? deps.forms?.apiKeys;
  if (!keys) return;
  // Corpus uploads (PDFs) get their own, larger limit.
  const [small, upload] = [limitBody(deps.env.MAX_BODY_BYTES), limitBody(deps.env.MAX_UPLOAD_BYTES)];
  for (const entry of routes) {
    const handler = entry.bind(deps);
    if (!handler) continue;
    const bodyLimit = entry.route.path.startsWith("/api/admin/corpus/") ? upload : small;
    const middleware: MiddlewareHandler[] = [requireRole(keys, ...entry.roles) as MiddlewareHandler, bodyLimit];
    if (entry.audit && deps.admin) middleware.push(auditTrail(deps.admin.audit, entry.audit) as MiddlewareHandler);
    app.openapi({ ...entry.route, middleware }, handler as never);
  }
}
