/**
 * Chat throughput against one and against two API replicas on PostgreSQL and Redis (issue 14).
 * Real processes (`src/main.ts`, ROLE=api, plus one ROLE=worker) started by test/helpers/replicas.ts,
 * on a private PostgreSQL schema and Redis key prefix. Two replicas are driven by two autocannon
 * instances in parallel, each with half the connections; req/s is their sum and the latency
 * percentiles are over every response of the run. Skipped with a message when PostgreSQL or Redis
 * is not reachable.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import { parseDataset } from "../evals/schema.js";
import type { HnswOptions } from "../src/index/hnsw.js";
import { LocalHashEmbedder } from "../src/index/embedders/local.js";
import { percentile, round } from "./stats.js";

export interface ReplicaRow {
  replicas: number;
  /** Total connections, split evenly across the replicas. */
  connections: number;
  durationS: number;
  reqPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

export type ReplicasReport = { skipped: string } | { startupMs: number; questions: number; embedder: string; hnsw: HnswOptions; rows: ReplicaRow[] };

export interface ReplicasOptions {
  dataset: string;
  durationS: number;
  /** Total connections per row (e.g. [16, 64]). */
  concurrency: number[];
  /** The index the replicas load: the service's settings, so the rows compare with the single-process API rows. */
  dimensions: number;
  hnsw: HnswOptions;
}

/** Load on several base URLs at once; the result is one row over all of them. */
async function load(urls: string[], connections: number, durationS: number, bodies: string[]): Promise<ReplicaRow> {
  const per = Math.max(1, Math.round(connections / urls.length));
  const times: number[] = [];
  const runs = urls.map((url) => {
    const run = autocannon({
      url,
      connections: per,
      duration: durationS,
      timeout: 10,
      requests: bodies.map((body) => ({ method: "POST", path: "/api/chat", headers: { "content-type": "application/json" }, body })),
    });
    (run as unknown as NodeJS.EventEmitter).on("response", (_c: unknown, _s: number, _b: number, ms: number) => void times.push(ms));
    return run;
  });
  const results = await Promise.all(runs);
  const sum = (f: (r: (typeof results)[number]) => number) => results.reduce((s, r) => s + f(r), 0);
  return {
    replicas: urls.length,
    connections: per * urls.length,
    durationS,
    reqPerSec: round(
      sum((r) => r.requests.total / r.duration),
      1,
    ),
    p50Ms: round(percentile(times, 50), 1),
    p95Ms: round(percentile(times, 95), 1),
    p99Ms: round(percentile(times, 99), 1),
    requests: sum((r) => r.requests.total),
    errors: sum((r) => r.errors + r.timeouts),
    non2xx: sum((r) => r.non2xx),
  };
}

/** Why the row cannot run here, or null when PostgreSQL and Redis both answer. */
async function unavailable(): Promise<string | null> {
  try {
    const { postgresAvailable, POSTGRES_TEST_URL } = await import("../test/helpers/dialects.js");
    if (!(await postgresAvailable())) return `PostgreSQL at ${POSTGRES_TEST_URL} is not reachable (POSTGRES_TEST_URL)`;
    const { redisAvailable, REDIS_TEST_URL } = await import("../test/scale/redis-helper.js");
    if (!(await redisAvailable())) return `Redis at ${REDIS_TEST_URL} is not reachable (REDIS_TEST_URL)`;
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

/** Deletes the Redis keys a run left under its prefix (rate-limit counters, queues, locks). */
async function dropRedisKeys(url: string, prefix: string): Promise<void> {
  const { connectRedis } = await import("../src/scale/redis.js");
  const redis = await connectRedis({ url });
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}

/**
 * Starts a worker and one API replica, loads it at each concurrency, starts a second API replica
 * and loads both. Every process is stopped and the schema, workspace and Redis keys removed.
 *
 * @example
 * const r = await benchReplicas({ dataset: "evals/datasets/dev.jsonl", durationS: 8, concurrency: [16], dimensions: 512, hnsw });
 */
export async function benchReplicas(options: ReplicasOptions): Promise<ReplicasReport> {
  const why = await unavailable();
  if (why) return { skipped: why };
  const { clusterEnv, startReplica } = await import("../test/helpers/replicas.js");
  const { runIngest } = await import("../ingest/run.js");
  const items = parseDataset(readFileSync(options.dataset, "utf8")).filter((i) => i.kind === "answerable");
  const step = Math.max(1, Math.floor(items.length / 20));
  const bodies = items
    .filter((_, i) => i % step === 0)
    .slice(0, 20)
    .map((i) => JSON.stringify({ message: i.question, lang: i.lang }));

  const { hnsw } = options;
  const cluster = await clusterEnv({
    TRUST_PROXY: "true",
    RATE_LIMIT_PER_MINUTE: "100000000",
    LOCAL_EMBEDDER_DIMENSIONS: String(options.dimensions),
    HNSW_M: String(hnsw.m),
    HNSW_EF_CONSTRUCTION: String(hnsw.efConstruction),
    HNSW_EF_SEARCH: String(hnsw.efSearch),
  });
  const embedder = new LocalHashEmbedder({ dimensions: options.dimensions });
  // clusterEnv built the test index (256 dimensions); the replicas serve the service's own settings.
  await runIngest({ corpusDir: cluster.workspace.corpus, indexDir: join(cluster.env.DATA_DIR!, "index"), embedder, hnsw, full: true });
  // The worker logs "ready" at info; the API replicas log warnings only, as in the single-process rows.
  const api = { ...cluster.env, LOG_LEVEL: "warn" };
  const started: Array<{ kill(signal?: NodeJS.Signals): Promise<void> }> = [];
  try {
    const t0 = performance.now();
    const [a, worker] = await Promise.all([startReplica("A", "api", api), startReplica("W", "worker", cluster.env)]);
    started.push(a, worker);
    const startupMs = round(performance.now() - t0, 0);
    const rows: ReplicaRow[] = [];
    await load([a.url], 16, 2, bodies); // warm-up, not reported
    for (const c of options.concurrency) rows.push(await load([a.url], c, options.durationS, bodies));
    const b = await startReplica("B", "api", api);
    started.push(b);
    await load([a.url, b.url], 16, 2, bodies);
    for (const c of options.concurrency) rows.push(await load([a.url, b.url], c, options.durationS, bodies));
    return { startupMs, questions: bodies.length, embedder: embedder.id, hnsw, rows };
  } finally {
    await Promise.all(started.map((r) => r.kill("SIGTERM")));
    await cluster.cleanup();
    await dropRedisKeys(cluster.env.REDIS_URL!, cluster.env.REDIS_KEY_PREFIX!).catch(() => undefined);
  }
}

/**
 * The section printed after the main table (`npm run bench`).
 *
 * @example
 * console.log(renderReplicas(await benchReplicas(options)));
 */
export function renderReplicas(r: ReplicasReport): string {
  if ("skipped" in r) return `\n5. Replicas — skipped: ${r.skipped}`;
  const w = [9, 5, 9, 8, 8, 8, 9, 7, 7];
  const pad = (cells: Array<string | number>) => cells.map((c, i) => String(c).padEnd(w[i] ?? 10)).join(" ");
  const lines = [
    "",
    `5. Replicas — POST /api/chat against ROLE=api processes (+1 ROLE=worker) on PostgreSQL and Redis, ${r.questions} rotating questions, ` +
      `embedder ${r.embedder}, ef ${r.hnsw.efSearch}; two replicas: two autocannon instances in parallel, connections split, req/s summed (startup ${r.startupMs} ms)`,
    pad(["replicas", "conc", "req/s", "p50 ms", "p95 ms", "p99 ms", "requests", "errors", "non2xx"]),
  ];
  for (const x of r.rows) lines.push(pad([x.replicas, x.connections, x.reqPerSec.toFixed(1), x.p50Ms, x.p95Ms, x.p99Ms, x.requests, x.errors, x.non2xx]));
  return lines.join("\n");
}
