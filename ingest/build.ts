import { CorpusIndex } from "../src/index/corpus-index.js";
import { HnswVectorIndex, type HnswOptions } from "../src/index/hnsw.js";
import { LexicalIndex } from "../src/index/lexical.js";
import { INDEX_FORMAT_VERSION, type DocumentRecord, type StoredChunk } from "../src/index/manifest.js";
import type { Chunk, Embedder } from "../src/index/types.js";
import { ANALYZER_VERSION } from "../src/text/normalize.js";
import { chunkDigest } from "./digest.js";
import type { LoadedDocument } from "./loaders/types.js";

export interface IngestCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export interface BuildOptions {
  embedder: Embedder;
  hnsw: HnswOptions;
  batchSize?: number;
  /** Files that failed to load: their previous documents and chunks are carried over unchanged. */
  failedFiles?: Set<string>;
  onProgress?: (done: number, total: number) => void;
}

/** Rebuild the graph instead of editing it once tombstones exceed this share of live vectors. */
const COMPACT_RATIO = 0.3;

/**
 * Builds the next index from the previous one: unchanged chunks keep their vectors, changed and
 * new chunks are embedded, chunks of removed documents are dropped. `prev` must be a private
 * copy (it is edited in place), never the instance the service is answering from.
 *
 * @example
 * const { index, counts } = await buildIndex(prev, documents, { embedder, hnsw });
 * counts; // { added: 0, updated: 1, unchanged: 411, removed: 0 }
 */
export async function buildIndex(
  prev: CorpusIndex | null,
  loaded: LoadedDocument[],
  options: BuildOptions,
): Promise<{ index: CorpusIndex; counts: IngestCounts }> {
  const { embedder } = options;
  const failed = options.failedFiles ?? new Set<string>();
  const documents: DocumentRecord[] = loaded.map((d) => d.record);
  const next: Array<Chunk & { digest: string }> = loaded.flatMap((d) => d.chunks.map((c) => ({ ...c, digest: chunkDigest(c) })));

  // Documents whose file failed this time keep their previous chunks.
  const loadedIds = new Set(documents.map((d) => d.docId));
  const kept: StoredChunk[] = [];
  if (prev) {
    for (const d of prev.documents()) {
      if (failed.has(d.source) && !loadedIds.has(d.docId)) documents.push(d);
    }
    const keptDocs = new Set(documents.filter((d) => !loadedIds.has(d.docId)).map((d) => d.docId));
    for (const c of prev.chunks()) if (keptDocs.has(c.docId)) kept.push(c);
  }

  const counts: IngestCounts = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  const nextIds = new Set([...next.map((c) => c.id), ...kept.map((c) => c.id)]);
  const toEmbed: Array<Chunk & { digest: string }> = [];
  const stored: StoredChunk[] = [...kept];
  counts.unchanged += kept.length;

  const vectors = prev?.vectors ?? HnswVectorIndex.create(embedder.dimensions, options.hnsw, Math.max(1024, next.length));
  const lexical = prev?.lexical ?? LexicalIndex.build([]);
  let nextLabel = prev?.manifest.nextLabel ?? 0;

  if (prev) {
    for (const old of prev.chunks()) {
      if (!nextIds.has(old.id)) {
        vectors.remove(old.vectorLabel);
        lexical.remove(old.id);
        counts.removed++;
      }
    }
  }
  for (const c of next) {
    const old = prev?.chunk(c.id);
    if (old && old.digest === c.digest) {
      stored.push({ ...c, vectorLabel: old.vectorLabel });
      counts.unchanged++;
      continue;
    }
    if (old) {
      vectors.remove(old.vectorLabel);
      lexical.remove(old.id);
      counts.updated++;
    } else {
      counts.added++;
    }
    toEmbed.push(c);
  }

  const batch = options.batchSize ?? 64;
  options.onProgress?.(0, toEmbed.length);
  for (let i = 0; i < toEmbed.length; i += batch) {
    const slice = toEmbed.slice(i, i + batch);
    const vecs = await embedder.embedDocuments(slice.map((c) => c.text));
    slice.forEach((c, j) => {
      const label = nextLabel++;
      vectors.add(label, vecs[j]!);
      lexical.add(c);
      stored.push({ ...c, vectorLabel: label });
    });
    options.onProgress?.(Math.min(i + batch, toEmbed.length), toEmbed.length);
    // A local embedder computes on this thread: let requests in between batches.
    await new Promise((r) => setImmediate(r));
  }

  let graph = vectors;
  if (vectors.tombstones > COMPACT_RATIO * Math.max(1, vectors.size)) {
    graph = HnswVectorIndex.create(embedder.dimensions, options.hnsw, Math.max(1024, stored.length));
    for (const c of stored) graph.add(c.vectorLabel, vectors.vector(c.vectorLabel));
  }

  const manifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    embedder: { id: embedder.id, dimensions: embedder.dimensions },
    analyzer: ANALYZER_VERSION,
    hnsw: { m: options.hnsw.m, efConstruction: options.hnsw.efConstruction },
    createdAt: new Date().toISOString(),
    chunkCount: stored.length,
    documentCount: documents.length,
    tombstones: graph.tombstones,
    nextLabel,
  };
  return { index: new CorpusIndex(manifest, stored, documents, graph, lexical), counts };
}
