import type { Env } from "../config/env.js";
import type { CorpusIndex } from "../index/corpus-index.js";
import type { Embedder } from "../index/types.js";
import type { RetrievalConfig, RetrievalResult } from "../retrieval/hybrid.js";
import type { Composer } from "./composers/types.js";
import type { AnswerStatus, Lang } from "./statuses.js";
import type { Action, ChatRequest, Citation } from "./types.js";

/** What the previous turns of this conversation leave for the next one. */
export interface ConversationMemory {
  /** The effective query of the last answered turn, used to complete follow-ups. */
  lastTopic?: string;
  /** Free-form state owned by later steps (forms, handoff), persisted with the session. */
  state?: Record<string, unknown>;
}

/** Everything a step needs from outside; built once in `src/main.ts`. */
export interface AnswerDeps {
  /** The live index; read per question so a swap takes effect without a restart. */
  index: () => CorpusIndex | null;
  embedder: Embedder;
  composer: Composer;
  /** The composer used when the primary one fails or times out. */
  fallbackComposer: Composer;
  retrieval: RetrievalConfig;
  env: Pick<Env, "MAX_MESSAGE_CHARS" | "DEFAULT_CITY">;
}

export interface StepResult {
  status: AnswerStatus;
  answer: string;
  citations: Citation[];
  actions: Action[];
}

/** The one mutable context the steps share for a single turn. */
export interface AnswerContext {
  readonly request: ChatRequest;
  readonly deps: AnswerDeps;
  readonly memory: ConversationMemory;
  lang: Lang;
  /** The message with NIK and phone numbers masked: the only form later steps see. */
  question: string;
  /** Masked and normalised (slang expanded). */
  normalized: string;
  /** What retrieval searches for: the question, completed with the topic for a follow-up. */
  searchQuery: string;
  /** Kinds of personal data found (and masked) in the message. */
  pii: Array<"nik" | "phone" | "email">;
  route?: "greeting" | "help" | "thanks" | "question";
  retrieval?: RetrievalResult;
  result?: StepResult;
  /** Receives answer text as it is produced (streaming). */
  stream?: TokenSink;
  timings: Record<string, number>;
  /** Ends the pipeline with this result; later steps do not run. */
  abort(status: AnswerStatus, answer: string, extra?: Partial<Omit<StepResult, "status" | "answer">>): void;
}

/** Where streamed answer text goes; `reset` discards what was sent (a composer fell back). */
export interface TokenSink {
  token(text: string): void;
  reset(): void;
}

/** A pipeline step. `always` steps run even after an earlier step aborted (output guards). */
export type Step = ((ctx: AnswerContext) => Promise<void>) & { stepName?: string; always?: boolean };
