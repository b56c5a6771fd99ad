import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { indexSyncFromEnv, type IndexSync } from "../../src/scale/index-notify.js";
import { testApp, type TestApp } from "../helpers/app.js";
import { REDIS_TEST_URL, redisAvailable, redisScope } from "./redis-helper.js";

const ROOT = resolve(import.meta.dirname, "../..");
const OLD_FEE = "Gratis (tidak dipungut biaya), sesuai UU 24/2013 Pasal 79A.";
const NEW_FEE = "Rp 7.500 per kartu, dibayar di loket Disdukcapil.";
const available = await redisAvailable();

/** `npm run ingest` as a separate process over the server's data directory (same embedder and HNSW knobs). */
async function ingestCli(t: TestApp, env: Record<string, string> = {}) {
  const { REDIS_URL: _unset, ...parent } = process.env;
  return promisify(execFile)(process.execPath, ["--import", "tsx", join(ROOT, "ingest/cli.ts")], {
    cwd: ROOT,
    env: {
      ...parent,
      DATA_DIR: join(t.workspace.root, "data"),
      CORPUS_DIR: t.workspace.corpus,
      LOCAL_EMBEDDER_DIMENSIONS: "256",
      HNSW_EF_CONSTRUCTION: "100",
      HNSW_EF_SEARCH: "64",
      ...env,
    },
  });
}

async function feeAnswer(t: TestApp): Promise<string> {
  const res = await t.post(
    "/api/chat",
    { message: "berapa biaya kia?" },
    { "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
  );
  return ((await res.json()) as { answer: string }).answer;
}

/** Polls the chat until it serves the new fee; returns the milliseconds it took, or fails after 5 s. */
async function servedWithin5s(t: TestApp): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < 5_000) {
    if ((await feeAnswer(t)).includes(NEW_FEE)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the running server still answers: ${await feeAnswer(t)}`);
}

function editFee(t: TestApp): void {
  const file = join(t.workspace.corpus, "services", "kia.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace(OLD_FEE, NEW_FEE));
}

describe("npm run ingest reaches a running server", () => {
  let t: TestApp;
  let sync: IndexSync | undefined;
  afterEach(async () => {
    await sync?.stop();
    sync = undefined;
    await t.cleanup();
  });

  it("without Redis: the server notices the new CURRENT on disk and answers with the new fee within 5 s", async () => {
    t = await testApp({ INDEX_POLL_MS: "200" });
    sync = await indexSyncFromEnv(t.services.env, t.services.index);
    const before = await (await t.app.request("/readyz")).json();
    expect(await feeAnswer(t)).toContain(OLD_FEE);

    editFee(t);
    const run = await ingestCli(t);
    expect(run.stdout).toMatch(/"updated":[1-9]/);
    await servedWithin5s(t);
    const after = await (await t.app.request("/readyz")).json();
    expect(after.indexVersion).not.toBe(before.indexVersion);
    expect(after.indexVersion).toBe(readFileSync(join(t.workspace.index, "CURRENT"), "utf8").trim());
    expect(after.chunkCount).toBe(before.chunkCount);
  }, 30_000);

  it.skipIf(!available)(
    "with Redis: the ingest announces the version on pub/sub and the server swaps it in within 5 s",
    async () => {
      const scope = redisScope();
      try {
        // Polling off (INDEX_POLL_MS=0; by default it stays on beside Redis as a safety net): only the announcement can make this server reload.
        t = await testApp({ REDIS_URL: REDIS_TEST_URL, REDIS_KEY_PREFIX: scope.prefix, INDEX_POLL_MS: "0" });
        sync = await indexSyncFromEnv(t.services.env, t.services.index);
        expect(sync.publish).toBeDefined();
        expect(await feeAnswer(t)).toContain(OLD_FEE);

        editFee(t);
        await ingestCli(t, { REDIS_URL: REDIS_TEST_URL, REDIS_KEY_PREFIX: scope.prefix });
        await servedWithin5s(t);
        const ready = await (await t.app.request("/readyz")).json();
        expect(ready.indexVersion).toBe(readFileSync(join(t.workspace.index, "CURRENT"), "utf8").trim());
      } finally {
        await scope.cleanup();
      }
    },
    30_000,
  );
});
