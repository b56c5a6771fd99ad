import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDataset, type EvalItem } from "../evals/schema.js";
import { runIngest } from "../ingest/run.js";
import type { Env } from "../src/config/env.js";
import { CorpusIndex } from "../src/index/corpus-index.js";
import { hnswOptions } from "../src/index/embedders/from-env.js";
import type { Embedder } from "../src/index/types.js";
import { retrieve } from "../src/retrieval/hybrid.js";
import { retrievalConfig } from "../src/services.js";
import { buildBaseline, type BaselineMeta } from "./baseline/langchain.js";
import { percentile, round } from "./stats.js";

/** How deep each system's ranking is read (hit@1, hit@5 and MRR@10). */
const DEPTH = 10;

/** A ranked answer of one system: (doc, pasal) per position. */
type Ranked = Array<{ docId: string; pasal: string | null }>;
type System = (question: string) => Promise<Ranked> | Ranked;

export interface RetrievalRow {
  system: string;
  n: number;
  hit1: number;
  hit5: number;
  mrr: number;
  p50Ms: number;
  p99Ms: number;
  /** Chunks in this system's index. */
  chunks: number;
}

export interface RetrievalReport {
  dataset: string;
  questions: number;
  rows: RetrievalRow[];
}

/** 1-based rank of the first result at the gold doc (and pasal, unless the gold pasal is null). */
function rankOf(item: EvalItem, ranked: Ranked): number | null {
  const { doc, pasal } = item.expect;
  const i = ranked.findIndex((r) => r.docId === doc && (pasal === null || r.pasal === pasal));
  return i >= 0 ? i + 1 : null;
}

async function evaluate(name: string, chunks: number, items: EvalItem[], system: System): Promise<RetrievalRow> {
  for (const item of items.slice(0, 5)) await system(item.question); // warm caches (stemmer, JIT)
  const ranks: Array<number | null> = [];
  const times: number[] = [];
  for (const item of items) {
    const t0 = performance.now();
    const ranked = await system(item.question);
    times.push(performance.now() - t0);
    ranks.push(rankOf(item, ranked.slice(0, DEPTH)));
  }
  const share = (f: (r: number | null) => boolean) => round(ranks.filter(f).length / items.length, 3);
  return {
    system: name,
    n: items.length,
    hit1: share((r) => r === 1),
    hit5: share((r) => r !== null && r <= 5),
    mrr: round(ranks.reduce<number>((s, r) => s + (r ? 1 / r : 0), 0) / items.length, 3),
    p50Ms: round(percentile(times, 50), 3),
    p99Ms: round(percentile(times, 99), 3),
    chunks,
  };
}

/**
 * Retrieval quality and latency on the answerable questions of a dataset: our hybrid
 * `retrieve()` over a freshly built index, the stock LangChain pipeline, BM25 only and
 * vectors only (the two halves of our hybrid, unfiltered).
 *
 * @example
 * const report = await benchRetrieval(env, embedder, "evals/datasets/dev.jsonl", "corpus");
 * report.rows[0].hit5; // 0.9
 */
export async function benchRetrieval(env: Env, embedder: Embedder, dataset: string, corpusDir: string): Promise<RetrievalReport> {
  const items = parseDataset(readFileSync(dataset, "utf8")).filter((i) => i.kind === "answerable" && i.expect.doc);
  const dir = mkdtempSync(join(tmpdir(), "bench-retrieval-"));
  try {
    const hnsw = hnswOptions(env);
    await runIngest({ corpusDir, indexDir: dir, embedder, hnsw, full: true });
    const index = CorpusIndex.load(dir, embedder, hnsw)!;
    const cfg = { ...retrievalConfig(env), topK: DEPTH };
    const fromChunk = (c: { docId: string; pasal: string | null } | undefined) => (c ? { docId: c.docId, pasal: c.pasal } : { docId: "?", pasal: null });

    const baseline = await buildBaseline(corpusDir, embedder);
    const rows = [
      await evaluate("ours: hybrid retrieve()", index.size, items, async (q) =>
        (await retrieve(index, embedder, { question: q }, cfg)).hits.map((h) => fromChunk(h.chunk)),
      ),
      await evaluate("stock LangChain (splitter+HNSW)", baseline.chunks, items, async (q) =>
        (await baseline.store.similaritySearch(q, DEPTH)).map((d) => d.metadata as BaselineMeta),
      ),
      await evaluate("BM25 only (LexicalIndex)", index.size, items, (q) => index.lexical.search(q, DEPTH).hits.map((h) => fromChunk(index.chunk(h.id)))),
      await evaluate("vectors only (HnswVectorIndex)", index.size, items, async (q) =>
        (await index.vectors.search(await embedder.embedQuery(q), DEPTH)).map((h) => fromChunk(index.chunkByLabel(h.label))),
      ),
    ];
    return { dataset, questions: items.length, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
