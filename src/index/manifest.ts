import type { RegulationMeta } from "../corpus/regulation.js";
import type { ServiceStandard } from "../corpus/service.js";
import type { IndexedChunk } from "./types.js";

import { ANALYZER_VERSION } from "../text/normalize.js";

export const INDEX_FORMAT_VERSION = 1;

/** A source document as the index knows it: what `GET /api/documents` and the forms read. */
export type DocumentRecord =
  | { docId: string; kind: "regulation"; source: string; digest: string; meta: RegulationMeta }
  | { docId: string; kind: "service"; source: string; digest: string; meta: ServiceStandard };

/** A chunk as stored: with its content digest and its label in the vector graph. */
export interface StoredChunk extends IndexedChunk {
  vectorLabel: number;
}

/** Describes one index version; the embedder fields guard against mixing vector spaces. */
export interface Manifest {
  formatVersion: number;
  embedder: { id: string; dimensions: number };
  /** The text analyser that produced the BM25 terms (see ANALYZER_VERSION). */
  analyzer: string;
  hnsw: { m: number; efConstruction: number };
  createdAt: string;
  chunkCount: number;
  documentCount: number;
  tombstones: number;
  nextLabel: number;
}

/** Raised when the index on disk cannot be used as it is; the message says what to do. */
export class IndexMismatchError extends Error {
  override name = "IndexMismatchError";
}

/**
 * Refuses an index built by another embedder (or another format) with an actionable message.
 *
 * @example
 * assertCompatible(manifest, { id: "local-hash-v1:d512", dimensions: 512 });
 */
export function assertCompatible(manifest: Manifest, embedder: { id: string; dimensions: number }): void {
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION) {
    throw new IndexMismatchError(
      `The index was written in format ${manifest.formatVersion}, this version reads format ${INDEX_FORMAT_VERSION}. Re-run the ingest: npm run ingest -- --full`,
    );
  }
  if (manifest.analyzer !== ANALYZER_VERSION) {
    throw new IndexMismatchError(
      `The index was built with text analyser "${manifest.analyzer}", this version uses "${ANALYZER_VERSION}". Re-run the ingest: npm run ingest -- --full`,
    );
  }
  if (manifest.embedder.id !== embedder.id || manifest.embedder.dimensions !== embedder.dimensions) {
    throw new IndexMismatchError(
      `The index was built with embedder "${manifest.embedder.id}" (${manifest.embedder.dimensions} dimensions), ` +
        `but the service is configured with "${embedder.id}" (${embedder.dimensions} dimensions). ` +
        `Re-run the ingest with the current settings: npm run ingest -- --full`,
    );
  }
}
