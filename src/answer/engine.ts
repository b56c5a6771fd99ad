import { randomUUID } from "node:crypto";
import type { SessionStore, TurnLog, TurnTrace } from "../store/sessions.js";
import { normalizeText } from "../text/normalize.js";
import { STOPWORDS } from "../text/stopwords.js";
import type { AnswerDeps, Step, TokenSink } from "./context.js";
import { finalizeTurn } from "./finalize.js";
import { admit, createContext, runSteps } from "./pipeline.js";
import { canned } from "./statuses.js";
import { compose } from "./steps/compose.js";
import { guardInput } from "./steps/guard-input.js";
import { offerNextStep } from "./steps/next-step.js";
import { normalize } from "./steps/normalize.js";
import { documentFactsStep } from "./steps/document-facts.js";
import { retrieveStep } from "./steps/retrieve.js";
import { route } from "./steps/route.js";
import { guardStream } from "./stream-guard.js";
import type { ChatRequest, ChatResponse } from "./types.js";

/** How many topic words a conversation carries into a follow-up. */
const TOPIC_WORDS = 12;

/** Steps that features add to the pipeline, in two slots. */
export interface StepSlots {
  /** After the input guard, before routing: ongoing dialogues (a form being filled, an open handoff). */
  beforeRoute?: Step[];
  /** After routing, before retrieval: intents (apply for a service, check a ticket, talk to an officer). */
  afterRoute?: Step[];
  /** Answers about a service with a form offer to start it (`offerNextStep`); set when forms are enabled. */
  offerForms?: boolean;
}

/**
 * The order of the answer pipeline: normalise → guard input → [beforeRoute] → route → [afterRoute] →
 * document facts → retrieve → compose. The engine masks before the first step and finalises after the last.
 */
export function defaultSteps(slots: StepSlots = {}): Step[] {
  return [
    normalize,
    guardInput,
    ...(slots.beforeRoute ?? []),
    route,
    ...(slots.afterRoute ?? []),
    documentFactsStep,
    retrieveStep,
    slots.offerForms ? offerNextStep(compose) : compose,
  ];
}

export interface Engine {
  /** Answers one message. Never throws: failures come back as the `error` status. */
  answer(request: ChatRequest, stream?: TokenSink): Promise<ChatResponse>;
}

/** One completed turn: the public reply and, for callers that log, what happened inside. */
export interface CompletedTurn {
  response: ChatResponse;
  trace: TurnTrace;
  /** The stored turn's id; null when storing failed. */
  turnId: number | null;
  channel: string;
  latencyMs: number;
}

/** The engine the composition root builds: `turn` also returns the trace (never part of the public JSON). */
export interface ConversationEngine extends Engine {
  turn(request: ChatRequest, stream?: TokenSink): Promise<CompletedTurn>;
}

export interface EngineStores {
  sessions: SessionStore;
  turns: TurnLog;
  /** Keyed hash of a NIK/KK number (see `createSubjectHasher`), stored per turn for erasure by NIK. */
  subjectHash: (nik: string) => string;
}

function topicOf(query: string): string {
  const words = normalizeText(query)
    .split(" ")
    .filter((w) => w && !STOPWORDS.has(w));
  return words.slice(-TOPIC_WORDS).join(" ");
}

/**
 * The conversation engine every channel uses. It owns the turn: masks the message before any step,
 * runs the steps, finalises the reply in one place (`finalizeTurn`), guards what is streamed, and
 * stores exactly what it returns, with the turn's trace and the keyed hashes of any NIK it held.
 *
 * @example
 * const engine = createEngine(deps, { sessions: store, turns: store, subjectHash });
 * await engine.answer({ message: "syarat ktp baru apa aja?" }); // { sessionId, status: "answered", ... }
 */
export function createEngine(deps: AnswerDeps, stores: EngineStores, steps: Step[] = defaultSteps()): ConversationEngine {
  async function run(request: ChatRequest, sink?: TokenSink): Promise<CompletedTurn> {
    const started = performance.now();
    const sessionId = request.sessionId ?? randomUUID();
    const channel = request.channel ?? "web";
    const stream = sink ? guardStream(sink) : undefined;
    let trace: TurnTrace = { steps: [] };
    try {
      const admitted = admit({ ...request, sessionId });
      const session = (await stores.sessions.get(sessionId)) ?? { id: sessionId, channel, userKey: request.userId ?? null, memory: {} };
      const ctx = createContext(admitted, deps, session.memory, stream);
      trace = ctx.trace;
      await runSteps(steps, ctx);
      const result = finalizeTurn(ctx);
      stream?.settle(result.answer);
      if (result.status === "answered" && ctx.route === "question") {
        const serviceId = ctx.retrieval?.hits[0]?.chunk.meta.serviceId;
        session.memory.topic = { words: topicOf(ctx.searchQuery), ...(serviceId ? { serviceId } : {}) };
      }
      await stores.sessions.save(session);
      const latencyMs = performance.now() - started;
      const turnId = await stores.turns.record({
        sessionId,
        channel,
        question: ctx.question,
        status: result.status,
        answer: result.answer,
        citations: result.citations.map((c) => c.label),
        evidence: ctx.retrieval?.evidence ?? null,
        opd: request.opd ?? null,
        serviceId: ctx.retrieval?.hits[0]?.chunk.meta.serviceId ?? null,
        latencyMs,
        trace,
        subjects: admitted.numbers.map(stores.subjectHash),
      });
      return { response: { sessionId, ...result }, trace, turnId, channel, latencyMs };
    } catch (err) {
      // Storing failed (the database is locked or gone): the citizen still gets a reply.
      trace.error ??= `engine: ${(err as Error).message}`;
      const answer = canned("error", request.lang ?? "id");
      stream?.settle(answer);
      const response: ChatResponse = { sessionId, status: "error", answer, citations: [], actions: [], confidence: "high" };
      return { response, trace, turnId: null, channel, latencyMs: performance.now() - started };
    }
  }
  return {
    turn: run,
    async answer(request, stream) {
      return (await run(request, stream)).response;
    },
  };
}
