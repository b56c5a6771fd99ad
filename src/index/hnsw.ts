import { join } from "node:path";
import hnswlib from "hnswlib-node";

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

export interface HnswOptions {
  m: number;
  efConstruction: number;
  efSearch: number;
}

export interface LabelScore {
  label: number;
  /** Cosine similarity (vectors are L2-normalised, so inner product). */
  score: number;
}

/**
 * Where a version's chunk vectors live and are searched. The embedded default is
 * {@link HnswVectorIndex} (hnswlib inside each replica, loaded from the published version); a
 * deployment past the point ADR 6 names implements this over pgvector or a vector engine. `search`
 * may answer asynchronously (a network store), and retrieval awaits it; the write side (`add`,
 * `remove`, `vector`, `save`) is what the ingest uses to build or edit a version.
 */
export interface VectorStore {
  readonly dimensions: number;
  /** Live vectors (not counting tombstones). */
  readonly size: number;
  /** Deleted vectors whose slots are not reused yet (the ingest compacts past a share of them). */
  readonly tombstones: number;
  add(label: number, vector: number[]): void;
  remove(label: number): void;
  vector(label: number): number[];
  /** The k nearest vectors by cosine similarity, best first. */
  search(query: number[], k: number): LabelScore[] | Promise<LabelScore[]>;
  /** Persists the vectors with the version (a remote store may record only where they live). */
  save(path: string): void;
}

/**
 * Vectors in an HNSW graph (hnswlib-node), addressed by integer labels. Deletes are tombstones
 * whose slots are reused, so an incremental refresh edits a copy of the previous graph instead
 * of rebuilding it.
 *
 * @example
 * const idx = HnswVectorIndex.create(512, { m: 16, efConstruction: 200, efSearch: 100 });
 * idx.add(0, vector); idx.search(query, 5); // [{ label: 0, score: 0.93 }]
 */
export class HnswVectorIndex implements VectorStore {
  private deleted = 0;

  private constructor(
    private readonly index: Hnsw,
    readonly dimensions: number,
    deleted: number,
  ) {
    this.deleted = deleted;
  }

  static create(dimensions: number, options: HnswOptions, capacity = 1024): HnswVectorIndex {
    const index = new HierarchicalNSW("ip", dimensions);
    index.initIndex({ maxElements: capacity, m: options.m, efConstruction: options.efConstruction, randomSeed: 100, allowReplaceDeleted: true });
    index.setEf(options.efSearch);
    return new HnswVectorIndex(index, dimensions, 0);
  }

  static load(path: string, dimensions: number, options: HnswOptions, deleted: number): HnswVectorIndex {
    const index = new HierarchicalNSW("ip", dimensions);
    index.readIndexSync(path, true);
    index.setEf(options.efSearch);
    return new HnswVectorIndex(index, dimensions, deleted);
  }

  /** Live vectors (not counting tombstones). */
  get size(): number {
    return this.index.getCurrentCount() - this.deleted;
  }

  get tombstones(): number {
    return this.deleted;
  }

  add(label: number, vector: number[]): void {
    if (vector.length !== this.dimensions) {
      throw new Error(`vector has ${vector.length} dimensions, index has ${this.dimensions}`);
    }
    if (this.deleted > 0) {
      this.index.addPoint(vector, label, true);
      this.deleted--;
      return;
    }
    if (this.index.getCurrentCount() >= this.index.getMaxElements()) {
      this.index.resizeIndex(Math.max(1024, this.index.getMaxElements() * 2));
    }
    this.index.addPoint(vector, label, false);
  }

  remove(label: number): void {
    this.index.markDelete(label);
    this.deleted++;
  }

  vector(label: number): number[] {
    return this.index.getPoint(label);
  }

  search(query: number[], k: number, filter?: (label: number) => boolean): LabelScore[] {
    const n = Math.min(k, this.size);
    if (n <= 0) return [];
    const { neighbors, distances } = this.index.searchKnn(query, n, filter);
    return neighbors.map((label, i) => ({ label, score: 1 - distances[i]! }));
  }

  save(path: string): void {
    this.index.writeIndexSync(path);
  }
}

/**
 * Opens a version's vectors for serving: `dir` is the version directory, `dimensions` and
 * `tombstones` come from its manifest. The default reads `vectors.hnsw`; another store returns its
 * own `VectorStore` for that version (ADR 6).
 */
export type VectorStoreLoader = (dir: string, manifest: { dimensions: number; tombstones: number }, hnsw: HnswOptions) => VectorStore;

/** The embedded loader: the version's hnswlib graph, read from its directory. */
export const loadHnswVectors: VectorStoreLoader = (dir, manifest, hnsw) =>
  HnswVectorIndex.load(join(dir, VECTORS_FILE), manifest.dimensions, hnsw, manifest.tombstones);

/** The file a version's HNSW graph is written to. */
export const VECTORS_FILE = "vectors.hnsw";
