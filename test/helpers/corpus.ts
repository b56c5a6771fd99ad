import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { runIngest } from "../../ingest/run.js";
import { loadEnv } from "../../src/config/env.js";
import { LocalHashEmbedder } from "../../src/index/embedders/local.js";
import type { HnswOptions } from "../../src/index/hnsw.js";
import { createServices, type ServiceOverrides, type Services } from "../../src/services.js";
import { openDatabase } from "../../src/store/database.js";

export const REPO_CORPUS = resolve(import.meta.dirname, "../../corpus");
export const HNSW: HnswOptions = { m: 16, efConstruction: 100, efSearch: 64 };
export const embedder = new LocalHashEmbedder({ dimensions: 256 });

/** A scratch directory with a copy of the repository's corpus and an empty data dir. */
export function tempWorkspace(options: { copyCorpus?: boolean } = {}) {
  const root = mkdtempSync(join(tmpdir(), "lt-test-"));
  const corpus = join(root, "corpus");
  if (options.copyCorpus !== false) cpSync(REPO_CORPUS, corpus, { recursive: true });
  return { root, corpus, index: join(root, "data", "index"), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The services over a workspace's corpus, indexed with the test embedder and an in-memory database:
 * the engine as `POST /api/chat` runs it.
 *
 * @example
 * const ws = tempWorkspace();
 * const s = await corpusServices(ws);
 * await s.engine.answer({ message: "syarat ktp baru?" });
 */
export async function corpusServices(ws: ReturnType<typeof tempWorkspace>, overrides: Partial<ServiceOverrides> = {}): Promise<Services> {
  await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW });
  const env = loadEnv({
    DATA_DIR: join(ws.root, "data"),
    CORPUS_DIR: ws.corpus,
    LOCAL_EMBEDDER_DIMENSIONS: "256",
    ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  });
  const services = createServices(env, { db: openDatabase(":memory:"), ...overrides });
  services.index.reload();
  return services;
}

/**
 * Inside a `describe`: the engine over the repository's corpus, built before the suite and removed
 * after it, and `ask` to put a message to it as `POST /api/chat` would.
 *
 * @example
 * const { ask } = askCorpus();
 * it("answers", async () => expect((await ask("syarat ktp baru?")).status).toBe("answered"));
 */
export function askCorpus() {
  const ws = tempWorkspace();
  let services: Services | undefined;
  beforeAll(async () => {
    services = await corpusServices(ws);
  });
  afterAll(() => ws.cleanup());
  return { ask: (message: string, lang?: "id" | "en") => services!.engine.answer({ message, lang }) };
}
