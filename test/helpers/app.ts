import { join } from "node:path";
import { runIngest } from "../../ingest/run.js";
import { createAdminDeps } from "../../src/admin/deps.js";
import { loadEnv } from "../../src/config/env.js";
import { DbFeedbackStore } from "../../src/feedback/store.js";
import { createApp, type RouteRegistrar } from "../../src/http/app.js";
import { createServices, type ServiceOverrides } from "../../src/services.js";
import { openDatabase } from "../../src/store/database.js";
import { embedder, HNSW, tempWorkspace } from "./corpus.js";

/**
 * A real service over a private copy of the corpus: index built in a temp dir, in-memory database,
 * the real Hono app. Tests call `app.request(...)` and assert what a client sees.
 *
 * @example
 * const t = await testApp(); const res = await t.app.request("/healthz"); t.cleanup();
 */
export async function testApp(
  env: Record<string, string> = {},
  overrides: ServiceOverrides = {},
  options: { routes?: RouteRegistrar[]; admin?: boolean } = {},
) {
  const ws = tempWorkspace();
  await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW });
  const config = loadEnv({
    DATA_DIR: join(ws.root, "data"),
    CORPUS_DIR: ws.corpus,
    LOCAL_EMBEDDER_DIMENSIONS: "256",
    HNSW_EF_CONSTRUCTION: "100",
    HNSW_EF_SEARCH: "64",
    ...env,
  });
  const services = createServices(config, { db: openDatabase(":memory:"), embedder, ...overrides });
  services.index.reload();
  // `admin: true` adds the console and admin API; re-index jobs run the real incremental ingest.
  const admin = options.admin
    ? createAdminDeps({
        db: services.db,
        apiKeys: services.apiKeys,
        corpusDir: ws.corpus,
        reindex: async (onProgress) => {
          const r = await runIngest({ corpusDir: ws.corpus, indexDir: services.paths.index, embedder, hnsw: HNSW, onProgress });
          return { counts: { ...r.counts }, problems: r.problems, version: r.version, chunkCount: r.chunkCount };
        },
        reload: () => services.index.reload(),
        ...(services.forms ? { crypto: services.forms.crypto } : {}),
        retentionDays: config.RETENTION_DAYS,
      })
    : undefined;
  const app = createApp(
    {
      env: config,
      engine: services.engine,
      index: services.index,
      feedback: new DbFeedbackStore(services.db),
      ...(services.forms ? { forms: services.forms } : {}),
      ...(admin ? { admin } : {}),
    },
    options.routes,
  );
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  return {
    app,
    services,
    admin,
    workspace: ws,
    post,
    cleanup: async () => {
      await services.db.destroy();
      ws.cleanup();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;
