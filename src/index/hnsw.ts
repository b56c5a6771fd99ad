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
 * Vectors in an HNSW graph (hnswlib-node), addressed by integer labels. Deletes are tombstones
 * whose slots are reused, so an incremental refresh edits a copy of the previous graph instead
 * of rebuilding it.
 *
 * @example
 * const idx = HnswVectorIndex.create(512, { m: 16, efConstruction: 200, efSearch: 100 });
 * idx.add(0, vector); idx.search(query, 5); // [{ label: 0, score: 0.93 }]
 */
export class HnswVectorIndex {
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
