import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { ChatOpenAI } from "@langchain/openai";
import type { StoredChunk } from "../../index/manifest.js";
import { hasEvidence } from "../../retrieval/evidence.js";
import type { RetrievalResult } from "../../retrieval/hybrid.js";
import { answerMessages, NO_ANSWER, type PromptMessage } from "../prompts.js";
import { citedNumbers, dropInvalidMarkers, ungroundedFigures } from "./grounding.js";
import type { ComposeInput, ComposeOutput, Composer } from "./types.js";

/** How many passages the model sees at most. */
export const MAX_PASSAGES = 5;

export interface LlmComposerOptions {
  /** An OpenAI-compatible endpoint, e.g. "https://llm.kendarikota.go.id/v1"; OpenAI when omitted. */
  baseURL?: string;
  apiKey?: string;
  model: string;
  temperature: number;
  /** The whole time budget of one answer, first token to last. */
  timeoutMs: number;
}

/**
 * The passages the model answers from: up to `max` hits, those with enough coverage first,
 * each group in retrieval order.
 *
 * @example
 * selectPassages(retrieval, 0.5).map((c) => c.label); // ["Standar Pelayanan ... Baru, Biaya/tarif", ...]
 */
export function selectPassages(retrieval: RetrievalResult, minEvidence: number, max = MAX_PASSAGES): StoredChunk[] {
  const strong = retrieval.hits.filter((h) => hasEvidence(h.support, minEvidence));
  const weak = retrieval.hits.filter((h) => !hasEvidence(h.support, minEvidence));
  const seen = new Set<string>();
  return [...strong, ...weak]
    .map((h) => h.chunk)
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .slice(0, max);
}

/** The abort reason when the model declines: ends the stream early, and is not an error. */
const DECLINED = new Error("LLM declined");

/** Leading characters a model may wrap NO_ANSWER in ("**NO_ANSWER**"). */
const DECORATION = /^[\s*_`"'>]+/;
/** An unfinished citation marker (and the space before it) at the end of the text so far ("… gratis [", "… [1,"). */
const OPEN_MARKER = /\s*\[[\d,\s]{0,12}$/;

/**
 * Forwards the reply while it streams. Nothing is sent while the reply could still be NO_ANSWER,
 * and an unfinished `[n` is held until it closes, so markers naming no passage are dropped before
 * the user sees them. What was sent is exactly the final answer.
 */
class ReplyStream {
  private raw = "";
  private pending = "";
  private sent = "";
  private state: "undecided" | "answer" | "declined" = "undecided";

  constructor(
    private readonly passageCount: number,
    private readonly onToken?: (token: string) => void,
  ) {}

  get declined(): boolean {
    return this.state === "declined";
  }

  push(delta: string): void {
    if (this.state === "declined" || !delta) return;
    this.raw += delta;
    if (this.state === "undecided") {
      const head = this.raw.replace(DECORATION, "");
      if (head.startsWith(NO_ANSWER)) this.state = "declined";
      if (head.startsWith(NO_ANSWER) || NO_ANSWER.startsWith(head)) return;
      this.state = "answer";
      delta = this.raw.trimStart();
    }
    this.pending += delta;
    const cut = this.pending.search(OPEN_MARKER);
    const ready = cut < 0 ? this.pending : this.pending.slice(0, cut);
    this.pending = this.pending.slice(ready.length);
    this.emit(ready);
  }

  /** Ends the stream and returns the answer; a reply that is only a start of NO_ANSWER declines. */
  end(): string {
    if (this.state === "undecided" && this.raw.replace(DECORATION, "")) this.state = "declined";
    if (this.state === "declined") return "";
    this.emit(this.pending);
    this.pending = "";
    return this.sent.trim();
  }

  private emit(text: string): void {
    const clean = dropInvalidMarkers(text, this.passageCount);
    if (!clean) return;
    this.sent += clean;
    this.onToken?.(clean);
  }
}

/**
 * Writes the answer with a chat model on any OpenAI-compatible server, streaming it token by
 * token. The model sees at most five numbered passages and must cite them; an answer that cites
 * none or states a fee or duration the cited passages do not contain is rejected by throwing, as
 * are HTTP errors and the time budget, so the compose step falls back to the extractive composer.
 *
 * @example
 * const llm = new LlmComposer({ baseURL: "https://llm.kendarikota.go.id/v1", apiKey, model: "qwen2.5-14b-instruct", temperature: 0, timeoutMs: 20_000 });
 * const out = await llm.compose({ question, lang: "id", retrieval, index, minEvidence: 0.5, onToken: (t) => process.stdout.write(t) });
 */
export class LlmComposer implements Composer {
  readonly name = "llm";
  private readonly model: ChatOpenAI;

  constructor(private readonly options: LlmComposerOptions) {
    this.model = new ChatOpenAI({
      model: options.model,
      // Self-hosted servers often need no key, but the OpenAI client refuses to start without one.
      apiKey: options.apiKey ?? "not-needed",
      temperature: options.temperature,
      configuration: { baseURL: options.baseURL },
      streaming: true,
      maxRetries: 0,
    });
  }

  async compose(input: ComposeInput): Promise<ComposeOutput> {
    if (!hasEvidence(input.retrieval.evidence, input.minEvidence)) return { status: "no_answer", reason: "weak_evidence" };
    const passages = selectPassages(input.retrieval, input.minEvidence);
    if (passages.length === 0) return { status: "no_answer", reason: "weak_evidence" };

    const reply = new ReplyStream(passages.length, input.onToken);
    await this.stream(answerMessages(input.question, input.lang, passages), reply);
    const answer = reply.end();
    if (reply.declined) return { status: "no_answer", reason: "model_declined" };

    const used = citedNumbers(answer, passages.length).map((n) => passages[n - 1]!);
    if (used.length === 0) throw new Error("LLM answer cited no passage");
    const ungrounded = ungroundedFigures(
      answer,
      used.map((c) => `${c.label}\n${c.text}`),
    );
    if (ungrounded.length > 0) throw new Error(`LLM answer has an ungrounded figure: ${ungrounded.join(", ")}`);
    return { status: "answered", answer, used };
  }

  /** Streams the reply into `reply` within the time budget; throws on HTTP errors and on timeout. */
  private async stream(prompt: PromptMessage[], reply: ReplyStream): Promise<void> {
    const messages = prompt.map((m) => (m.role === "system" ? new SystemMessage(m.content) : new HumanMessage(m.content)));
    const controller = new AbortController();
    const { timeoutMs } = this.options;
    const timer = setTimeout(() => controller.abort(new Error(`LLM timed out after ${timeoutMs} ms`)), timeoutMs);
    try {
      const stream = await this.model.stream(messages, { signal: controller.signal });
      for await (const chunk of stream) {
        reply.push(chunk.text);
        // Stop a declining model by aborting: `break` here would call the stream's `return()`,
        // which never settles in @langchain/core 1.4.
        if (reply.declined) controller.abort(DECLINED);
      }
      // ChatOpenAI can end a stream quietly when the signal fires between chunks: never take a
      // truncated reply for a whole one.
      controller.signal.throwIfAborted();
    } catch (err) {
      if (controller.signal.reason !== DECLINED) throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}
