import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../ingest/run.js";
import { embedder, HNSW, tempWorkspace } from "../helpers/corpus.js";

const ROOT = resolve(import.meta.dirname, "../..");

describe("npm run ask", () => {
  let ws: ReturnType<typeof tempWorkspace>;
  beforeAll(async () => {
    ws = tempWorkspace();
    await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW });
  });
  afterAll(() => ws.cleanup());
  const ask = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/ask.ts"), ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: join(ws.root, "data"),
        CORPUS_DIR: ws.corpus,
        LOCAL_EMBEDDER_DIMENSIONS: "256",
        HNSW_EF_CONSTRUCTION: "100",
        HNSW_EF_SEARCH: "64",
      },
      encoding: "utf8",
    });

  it("prints the same JSON as the API with --json", () => {
    const run = ask("berapa biaya kk baru?", "--json");
    expect(run.status).toBe(0);
    const reply = JSON.parse(run.stdout);
    expect(Object.keys(reply).sort()).toEqual(["actions", "answer", "citations", "confidence", "sessionId", "status"]);
    expect(reply.status).toBe("answered");
    expect(reply.citations[0].docId).toBe("service:kartu-keluarga");
  });

  it("prints the answer and a numbered source list", () => {
    const run = ask("apa itu walidata");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\[answered\]\n/);
    expect(run.stdout).toContain("Sumber:\n[1] Peraturan Walikota Kendari Nomor 41 Tahun 2021, Pasal 1 angka 35");
  });
});
