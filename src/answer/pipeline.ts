import { maskPersonalData, type PersonalDataKind } from "../privacy/mask.js";
import type { AnswerContext, AnswerDeps, ConversationMemory, SealedText, Step, TokenSink } from "./context.js";
import { canned } from "./statuses.js";
import type { ChatRequest } from "./types.js";

/** The masked message and the sealed raw one, as the engine admits them (see `admit`). */
export interface Admitted {
  /** The request, its message masked. */
  request: ChatRequest;
  input: SealedText;
  pii: PersonalDataKind[];
}

/** Control characters and runs of whitespace are tidied; NFKC first, so full-width digits are masked too. */
export function cleanMessage(message: string): string {
  return message
    .normalize("NFKC")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The engine's entry, before any step: cleans the message and masks every personal number in it.
 * The raw text stays sealed in `input`; `numbers` (bare NIK/KK digits) is for keyed hashing only.
 *
 * @example
 * admit({ message: "nik saya 7471085203950001" }).request.message; // "nik saya 7471********0001"
 */
export function admit(request: ChatRequest): Admitted & { numbers: string[] } {
  const cleaned = cleanMessage(request.message);
  const masked = maskPersonalData(cleaned);
  const input: SealedText = { reveal: () => cleaned, toString: () => masked.text, toJSON: () => masked.text };
  return { request: { ...request, message: masked.text }, input, pii: masked.found, numbers: masked.numbers };
}

/**
 * Builds the context of one turn. The request's message must already be masked (the engine does it);
 * `finish` and `fail` end the turn, and the runner records which step ended it.
 *
 * @example
 * const ctx = createContext(admitted, deps, session.memory, guardedSink);
 */
export function createContext(admitted: Admitted, deps: AnswerDeps, memory: ConversationMemory, stream?: TokenSink): AnswerContext & { current?: string } {
  const { request } = admitted;
  const ctx: AnswerContext & { current?: string } = {
    request,
    input: admitted.input,
    deps,
    memory,
    trace: { steps: [] },
    lang: request.lang ?? "id",
    question: request.message,
    normalized: request.message,
    searchQuery: request.message,
    pii: admitted.pii,
    stream,
    finish(reply) {
      ctx.result = { status: reply.status, answer: reply.answer, citations: reply.citations ?? [], actions: reply.actions ?? [] };
    },
    fail(error) {
      ctx.trace.failedStep = ctx.current;
      ctx.trace.error = maskPersonalData(error).text;
      ctx.result = { status: "error", answer: canned("error", ctx.lang), citations: [], actions: [] };
    },
  };
  return ctx;
}

/**
 * Runs the steps in order until one of them finishes (or fails) the turn, timing each in the trace.
 * Never throws: an exception in a step fails the turn with that step's name and message.
 *
 * @example
 * await runSteps([normalize, guardInput, route, retrieveStep, compose], ctx);
 * finalizeTurn(ctx); // the reply
 */
export async function runSteps(steps: Step[], ctx: AnswerContext & { current?: string }): Promise<void> {
  for (const step of steps) {
    if (ctx.result) break;
    const name = step.stepName ?? step.name;
    ctx.current = name;
    const t0 = performance.now();
    try {
      await step(ctx);
    } catch (err) {
      ctx.fail((err as Error).message ?? String(err));
    }
    ctx.trace.steps.push({ name, ms: Math.round((performance.now() - t0) * 10) / 10 });
  }
  ctx.current = undefined;
}
