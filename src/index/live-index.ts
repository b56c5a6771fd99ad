import { CorpusIndex } from "./corpus-index.js";
import type { HnswOptions, VectorStoreLoader } from "./hnsw.js";
import type { Embedder } from "./types.js";

/**
 * The index the service answers from. A refresh loads the new version completely and then swaps
 * one reference, so requests in flight finish on the old version and none fails during the swap.
 *
 * @example
 * const live = new LiveIndex(dir, embedder, hnsw); live.reload(); live.get()?.size;
 */
export class LiveIndex {
  private current: CorpusIndex | null = null;

  constructor(
    readonly dir: string,
    private readonly embedder: Embedder,
    private readonly hnsw: HnswOptions,
    /** How a version's vectors are opened (hnswlib by default; see `VectorStoreLoader`). */
    private readonly loadVectors?: VectorStoreLoader,
    /** Work derived from a version once, before it serves (so the first question does not pay for it). */
    private readonly prepare?: (index: CorpusIndex) => void,
  ) {}

  get(): CorpusIndex | null {
    return this.current;
  }

  /** Loads the current version from disk and swaps it in; returns it (null when none exists). */
  reload(): CorpusIndex | null {
    const next = CorpusIndex.load(this.dir, this.embedder, this.hnsw, this.loadVectors);
    if (next) {
      this.prepare?.(next);
      this.current = next;
    }
    return this.current;
  }
}
