import { join } from "node:path";
import { runIngest } from "../../ingest/run.js";
import { loadEnv } from "../../src/config/env.js";
import { createApp } from "../../src/http/app.js";
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
export async function testApp(env: Record<string, string> = {}, overrides: ServiceOverrides = {}) {
  const ws = tempWorkspace();
  await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW });
  const config = loadEnv({ DATA_DIR: join(ws.root, "data"), CORPUS_DIR: ws.corpus, LOCAL_EMBEDDER_DIMENSIONS: "256", HNSW_EF_CONSTRUCTION: "100", HNSW_EF_SEARCH: "64", ...env });
  const services = createServices(config, { db: openDatabase(":memory:"), embedder, ...overrides });
  services.index.reload();
  const app = createApp({ env: config, engine: services.engine, index: services.index });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  return { app, services, workspace: ws, post, cleanup: () => (services.db.close(), ws.cleanup()) };
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;
