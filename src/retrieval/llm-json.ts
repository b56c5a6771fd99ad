import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { ChatOpenAI } from "@langchain/openai";

/** A chat model asked for JSON: resolves to the parsed value, rejects on HTTP errors, timeout or invalid JSON. */
export interface JsonChat {
  ask(system: string, user: string): Promise<unknown>;
}

export interface OpenAiJsonChatOptions {
  /** An OpenAI-compatible endpoint; OpenAI when omitted. */
  baseURL?: string;
  apiKey?: string;
  model: string;
  /** The time budget of one call. */
  timeoutMs: number;
}

/**
 * The first JSON array or object in a model's reply (models wrap JSON in prose or ``` fences).
 *
 * @example
 * parseJsonReply('```json\n[3, 1]\n```'); // [3, 1]
 */
export function parseJsonReply(text: string): unknown {
  const start = text.search(/[[{]/);
  const end = Math.max(text.lastIndexOf("]"), text.lastIndexOf("}"));
  if (start < 0 || end < start) throw new Error("LLM reply holds no JSON");
  return JSON.parse(text.slice(start, end + 1));
}

/**
 * A JSON-answering chat model on any OpenAI-compatible server (temperature 0, no retries, one
 * time budget per call), for the retrieval helpers of LLM mode (query rewrite, rerank).
 *
 * @example
 * const chat = new OpenAiJsonChat({ baseURL: "http://10.0.0.5:8000/v1", model: "qwen2.5-14b-instruct", timeoutMs: 4000 });
 * await chat.ask("Reply with a JSON array.", "…"); // [2, 1, 3]
 */
export class OpenAiJsonChat implements JsonChat {
  private readonly model: ChatOpenAI;

  constructor(private readonly options: OpenAiJsonChatOptions) {
    this.model = new ChatOpenAI({
      model: options.model,
      apiKey: options.apiKey ?? "not-needed",
      temperature: 0,
      configuration: { baseURL: options.baseURL },
      maxRetries: 0,
    });
  }

  async ask(system: string, user: string): Promise<unknown> {
    const { timeoutMs } = this.options;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`LLM timed out after ${timeoutMs} ms`)), timeoutMs);
    try {
      const reply = await this.model.invoke([new SystemMessage(system), new HumanMessage(user)], { signal: controller.signal });
      controller.signal.throwIfAborted();
      return parseJsonReply(reply.text);
    } catch (err) {
      // The client reports its own "Request was aborted."; say why.
      throw controller.signal.aborted ? controller.signal.reason : err;
    } finally {
      clearTimeout(timer);
    }
  }
}
