import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import hnswlib from "hnswlib-node";
import { HnswVectorIndex, type HnswOptions } from "../src/index/hnsw.js";
import type { LocalHashEmbedder } from "../src/index/embedders/local.js";
import { mb, percentile, round } from "./stats.js";
import type { RetrievalConfig } from "../src/retrieval/hybrid.js";
import { hybridAtScale, type HybridAtScale } from "./scale-hybrid.js";
import { SyntheticCorpus } from "./synthetic.js";

export interface ScaleOptions {
  chunks: number;
  queries: number;
  recallQueries: number;
  corpusDir: string;
  hnsw: HnswOptions;
  /** Extra ef values to measure recall and latency at (besides the configured one). */
  efSweep: number[];
  /** On-topic queries for the full hybrid retrieve() over the 100k chunks; 0 skips it. */
  hybridQueries: number;
  retrieval: RetrievalConfig;
}

/** Latency and recall of one query set at one ef. */
export interface QueryStats {
  set: "on-topic" | "random-words";
  ef: number;
  /** Vector search only (k = 10), query already embedded. */
  p50Ms: number;
  p99Ms: number;
  recallAt10: number;
}

export interface ScaleReport {
  chunks: number;
  dimensions: number;
  hnsw: HnswOptions;
  vocabulary: number;
  topics: number;
  embedMs: number;
  embedPerChunkUs: number;
  buildMs: number;
  queries: number;
  recallQueries: number;
  embedQueryP50Ms: number;
  results: QueryStats[];
  hybrid?: HybridAtScale;
  /** Process peak RSS (maxRSS) before the test, after build + timed queries, and at the end. */
  maxRssMbBefore: number;
  maxRssMbAfterBuild: number;
  maxRssMbEnd: number;
}

const mem = () => mb(process.resourceUsage().maxRSS * 1024);

function timeQueries(index: HnswVectorIndex, queries: number[][]): { p50: number; p99: number } {
  for (const q of queries.slice(0, 50)) index.search(q, 10); // warm-up
  const times = queries.map((q) => {
    const s = performance.now();
    index.search(q, 10);
    return performance.now() - s;
  });
  return { p50: round(percentile(times, 50), 3), p99: round(percentile(times, 99), 3) };
}

function recall(index: HnswVectorIndex, truth: Array<Set<number>>, queries: number[][]): number {
  let found = 0;
  queries.forEach((q, i) => (found += index.search(q, 10).filter((h) => truth[i]!.has(h.label)).length));
  return round(found / (queries.length * 10), 4);
}

/**
 * Vector search at scale: embeds a deterministic synthetic corpus with the local embedder, builds
 * the project's HnswVectorIndex, times k=10 queries and measures recall@10 against exact search
 * (hnswlib-node's BruteforceSearch). Two query sets: on-topic (words sampled from one chunk, like
 * a user asking about something that exists) and random vocabulary words (no true neighbour).
 * The ef sweep reloads the saved graph with another efSearch through HnswVectorIndex.load.
 *
 * @example
 * const r = await benchScale(embedder, { chunks: 100_000, queries: 1000, recallQueries: 200, corpusDir: "corpus", hnsw, efSweep: [200] });
 */
export async function benchScale(embedder: LocalHashEmbedder, options: ScaleOptions): Promise<ScaleReport> {
  const maxRssMbBefore = mem();
  const dim = embedder.dimensions;
  const n = options.chunks;
  const gen = SyntheticCorpus.fromCorpus(options.corpusDir, 20261124);
  const nq = Math.max(options.queries, options.recallQueries);
  const querySets: Record<QueryStats["set"], string[]> = { "on-topic": [], "random-words": Array.from({ length: nq }, () => gen.query()) };

  const index = HnswVectorIndex.create(dim, options.hnsw, n);
  let embedMs = 0;
  let buildMs = 0;
  const every = Math.max(1, Math.floor(n / nq));
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = gen.chunk();
    if (options.hybridQueries > 0) texts.push(text);
    if (i % every === 0 && querySets["on-topic"].length < nq) querySets["on-topic"].push(gen.queryFrom(text));
    const t0 = performance.now();
    const v = embedder.embed(text);
    const t1 = performance.now();
    index.add(i, v);
    embedMs += t1 - t0;
    buildMs += performance.now() - t1;
  }

  const embedTimes: number[] = [];
  const vectors = Object.fromEntries(
    Object.entries(querySets).map(([k, qs]) => [
      k,
      qs.map((q) => {
        const s = performance.now();
        const v = embedder.embed(q);
        embedTimes.push(performance.now() - s);
        return v;
      }),
    ]),
  ) as Record<QueryStats["set"], number[][]>;
  const timing = Object.fromEntries(Object.entries(vectors).map(([k, qs]) => [k, timeQueries(index, qs.slice(0, options.queries))]));
  const maxRssMbAfterBuild = mem();

  const exact = new hnswlib.BruteforceSearch("ip", dim);
  exact.initIndex(n);
  for (let i = 0; i < n; i++) exact.addPoint(index.vector(i), i);
  const truth = Object.fromEntries(
    Object.entries(vectors).map(([k, qs]) => [k, qs.slice(0, options.recallQueries).map((q) => new Set(exact.searchKnn(q, 10).neighbors))]),
  ) as Record<QueryStats["set"], Array<Set<number>>>;

  const results: QueryStats[] = [];
  const measure = (idx: HnswVectorIndex, ef: number, withTiming: boolean) => {
    for (const set of Object.keys(vectors) as QueryStats["set"][]) {
      const t = withTiming ? timing[set]! : timeQueries(idx, vectors[set].slice(0, options.queries));
      results.push({ set, ef, p50Ms: t.p50, p99Ms: t.p99, recallAt10: recall(idx, truth[set], vectors[set].slice(0, options.recallQueries)) });
    }
  };
  measure(index, options.hnsw.efSearch, true);
  if (options.efSweep.length > 0) {
    const dir = mkdtempSync(join(tmpdir(), "bench-scale-"));
    try {
      index.save(join(dir, "vectors.hnsw"));
      for (const ef of options.efSweep) measure(HnswVectorIndex.load(join(dir, "vectors.hnsw"), dim, { ...options.hnsw, efSearch: ef }, 0), ef, false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const hybrid =
    options.hybridQueries > 0
      ? await hybridAtScale(texts, index, embedder, querySets["on-topic"].slice(0, options.hybridQueries), options.retrieval)
      : undefined;

  return {
    chunks: n,
    dimensions: dim,
    hnsw: options.hnsw,
    vocabulary: gen.vocabulary,
    topics: gen.topicCount,
    embedMs: round(embedMs, 0),
    embedPerChunkUs: round((embedMs * 1000) / n, 1),
    buildMs: round(buildMs, 0),
    queries: options.queries,
    recallQueries: options.recallQueries,
    embedQueryP50Ms: round(percentile(embedTimes, 50), 3),
    results,
    ...(hybrid ? { hybrid } : {}),
    maxRssMbBefore,
    maxRssMbAfterBuild,
    maxRssMbEnd: mem(),
  };
}
