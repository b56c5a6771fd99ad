import type { AnswerContext, AnswerDeps, ConversationMemory, Step, StepResult, TokenSink } from "./context.js";
import { canned, type Lang } from "./statuses.js";
import type { ChatRequest } from "./types.js";

export interface PipelineRun {
  result: StepResult;
  ctx: AnswerContext;
}

/**
 * Runs the steps in order over one context until one of them aborts (then only `always` steps run). Never throws: an exception
 * in a step becomes the `error` status with its canned text, and the step's name is recorded.
 *
 * @example
 * const { result } = await runPipeline([normalize, guardInput, route, retrieveStep, compose, guardOutput], req, deps, {});
 */
export async function runPipeline(
  steps: Step[],
  request: ChatRequest,
  deps: AnswerDeps,
  memory: ConversationMemory,
  stream?: TokenSink,
): Promise<PipelineRun> {
  const ctx: AnswerContext = {
    request,
    deps,
    memory,
    lang: request.lang ?? "id",
    question: request.message,
    normalized: request.message,
    searchQuery: request.message,
    pii: [],
    timings: {},
    stream,
    abort(status, answer, extra = {}) {
      ctx.result = { status, answer, citations: extra.citations ?? [], actions: extra.actions ?? [] };
    },
  };
  for (const step of steps) {
    if (ctx.result && !step.always) continue;
    const name = step.stepName ?? step.name;
    const t0 = performance.now();
    try {
      await step(ctx);
    } catch (err) {
      ctx.timings[name] = performance.now() - t0;
      ctx.timings.failedStep = 1;
      (ctx as { error?: string }).error = `${name}: ${(err as Error).message}`;
      return { result: { status: "error", answer: canned("error", ctx.lang as Lang), citations: [], actions: [] }, ctx };
    }
    ctx.timings[name] = performance.now() - t0;
  }
  const result = ctx.result ?? { status: "error" as const, answer: canned("error", ctx.lang), citations: [], actions: [] };
  return { result, ctx };
}
