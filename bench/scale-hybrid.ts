import { CorpusIndex } from "../src/index/corpus-index.js";
import type { HnswVectorIndex } from "../src/index/hnsw.js";
import { LexicalIndex } from "../src/index/lexical.js";
import { INDEX_FORMAT_VERSION, type Manifest, type StoredChunk } from "../src/index/manifest.js";
import type { Embedder } from "../src/index/types.js";
import { retrieve, type RetrievalConfig } from "../src/retrieval/hybrid.js";
import { ANALYZER_VERSION } from "../src/text/normalize.js";
import { percentile, round } from "./stats.js";

export interface HybridAtScale {
  queries: number;
  lexicalBuildMs: number;
  /** Full `retrieve()`: query analysis, embedding, BM25 + vector search, fusion, coverage. */
  p50Ms: number;
  p99Ms: number;
}

/** A synthetic chunk as the index stores it: a Kendari regulation Pasal, 100 chunks a document. */
function storedChunk(text: string, i: number): StoredChunk {
  const docId = `sintetis-${Math.floor(i / 100)}-2025`;
  const pasal = String((i % 100) + 1);
  return {
    id: `${docId}#pasal-${pasal}`,
    docId,
    title: `Peraturan Sintetis ${Math.floor(i / 100)}`,
    headingPath: [`Pasal ${pasal}`],
    pasal,
    ayat: null,
    label: `Peraturan Sintetis ${Math.floor(i / 100)}, Pasal ${pasal}`,
    text,
    digest: "",
    vectorLabel: i,
    meta: { sourceType: "regulation", city: "kendari", status: "berlaku", opd: [], unit: "pasal" },
  };
}

/**
 * Hybrid `retrieve()` latency over a CorpusIndex of the synthetic chunks: builds the BM25 index
 * next to the already built vector graph (label i = chunk i) and times the whole retrieval.
 *
 * @example
 * const r = await hybridAtScale(texts, vectors, embedder, queries, cfg);
 */
export async function hybridAtScale(
  texts: string[],
  vectors: HnswVectorIndex,
  embedder: Embedder & { dimensions: number },
  queries: string[],
  cfg: RetrievalConfig,
): Promise<HybridAtScale> {
  const chunks = texts.map(storedChunk);
  const t0 = performance.now();
  const lexical = LexicalIndex.build(chunks);
  const lexicalBuildMs = performance.now() - t0;
  const manifest: Manifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    embedder: { id: embedder.id, dimensions: embedder.dimensions },
    analyzer: ANALYZER_VERSION,
    hnsw: { m: 16, efConstruction: 200 },
    createdAt: new Date().toISOString(),
    chunkCount: chunks.length,
    documentCount: 0,
    tombstones: 0,
    nextLabel: chunks.length,
  };
  const index = new CorpusIndex(manifest, chunks, [], vectors, lexical);
  for (const q of queries.slice(0, 10)) await retrieve(index, embedder, { question: q }, cfg); // warm-up
  const times: number[] = [];
  for (const q of queries) {
    const s = performance.now();
    await retrieve(index, embedder, { question: q }, cfg);
    times.push(performance.now() - s);
  }
  return { queries: queries.length, lexicalBuildMs: round(lexicalBuildMs, 0), p50Ms: round(percentile(times, 50), 2), p99Ms: round(percentile(times, 99), 2) };
}
