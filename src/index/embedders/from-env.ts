import type { Env } from "../../config/env.js";
import type { HnswOptions } from "../hnsw.js";
import type { Embedder } from "../types.js";
import { LocalHashEmbedder } from "./local.js";
import { OpenAIEmbedder } from "./openai.js";

/**
 * The embedder the configuration asks for: the local one by default, or an OpenAI-compatible server.
 *
 * @example
 * createEmbedder(loadEnv({ EMBEDDINGS_PROVIDER: "openai", EMBEDDINGS_BASE_URL: "http://10.0.0.5:8000/v1", EMBEDDINGS_MODEL: "bge-m3", EMBEDDINGS_DIMENSIONS: "1024" }));
 */
export function createEmbedder(env: Env): Embedder {
  if (env.EMBEDDINGS_PROVIDER === "openai") {
    return new OpenAIEmbedder({
      baseURL: env.EMBEDDINGS_BASE_URL,
      apiKey: env.EMBEDDINGS_API_KEY,
      model: env.EMBEDDINGS_MODEL,
      dimensions: env.EMBEDDINGS_DIMENSIONS,
      batchSize: env.EMBEDDINGS_BATCH_SIZE,
    });
  }
  return new LocalHashEmbedder({ dimensions: env.LOCAL_EMBEDDER_DIMENSIONS });
}

export function hnswOptions(env: Env): HnswOptions {
  return { m: env.HNSW_M, efConstruction: env.HNSW_EF_CONSTRUCTION, efSearch: env.HNSW_EF_SEARCH };
}
