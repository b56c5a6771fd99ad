/**
 * `npm run bench`: retrieval quality and speed (ours vs stock LangChain, BM25 only, vectors only),
 * API load (real server, autocannon), ingest and refresh times, vector search at 100k chunks, and
 * chat throughput against one and two API replicas on PostgreSQL and Redis (skipped without them).
 * Prints a table and writes bench/results/bench-<date>.json.
 *
 * Environment: BENCH_DURATION (seconds per load row, default 8), BENCH_CONCURRENCY (default
 * "1,16,64"), BENCH_SCALE_CHUNKS (default 100000), BENCH_SCALE_HYBRID (hybrid retrieve() queries at
 * scale; default 0 = skip, 100 adds about 100 s), BENCH_REPLICAS_CONCURRENCY (total connections per
 * replicas row, default "16,64"), BENCH_ONLY (e.g. "retrieval,ingest,replicas").
 * The service's own knobs (LOCAL_EMBEDDER_DIMENSIONS, HNSW_*, RETRIEVAL_*) are read as usual.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadEnv } from "../src/config/env.js";
import { hnswOptions } from "../src/index/embedders/from-env.js";
import { retrievalConfig } from "../src/services.js";
import { LocalHashEmbedder } from "../src/index/embedders/local.js";
import { benchApi } from "./api.js";
import { benchIngest } from "./ingest.js";
import { renderTable, targets, type BenchResults } from "./report.js";
import { benchReplicas, renderReplicas } from "./replicas.js";
import { benchRetrieval } from "./retrieval.js";
import { runScaleInChild } from "./scale-child.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DATASET = join(REPO, "evals/datasets/dev.jsonl");
const CORPUS = join(REPO, "corpus");

function intEnv(name: string, fallback: number, allowZero = false): number {
  const raw = process.env[name];
  const v = Number(raw);
  return raw !== undefined && raw !== "" && Number.isFinite(v) && (v > 0 || (allowZero && v === 0)) ? Math.floor(v) : fallback;
}

async function main(): Promise<number> {
  process.chdir(REPO);
  const started = performance.now();
  // The service's knobs, but never its rate limit or log noise: the bench measures, it does not serve.
  const env = loadEnv({ ...process.env, EMBEDDINGS_PROVIDER: "local" });
  const embedder = new LocalHashEmbedder({ dimensions: env.LOCAL_EMBEDDER_DIMENSIONS });
  const durationS = intEnv("BENCH_DURATION", 8);
  const concurrency = (process.env.BENCH_CONCURRENCY ?? "1,16,64")
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  const scaleChunks = intEnv("BENCH_SCALE_CHUNKS", 100_000);
  const only = new Set((process.env.BENCH_ONLY ?? "retrieval,ingest,api,scale,replicas").split(",").map((s) => s.trim()));
  const log = (s: string) => console.error(`[bench] ${s} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  const errors: string[] = [];
  const section = async <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> => {
    if (!only.has(name)) return undefined;
    log(`${name}…`);
    try {
      return await fn();
    } catch (err) {
      errors.push(`${name}: ${(err as Error).stack ?? String(err)}`);
      log(`${name} FAILED: ${(err as Error).message}`);
      return undefined;
    }
  };

  const base: Omit<BenchResults, "targets" | "totalMs"> = {
    date: new Date().toISOString(),
    machine: {
      cpus: availableParallelism(),
      cpuModel: cpus()[0]?.model ?? "?",
      memGb: Math.round(totalmem() / 1024 ** 3),
      node: process.versions.node,
      platform: process.platform,
    },
    config: { durationS, concurrency, scaleChunks, embedder: embedder.id },
  };
  base.retrieval = await section("retrieval", () => benchRetrieval(env, embedder, relative(REPO, DATASET), CORPUS));
  base.ingest = await section("ingest", () => benchIngest(env, embedder, CORPUS));
  base.api = await section("api", () => benchApi({ dataset: DATASET, durationS, concurrency, repoDir: REPO }));
  base.scale = await section("scale", () =>
    runScaleInChild(
      {
        chunks: scaleChunks,
        queries: 1000,
        recallQueries: 200,
        corpusDir: CORPUS,
        hnsw: hnswOptions(env),
        efSweep: [200, 400],
        hybridQueries: intEnv("BENCH_SCALE_HYBRID", 0, true),
        retrieval: retrievalConfig(env),
      },
      embedder.dimensions,
      REPO,
    ),
  );

  const replicas = await section("replicas", () =>
    benchReplicas({
      dataset: DATASET,
      durationS,
      concurrency: (process.env.BENCH_REPLICAS_CONCURRENCY ?? "16,64")
        .split(",")
        .map(Number)
        .filter((n) => n > 0),
      dimensions: embedder.dimensions,
      hnsw: hnswOptions(env),
    }),
  );

  const results: BenchResults = { ...base, targets: targets(base), totalMs: Math.round(performance.now() - started) };
  console.log(renderTable(results));
  if (replicas) console.log(renderReplicas(replicas));
  const outDir = join(REPO, "bench/results");
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `bench-${results.date.replace(/:/g, "-").replace(/\..*$/, "")}.json`);
  writeFileSync(out, JSON.stringify({ ...results, ...(replicas ? { replicas } : {}), errors }, null, 2));
  console.log(`\nwrote ${out}`);
  for (const e of errors) console.error(`ERROR ${e}`);
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`bench failed: ${(err as Error).stack ?? String(err)}`);
    process.exit(1);
  },
);
