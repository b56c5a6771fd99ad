import { OpenAIEmbeddings } from "@langchain/openai";
import type { Embedder } from "../types.js";

export interface OpenAIEmbedderOptions {
  baseURL?: string;
  apiKey?: string;
  model: string;
  /** Requested output size; also the index dimension. Required when the model's size is not known. */
  dimensions?: number;
  batchSize?: number;
}

const KNOWN_DIMENSIONS: Record<string, number> = {
  "text-embedding-3-small": 1536,
  "text-embedding-3-large": 3072,
  "text-embedding-ada-002": 1536,
};

/**
 * Embeddings from any OpenAI-compatible server (OpenAI, or a self-hosted server in Indonesia
 * such as vLLM or Ollama), through LangChain's `OpenAIEmbeddings`.
 *
 * @example
 * new OpenAIEmbedder({ baseURL: "https://llm.kendarikota.go.id/v1", model: "bge-m3", dimensions: 1024 });
 */
export class OpenAIEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly client: OpenAIEmbeddings;

  constructor(options: OpenAIEmbedderOptions) {
    const dimensions = options.dimensions ?? KNOWN_DIMENSIONS[options.model];
    if (!dimensions) {
      throw new Error(`EMBEDDINGS_DIMENSIONS must be set for model "${options.model}"`);
    }
    this.dimensions = dimensions;
    this.id = `openai:${options.model}:d${dimensions}`;
    this.client = new OpenAIEmbeddings({
      model: options.model,
      apiKey: options.apiKey ?? "not-needed",
      // Only send `dimensions` when the caller asked for it: many self-hosted servers reject it.
      ...(options.dimensions ? { dimensions: options.dimensions } : {}),
      batchSize: options.batchSize ?? 64,
      maxRetries: 2,
      configuration: options.baseURL ? { baseURL: options.baseURL } : {},
    });
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return this.check(await this.client.embedDocuments(texts));
  }

  async embedQuery(text: string): Promise<number[]> {
    const [v] = this.check([await this.client.embedQuery(text)]);
    return v!;
  }

  private check(vectors: number[][]): number[][] {
    for (const v of vectors) {
      if (v.length !== this.dimensions) {
        throw new Error(`embedding server returned ${v.length} dimensions, expected ${this.dimensions}`);
      }
    }
    return vectors;
  }
}
