import { randomUUID } from "node:crypto";
import type { SessionStore, TurnLog } from "../store/sessions.js";
import { normalizeText } from "../text/normalize.js";
import { STOPWORDS } from "../text/stopwords.js";
import type { AnswerDeps, Step, TokenSink } from "./context.js";
import { runPipeline } from "./pipeline.js";
import { canned } from "./statuses.js";
import { compose } from "./steps/compose.js";
import { guardInput } from "./steps/guard-input.js";
import { guardOutput } from "./steps/guard-output.js";
import { normalize } from "./steps/normalize.js";
import { retrieveStep } from "./steps/retrieve.js";
import { route } from "./steps/route.js";
import type { ChatRequest, ChatResponse } from "./types.js";

/** How many topic words a conversation carries into a follow-up. */
const TOPIC_WORDS = 12;

/** Steps that features add to the pipeline, in two slots. */
export interface StepSlots {
  /** After the input guard, before routing: ongoing dialogues (a form being filled, an open handoff). */
  beforeRoute?: Step[];
  /** After routing, before retrieval: intents (apply for a service, check a ticket, talk to an officer). */
  afterRoute?: Step[];
}

/**
 * The order of the answer pipeline:
 * normalise → guard input → [beforeRoute] → route → [afterRoute] → retrieve → compose → guard output.
 */
export function defaultSteps(slots: StepSlots = {}): Step[] {
  return [normalize, guardInput, ...(slots.beforeRoute ?? []), route, ...(slots.afterRoute ?? []), retrieveStep, compose, guardOutput];
}

export interface Engine {
  /** Answers one message. Never throws: failures come back as the `error` status. */
  answer(request: ChatRequest, stream?: TokenSink): Promise<ChatResponse>;
}

export interface EngineStores {
  sessions: SessionStore;
  turns: TurnLog;
}

function topicOf(query: string): string {
  const words = normalizeText(query).split(" ").filter((w) => w && !STOPWORDS.has(w));
  return words.slice(-TOPIC_WORDS).join(" ");
}

/**
 * The conversation engine every channel uses: loads the session, runs the pipeline, remembers
 * the topic for follow-ups and logs the (masked) turn.
 *
 * @example
 * const engine = createEngine(deps, { sessions: store, turns: store });
 * await engine.answer({ message: "syarat ktp baru apa aja?" }); // { sessionId, status: "answered", ... }
 */
export function createEngine(deps: AnswerDeps, stores: EngineStores, steps: Step[] = defaultSteps()): Engine {
  return {
    async answer(request, stream) {
      const started = performance.now();
      const sessionId = request.sessionId ?? randomUUID();
      const lang = request.lang ?? "id";
      try {
        const channel = request.channel ?? "web";
        const session = stores.sessions.get(sessionId) ?? { id: sessionId, channel, userKey: request.userId ?? null, memory: {} };
        const { result, ctx } = await runPipeline(steps, { ...request, sessionId }, deps, session.memory, stream);
        if (result.status === "answered" && ctx.route === "question") session.memory.lastTopic = topicOf(ctx.searchQuery);
        stores.sessions.save(session);
        stores.turns.record({
          sessionId,
          channel,
          question: ctx.question,
          status: result.status,
          answer: result.answer,
          citations: result.citations.map((c) => c.label),
          evidence: ctx.retrieval?.evidence ?? null,
          opd: request.opd ?? null,
          serviceId: ctx.retrieval?.hits[0]?.chunk.meta.serviceId ?? null,
          latencyMs: performance.now() - started,
        });
        return { sessionId, ...result };
      } catch {
        return { sessionId, status: "error", answer: canned("error", lang), citations: [], actions: [] };
      }
    },
  };
}
