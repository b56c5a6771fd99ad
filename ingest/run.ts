import { dirname, join } from "node:path";
import { CorpusIndex, type WriteProbe } from "../src/index/corpus-index.js";
import type { HnswOptions } from "../src/index/hnsw.js";
import { IndexMismatchError } from "../src/index/manifest.js";
import type { Embedder } from "../src/index/types.js";
import type { PdfLimits } from "../src/pdf/extract.js";
import { buildIndex, type IngestCounts } from "./build.js";
import type { LoadProblem } from "./loaders/types.js";
import { removePartialVersions } from "./partials.js";
import { withQuestionVariants } from "./question-variants.js";
import { PdfTextCache } from "./pdf/cache.js";
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
  /**
   * PDF worker limits (defaults: DEFAULT_PDF_LIMITS) and the parsed-text cache directory
   * (default `<indexDir>/../pdf-cache`, i.e. in the data directory; null turns the cache off).
   */
  pdf?: { limits?: PdfLimits; cacheDir?: string | null };
  /** Announces a newly written version to running servers (Redis pub/sub); not called when nothing changed. */
  publish?: (version: string) => Promise<void>;
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
  /** Why announcing the new version failed (the version is written and live on disk regardless). */
  publishError?: string;
}

/**
 * The whole refresh: load the corpus, build the next index from the previous one, write it
 * beside the old one and swap it in. Skips the write when nothing changed. PDFs are parsed in
 * worker threads and cached by digest. Partial versions left by a crash are removed at the start,
 * and the one this run was writing is removed if it fails.
 *
 * @example
 * const report = await runIngest({ corpusDir: "corpus", indexDir: "data/index", embedder, hnsw });
 * report.counts; // { added: 412, updated: 0, unchanged: 0, removed: 0 }
 */
export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  removePartialVersions(options.indexDir);
  try {
    return await ingest(options, started);
  } catch (err) {
    removePartialVersions(options.indexDir);
    throw err;
  }
}

async function ingest(options: IngestOptions, started: number): Promise<IngestReport> {
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
  const cacheDir = options.pdf?.cacheDir === undefined ? join(dirname(options.indexDir), "pdf-cache") : options.pdf.cacheDir;
  const pdf = { ...(options.pdf?.limits ? { limits: options.pdf.limits } : {}), ...(cacheDir ? { cache: new PdfTextCache(cacheDir) } : {}) };
  const corpus = await loadCorpus(options.corpusDir, { maxPasalChars: options.maxPasalChars, pdf });
  // Curators' question variants become keywords of the chunks they were linked to.
  const taught = withQuestionVariants(options.corpusDir, corpus.documents);
  const { index, counts } = await buildIndex(prev, taught.documents, {
    embedder: options.embedder,
    hnsw: options.hnsw,
    batchSize: options.batchSize,
    failedFiles: corpus.failedFiles,
    onProgress: options.onProgress,
  });
  const docsKey = (i: CorpusIndex) =>
    i
      .documents()
      .map((d) => `${d.docId}:${d.digest}`)
      .sort()
      .join("|");
  const changed = !prev || counts.added + counts.updated + counts.removed > 0 || docsKey(prev) !== docsKey(index);
  const version = changed ? index.write(options.indexDir, options.probe) : prev!.version;
  let publishError: string | undefined;
  if (changed && version && options.publish) {
    try {
      await options.publish(version);
    } catch (err) {
      publishError = (err as Error).message;
    }
  }
  return {
    counts,
    problems: [...corpus.problems, ...taught.problems],
    version,
    chunkCount: index.size,
    documentCount: index.documents().length,
    ...(rebuiltBecause ? { rebuiltBecause } : {}),
    durationMs: Math.round(performance.now() - started),
    ...(publishError ? { publishError } : {}),
  };
}
