import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CorpusIndex } from "../../src/index/corpus-index.js";
import { LocalHashEmbedder } from "../../src/index/embedders/local.js";
import { HNSW, tempWorkspace } from "../helpers/corpus.js";

const ROOT = resolve(import.meta.dirname, "../..");

function cli(ws: ReturnType<typeof tempWorkspace>, env: Record<string, string> = {}) {
  // node --import tsx runs the CLI in this one process, so a SIGKILL reaches it directly.
  return spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "ingest/cli.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: join(ws.root, "data"), CORPUS_DIR: ws.corpus, LOCAL_EMBEDDER_DIMENSIONS: "128", ...env },
    encoding: "utf8",
  });
}

describe("npm run ingest (the CLI as a separate process)", () => {
  let ws: ReturnType<typeof tempWorkspace>;
  beforeEach(() => {
    ws = tempWorkspace();
  });
  afterEach(() => ws.cleanup());

  it("prints the refresh counts and exits 0", () => {
    const run = cli(ws);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\{"added":\d+,"updated":0,"unchanged":0,"removed":0\}\n/);
  });

  it("survives being killed in the middle of the swap: the previous index stays live", () => {
    expect(cli(ws).status).toBe(0);
    const embedder = new LocalHashEmbedder({ dimensions: 128 });
    const before = CorpusIndex.load(join(ws.root, "data", "index"), embedder, HNSW)!;
    const file = join(ws.corpus, "services", "sktm.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("nama: ", "nama: Revisi "));

    const killed = cli(ws, { INGEST_CRASH_AT: "commit" });
    expect(killed.signal).toBe("SIGKILL");
    const after = CorpusIndex.load(join(ws.root, "data", "index"), embedder, HNSW)!;
    expect(after.version).toBe(before.version);
    expect(after.document("service:sktm")?.meta).toEqual(before.document("service:sktm")?.meta);

    const rerun = cli(ws);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(/"updated":[1-9]/);
  });

  it("exits 1 and names the file when a service standard is invalid", () => {
    writeFileSync(join(ws.corpus, "services", "rusak.yaml"), "id: rusak\n  nama: : :\n");
    const run = cli(ws);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`SKIPPED ${join(ws.corpus, "services", "rusak.yaml")}: invalid YAML`);
  });
});
