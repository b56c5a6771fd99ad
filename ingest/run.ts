import { CorpusIndex, type WriteProbe } from "../src/index/corpus-index.js";
import type { HnswOptions } from "../src/index/hnsw.js";
import { IndexMismatchError } from "../src/index/manifest.js";
import type { Embedder } from "../src/index/types.js";
import { buildIndex, type IngestCounts } from "./build.js";
import type { LoadProblem } from "./loaders/types.js";
import { loadCorpus } from "./sources.js";

export interface IngestOptions {
  corpusDir: string;
  indexDir: string;
  embedder: Embedder;
  hnsw: HnswOptions;
  /** Ignore the previous index and embed everything again. */
  full?: boolean;
  batchSize?: number;
  maxPasalChars?: number;
  onProgress?: (done: number, total: number) => void;
  /** Test hook: runs between the steps of writing the new version. */
  probe?: WriteProbe;
}

export interface IngestReport {
  counts: IngestCounts;
  problems: LoadProblem[];
  /** The live version after the run (unchanged when nothing changed). */
  version: string | null;
  chunkCount: number;
  documentCount: number;
  /** Why the previous index was not reused, when it was not. */
  rebuiltBecause?: string;
  durationMs: number;
}

/**
 * The whole refresh: load the corpus, build the next index from the previous one, write it
 * beside the old one and swap it in. Skips the write when nothing changed.
 *
 * @example
 * const report = await runIngest({ corpusDir: "corpus", indexDir: "data/index", embedder, hnsw });
 * report.counts; // { added: 412, updated: 0, unchanged: 0, removed: 0 }
 */
export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  let prev: CorpusIndex | null = null;
  let rebuiltBecause: string | undefined;
  if (options.full) {
    rebuiltBecause = "--full was requested";
  } else {
    try {
      prev = CorpusIndex.load(options.indexDir, options.embedder, options.hnsw);
    } catch (err) {
      if (!(err instanceof IndexMismatchError)) throw err;
      rebuiltBecause = err.message;
    }
  }
  const corpus = await loadCorpus(options.corpusDir, { maxPasalChars: options.maxPasalChars });
  const { index, counts } = await buildIndex(prev, corpus.documents, {
    embedder: options.embedder,
    hnsw: options.hnsw,
    batchSize: options.batchSize,
    failedFiles: corpus.failedFiles,
    onProgress: options.onProgress,
  });
  const docsKey = (i: CorpusIndex) => i.documents().map((d) => `${d.docId}:${d.digest}`).sort().join("|");
  const changed = !prev || counts.added + counts.updated + counts.removed > 0 || docsKey(prev) !== docsKey(index);
  const version = changed ? index.write(options.indexDir, options.probe) : prev!.version;
  return {
    counts,
    problems: corpus.problems,
    version,
    chunkCount: index.size,
    documentCount: index.documents().length,
    ...(rebuiltBecause ? { rebuiltBecause } : {}),
    durationMs: Math.round(performance.now() - started),
  };
}
