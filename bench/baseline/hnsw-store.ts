import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { Document } from "@langchain/core/documents";
import { VectorStore } from "@langchain/core/vectorstores";
import hnswlib from "hnswlib-node";

const { HierarchicalNSW } = hnswlib;

/**
 * A minimal LangChain `VectorStore` over hnswlib-node, written to behave like
 * `HNSWLib` from @langchain/community (not installed here): space "cosine", an index
 * initialised with hnswlib's defaults (M 16, efConstruction 200) and grown on demand, search
 * with hnswlib's default ef, and scores returned as cosine *distances* (lower is closer),
 * exactly as HNSWLib does. In-memory only: no save/load, no filters, no deletes.
 *
 * @example
 * const store = await HnswlibStore.fromDocuments(docs, embeddings);
 * await store.similaritySearch("syarat ktp hilang", 5); // Document[]
 */
export class HnswlibStore extends VectorStore {
  declare FilterType: never;
  private index: InstanceType<typeof HierarchicalNSW> | null = null;
  private readonly docs = new Map<number, Document>();

  _vectorstoreType(): string {
    return "hnswlib";
  }

  constructor(
    embeddings: EmbeddingsInterface,
    private readonly space: "cosine" | "ip" | "l2" = "cosine",
  ) {
    super(embeddings, {});
  }

  async addDocuments(documents: Document[]): Promise<void> {
    const vectors = await this.embeddings.embedDocuments(documents.map((d) => d.pageContent));
    await this.addVectors(vectors, documents);
  }

  async addVectors(vectors: number[][], documents: Document[]): Promise<void> {
    if (vectors.length === 0) return;
    const dim = vectors[0]!.length;
    if (!this.index) {
      this.index = new HierarchicalNSW(this.space, dim);
      this.index.initIndex(vectors.length);
    }
    const needed = this.index.getCurrentCount() + vectors.length;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(needed);
    const start = this.index.getCurrentCount();
    vectors.forEach((v, i) => {
      this.index!.addPoint(v, start + i);
      this.docs.set(start + i, documents[i]!);
    });
  }

  async similaritySearchVectorWithScore(query: number[], k: number): Promise<[Document, number][]> {
    if (!this.index || this.index.getCurrentCount() === 0) return [];
    const n = Math.min(k, this.index.getCurrentCount());
    const { neighbors, distances } = this.index.searchKnn(query, n);
    return neighbors.map((label, i) => [this.docs.get(label)!, distances[i]!]);
  }

  /** Builds a store from documents, embedding them with `embeddings`. */
  static override async fromDocuments(docs: Document[], embeddings: EmbeddingsInterface): Promise<HnswlibStore> {
    const store = new HnswlibStore(embeddings);
    await store.addDocuments(docs);
    return store;
  }
}
