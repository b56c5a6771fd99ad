import { Embeddings } from "@langchain/core/embeddings";
import type { Embedder } from "../../src/index/types.js";

/**
 * Wraps the project's embedder (the same LocalHashEmbedder the service uses) as a LangChain
 * `Embeddings`, so the stock pipeline and ours see identical vectors for identical text.
 *
 * @example
 * const emb = new EmbedderAsLangChain(new LocalHashEmbedder({ dimensions: 512 }));
 * await emb.embedQuery("syarat ktp"); // number[512]
 */
export class EmbedderAsLangChain extends Embeddings {
  constructor(private readonly embedder: Embedder) {
    super({});
  }

  embedDocuments(texts: string[]): Promise<number[][]> {
    return this.embedder.embedDocuments(texts);
  }

  embedQuery(text: string): Promise<number[]> {
    return this.embedder.embedQuery(text);
  }
}
