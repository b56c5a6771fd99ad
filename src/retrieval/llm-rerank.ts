import type { RetrievalResult, RetrievedChunk } from "./hybrid.js";
import type { JsonChat } from "./llm-json.js";
import { fuseResults, rewriteQuery } from "./llm-rewrite.js";

/** Characters of a candidate's text the model sees. */
const PASSAGE_CHARS = 400;

const SYSTEM = [
  "You rank passages from the regulations and service standards of Kota Kendari for a citizen's question.",
  "Put first the passage that answers the question itself (the right Pasal, or the right service component), then the next most useful.",
  "Reply with only a JSON array of the passage ids, most relevant first, e.g. [3, 1, 2]. Leave out passages that do not help.",
].join("\n");

/** LLM mode's help with retrieval; built from env by `createRetrievalAssist`. */
export interface RetrievalAssist {
  chat: JsonChat;
  /** Search other phrasings of the question too (fused by reciprocal rank). */
  rewrite: boolean;
  /** Reorder the top `candidates` before composing. */
  rerank: boolean;
  candidates: number;
}

/** The prompt's list of candidates: "[id] label" and the start of the text. */
function passages(hits: RetrievedChunk[]): string {
  return hits
    .map((h, i) => {
      const text = h.chunk.text.replace(/\s+/g, " ").trim();
      return `[${i + 1}] ${h.chunk.label}\n${text.length > PASSAGE_CHARS ? `${text.slice(0, PASSAGE_CHARS)}…` : text}`;
    })
    .join("\n\n");
}

/**
 * The hits in the model's order: the ids it names first (unknown and repeated ids ignored), then
 * the ones it left out, in their offline order, so nothing is lost. Rejects on any model error or
 * a reply that names no candidate.
 *
 * @example
 * (await rerankHits(chat, "sanksi jika opd tidak menerapkan spbe", hits))[0].chunk.label; // "… Pasal 41"
 */
export async function rerankHits(chat: JsonChat, question: string, hits: RetrievedChunk[]): Promise<RetrievedChunk[]> {
  if (hits.length < 2) return hits;
  const reply = await chat.ask(SYSTEM, `Question: ${question}\n\nPassages:\n${passages(hits)}`);
  if (!Array.isArray(reply)) throw new Error("rerank reply is not a JSON array");
  const order: number[] = [];
  for (const v of reply) {
    const n = typeof v === "string" ? Number(v.replace(/[[\]\s]/g, "")) : v;
    if (Number.isInteger(n) && n >= 1 && n <= hits.length && !order.includes(n - 1)) order.push(n - 1);
  }
  if (order.length === 0) throw new Error("rerank reply names no candidate");
  const rest = hits.map((_, i) => i).filter((i) => !order.includes(i));
  return [...order, ...rest].map((i) => hits[i]!);
}

export interface AssistInput {
  question: string;
  /** The offline result of the question, searched with `candidates` hits. */
  result: RetrievalResult;
  /** Searches another phrasing the same way. */
  search: (query: string) => Promise<RetrievalResult>;
  rrfK: number;
  /** How many hits the answer keeps. */
  topK: number;
}

/**
 * Rewrites, fuses and reranks with the model. Each part that fails (error, timeout, invalid JSON)
 * leaves the offline result of that part standing, and says why in `fallback`. A question the
 * offline rules refuse as out of scope is not sent to the model.
 *
 * @example
 * const { result, fallback } = await assistRetrieval(assist, { question, result: offline, search, rrfK: 60, topK: 8 });
 */
export async function assistRetrieval(assist: RetrievalAssist, input: AssistInput): Promise<{ result: RetrievalResult; fallback?: string }> {
  const failures: string[] = [];
  let result = input.result;
  if (!result.outOfScope && result.hits.length > 0) {
    if (assist.rewrite) {
      try {
        const phrasings = await rewriteQuery(assist.chat, input.question);
        const others = await Promise.all(phrasings.map(input.search));
        result = fuseResults([result, ...others], input.rrfK);
      } catch (err) {
        failures.push(`rewrite: ${(err as Error).message}`);
      }
    }
    if (assist.rerank) {
      try {
        const top = result.hits.slice(0, assist.candidates);
        result = { ...result, hits: [...(await rerankHits(assist.chat, input.question, top)), ...result.hits.slice(assist.candidates)] };
      } catch (err) {
        failures.push(`rerank: ${(err as Error).message}`);
      }
    }
  }
  result = { ...result, hits: result.hits.slice(0, input.topK) };
  return failures.length > 0 ? { result, fallback: failures.join("; ") } : { result };
}
