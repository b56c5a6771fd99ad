import type { Env } from "../../config/env.js";
import { OpenAiJsonChat } from "../../retrieval/llm-json.js";
import type { RetrievalAssist } from "../../retrieval/llm-rerank.js";
import { LlmComposer } from "./llm.js";
import type { Composer } from "./types.js";

/**
 * The composer the configuration asks for: an LLM on an OpenAI-compatible server when
 * `LLM_PROVIDER=openai`, otherwise `undefined`, which leaves the extractive default in place.
 *
 * @example
 * createComposer(loadEnv({ LLM_PROVIDER: "openai", LLM_BASE_URL: "http://10.0.0.5:8000/v1", LLM_MODEL: "qwen2.5-14b-instruct" }))?.name; // "llm"
 * createComposer(loadEnv({})); // undefined
 */
export function createComposer(env: Env): Composer | undefined {
  if (env.LLM_PROVIDER !== "openai") return undefined;
  return new LlmComposer({
    baseURL: env.LLM_BASE_URL,
    apiKey: env.LLM_API_KEY,
    model: env.LLM_MODEL,
    temperature: env.LLM_TEMPERATURE,
    timeoutMs: env.LLM_TIMEOUT_MS,
  });
}

/**
 * LLM mode's help with retrieval (query rewrite, rerank) when `LLM_PROVIDER=openai` and
 * `LLM_QUERY_REWRITE` or `LLM_RERANK` is on; otherwise `undefined` (offline ranking only).
 *
 * @example
 * createRetrievalAssist(loadEnv({ LLM_PROVIDER: "openai", LLM_RERANK: "true", LLM_QUERY_REWRITE: "false" }))?.rerank; // true
 */
export function createRetrievalAssist(env: Env): RetrievalAssist | undefined {
  if (env.LLM_PROVIDER !== "openai" || !(env.LLM_QUERY_REWRITE || env.LLM_RERANK)) return undefined;
  const chat = new OpenAiJsonChat({ baseURL: env.LLM_BASE_URL, apiKey: env.LLM_API_KEY, model: env.LLM_MODEL, timeoutMs: env.LLM_RERANK_TIMEOUT_MS });
  return { chat, rewrite: env.LLM_QUERY_REWRITE, rerank: env.LLM_RERANK, candidates: env.LLM_RERANK_CANDIDATES };
}
