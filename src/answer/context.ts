import type { Env } from "../config/env.js";
import type { CorpusIndex } from "../index/corpus-index.js";
import type { StoredChunk } from "../index/manifest.js";
import type { Embedder } from "../index/types.js";
import type { PersonalDataKind } from "../privacy/mask.js";
import type { RetrievalConfig, RetrievalResult } from "../retrieval/hybrid.js";
import type { RetrievalAssist } from "../retrieval/llm-rerank.js";
import type { ConversationMemory } from "../store/memory.js";
import type { TurnTrace } from "../store/sessions.js";
import type { Composer } from "./composers/types.js";
import type { AnswerStatus, Lang } from "./statuses.js";
import type { Action, ChatRequest, Citation } from "./types.js";

export type { ConversationMemory, FormState } from "../store/memory.js";
export type { TurnTrace } from "../store/sessions.js";

/** Everything a step needs from outside; built once in `src/services.ts`. */
export interface AnswerDeps {
  /** The live index; read per question so a swap takes effect without a restart. */
  index: () => CorpusIndex | null;
  embedder: Embedder;
  composer: Composer;
  /** The composer used when the primary one fails or times out. */
  fallbackComposer: Composer;
  retrieval: RetrievalConfig;
  /** LLM mode: query rewrite and rerank around the offline ranking (see `assistRetrieval`). */
  assist?: RetrievalAssist;
  env: Pick<Env, "MAX_MESSAGE_CHARS" | "DEFAULT_CITY">;
}

/** How a turn ends, as a step states it: `citations` and `actions` default to none. */
export interface Reply {
  status: AnswerStatus;
  answer: string;
  citations?: Citation[];
  actions?: Action[];
}

/** A finished turn before the engine adds the session id. */
export interface StepResult {
  status: AnswerStatus;
  answer: string;
  citations: Citation[];
  actions: Action[];
}

/**
 * The message as the user typed it, sealed: printing, logging or serialising it gives the masked
 * text. Only a form field that validates and encrypts its value may `reveal()` it.
 */
export interface SealedText {
  reveal(): string;
  toString(): string;
  toJSON(): string;
}

/** The one mutable context the steps share for a single turn. */
export interface AnswerContext {
  /** The request with its message already masked: steps never see the raw message. */
  readonly request: ChatRequest;
  /** The raw message, sealed (see `SealedText`). */
  readonly input: SealedText;
  readonly deps: AnswerDeps;
  readonly memory: ConversationMemory;
  /** Step timings and what failed; stored with the turn. */
  readonly trace: TurnTrace;
  lang: Lang;
  /** The cleaned message with NIK and phone numbers masked. */
  question: string;
  /** Masked and normalised (slang expanded). */
  normalized: string;
  /** What retrieval searches for: the question, completed with the topic for a follow-up. */
  searchQuery: string;
  /** Kinds of personal data found (and masked) in the message. */
  pii: PersonalDataKind[];
  route?: "greeting" | "help" | "thanks" | "question";
  retrieval?: RetrievalResult;
  /** The chunks a composer answered from; `finalizeTurn` adds the notes they require. */
  composed?: { composer: string; used: StoredChunk[]; confidence?: "high" | "low" };
  /** Text put in front of this turn's reply, whatever it is (messages kept for the user). */
  header?: string;
  /** Text put after this turn's reply, whatever it is (e.g. a form kept waiting while a question is answered). */
  footer?: string;
  /** How the turn ended; set by `finish` or `fail`. */
  result?: StepResult;
  /** Receives answer text as it is produced (streaming); already guarded by the engine. */
  stream?: TokenSink;
  /** Ends the turn with this reply; later steps do not run. */
  finish(reply: Reply): void;
  /** Ends the turn with the `error` status and its canned text, recording the step and `error` in the trace. */
  fail(error: string): void;
}

/** Where streamed answer text goes; `reset` discards what was sent (a composer fell back). */
export interface TokenSink {
  token(text: string): void;
  reset(): void;
}

/** A pipeline step: reads and appends to the context, and may end the turn with `finish` or `fail`. */
export type Step = ((ctx: AnswerContext) => Promise<void>) & { stepName?: string };
