/** @jsxImportSource hono/jsx */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AdminDeps } from "../../admin/deps.js";
import { reviewCsv, reviewGroups } from "../../admin/review.js";
import { computeStats, defaultRange, statsCsv } from "../../admin/stats.js";
import { listScope } from "../../auth/authorize.js";
import type { AppDeps, AppEnv } from "../app.js";
import type { LiveStreams } from "../live-streams.js";
import { registerConsoleActions } from "./actions.js";
import { AuditSection } from "./audit.js";
import { CorpusSection } from "./corpus.js";
import { CURATORS, EVERYONE, guard, html, OFFICERS } from "./guard.js";
import { registerInbox } from "./inbox-routes.js";
import { Layout, Notice } from "./layout.js";
import { OfficerSection } from "./officer.js";
import { Overview } from "./overview.js";
import { ReviewSection } from "./review.js";
import { registerReviewActions } from "./review-link.js";
import { StatsSection } from "./stats.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The server-rendered console under `/admin` (hono/jsx): sign-in, overview, corpus, review,
 * statistics, submissions and handoffs, audit log. Each page checks the role on the server.
 *
 * @example
 * if (deps.admin) registerConsole(app, { ...deps, admin: deps.admin });
 */
export function registerConsole(app: OpenAPIHono<AppEnv>, deps: AppDeps & { admin: AdminDeps; liveStreams?: LiveStreams }): void {
  const { admin } = deps;
  registerConsoleActions(app, admin);
  if (deps.forms) registerInbox(app, admin, deps.forms, deps.liveStreams);
  registerReviewActions(app, admin, deps.index);
  const notice = (q: Record<string, string>) => <Notice ok={q.ok} err={q.err} />;

  app.get("/admin", async (c) => {
    const key = await guard(c, admin.apiKeys, EVERYONE);
    if (key instanceof Response) return key;
    const index = deps.index.get();
    const curator = key.role !== "operator";
    return html(
      c,
      <Layout title="Ringkasan" apiKey={key}>
        {notice(c.req.query())}
        <Overview
          indexVersion={index?.version ?? null}
          chunkCount={index?.size ?? 0}
          documentCount={index?.documents().length ?? 0}
          channels={admin.channels?.() ?? []}
          job={await admin.jobs.latest()}
          canReindex={curator}
        />
        {curator ? <ReviewSection groups={await reviewGroups(admin.db)} limit={10} /> : null}
      </Layout>,
    );
  });

  app.get("/admin/korpus", async (c) => {
    const key = await guard(c, admin.apiKeys, CURATORS);
    if (key instanceof Response) return key;
    return html(
      c,
      <Layout title="Korpus" apiKey={key}>
        {notice(c.req.query())}
        <CorpusSection documents={deps.index.get()?.documents() ?? []} />
      </Layout>,
    );
  });

  app.get("/admin/tinjauan", async (c) => {
    const key = await guard(c, admin.apiKeys, CURATORS);
    if (key instanceof Response) return key;
    return html(
      c,
      <Layout title="Tinjauan" apiKey={key}>
        {notice(c.req.query())}
        <ReviewSection groups={await reviewGroups(admin.db)} />
      </Layout>,
    );
  });

  app.get("/admin/tinjauan.csv", async (c) => {
    const key = await guard(c, admin.apiKeys, CURATORS);
    if (key instanceof Response) return key;
    return c.body(reviewCsv(await reviewGroups(admin.db)), 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="review.csv"',
    });
  });

  const range = (q: Record<string, string>) => {
    const d = defaultRange();
    return { from: q.from && DAY.test(q.from) ? q.from : d.from, to: q.to && DAY.test(q.to) ? q.to : d.to };
  };
  app.get("/admin/statistik", async (c) => {
    const key = await guard(c, admin.apiKeys, CURATORS);
    if (key instanceof Response) return key;
    return html(
      c,
      <Layout title="Statistik" apiKey={key}>
        <StatsSection stats={await computeStats(admin.db, range(c.req.query()))} />
      </Layout>,
    );
  });

  app.get("/admin/statistik.csv", async (c) => {
    const key = await guard(c, admin.apiKeys, CURATORS);
    if (key instanceof Response) return key;
    return c.body(statsCsv(await computeStats(admin.db, range(c.req.query()))), 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="stats.csv"',
    });
  });

  app.get("/admin/layanan", async (c) => {
    const key = await guard(c, admin.apiKeys, OFFICERS);
    if (key instanceof Response) return key;
    const scope = listScope(key, undefined);
    if (!scope.ok) {
      return html(
        c,
        <Layout title="Tidak berwenang" apiKey={key}>
          <p role="alert">Kunci operator ini tidak terhubung ke OPD mana pun.</p>
        </Layout>,
        403,
      );
    }
    const filter = scope.value ? { opd: scope.value } : {};
    return html(
      c,
      <Layout title="Permohonan dan handoff" apiKey={key}>
        {deps.forms ? (
          <OfficerSection submissions={await deps.forms.submissions.list(filter)} handoffs={await deps.forms.handoffs.list(filter)} />
        ) : (
          <p>Layanan formulir tidak aktif.</p>
        )}
      </Layout>,
    );
  });

  app.get("/admin/audit", async (c) => {
    const key = await guard(c, admin.apiKeys, CURATORS);
    if (key instanceof Response) return key;
    return html(
      c,
      <Layout title="Log audit" apiKey={key}>
        <AuditSection entries={await admin.audit.list({ limit: 200 })} />
      </Layout>,
    );
  });
}
