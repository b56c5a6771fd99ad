import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runIngest } from "../ingest/run.js";
import type { IngestCounts } from "../ingest/build.js";
import type { Env } from "../src/config/env.js";
import { hnswOptions } from "../src/index/embedders/from-env.js";
import type { Embedder } from "../src/index/types.js";
import { round } from "./stats.js";

/** The regulation edited for the refresh measurement. */
const EDITED = "regulations/kendari-37-2024.md";

export interface IngestRun {
  ms: number;
  counts: IngestCounts;
  chunkCount: number;
  documentCount: number;
}

export interface IngestBenchReport {
  full: IngestRun & { chunksPerSecond: number };
  /** A second run with nothing changed (all chunks reused, no write). */
  noop: IngestRun;
  /** After editing one paragraph of one regulation. */
  refresh: IngestRun & { editedFile: string };
}

/** Appends a sentence to the first paragraph after the third "Pasal" heading of a markdown regulation. */
function editOneParagraph(file: string): void {
  const lines = readFileSync(file, "utf8").split("\n");
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (/^[#*\s]*Pasal\s+\d+/.test(lines[i]!)) seen++;
    if (seen === 3) {
      const j = lines.findIndex((l, k) => k > i && l.trim().length > 20);
      if (j < 0) break;
      lines[j] = `${lines[j]} Ketentuan ini ditinjau kembali setiap tahun.`;
      writeFileSync(file, lines.join("\n"));
      return;
    }
  }
  throw new Error(`no third Pasal heading in ${file}`);
}

const pick = (r: Awaited<ReturnType<typeof runIngest>>, ms: number): IngestRun => ({
  ms: round(ms, 1),
  counts: r.counts,
  chunkCount: r.chunkCount,
  documentCount: r.documentCount,
});

/**
 * Ingest speed on a private copy of the corpus: a full build, a no-change run, and the
 * incremental refresh after one regulation is edited (the path `npm run ingest` takes).
 *
 * @example
 * const r = await benchIngest(env, embedder, "corpus");
 * r.refresh.counts; // { added: 0, updated: 1, unchanged: 503, removed: 0 }
 */
export async function benchIngest(env: Env, embedder: Embedder, corpusDir: string): Promise<IngestBenchReport> {
  const root = mkdtempSync(join(tmpdir(), "bench-ingest-"));
  try {
    const corpus = join(root, "corpus");
    const indexDir = join(root, "index");
    cpSync(corpusDir, corpus, { recursive: true });
    const opts = { corpusDir: corpus, indexDir, embedder, hnsw: hnswOptions(env), batchSize: env.EMBEDDINGS_BATCH_SIZE };
    const run = async (full: boolean) => {
      const t0 = performance.now();
      const r = await runIngest({ ...opts, full });
      return pick(r, performance.now() - t0);
    };
    const full = await run(true);
    const noop = await run(false);
    editOneParagraph(join(corpus, EDITED));
    const refresh = await run(false);
    return {
      full: { ...full, chunksPerSecond: round(full.chunkCount / (full.ms / 1000), 0) },
      noop,
      refresh: { ...refresh, editedFile: EDITED },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
