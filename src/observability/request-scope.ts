import { AsyncLocalStorage } from "node:async_hooks";

/** What one HTTP request learns while it runs, for its log line. */
export interface RequestFacts {
  answerStatus?: string;
  channel?: string;
}

const scope = new AsyncLocalStorage<RequestFacts>();

/**
 * Runs `fn` with a fresh facts record that code deeper in the same request can fill in
 * (the engine's turn observer notes the answer status and channel).
 *
 * @example
 * const facts: RequestFacts = {}; await runInRequest(facts, () => next()); facts.answerStatus; // "answered"
 */
export function runInRequest<T>(facts: RequestFacts, fn: () => T): T {
  return scope.run(facts, fn);
}

/** Notes the answer of the current request, if any request is running. */
export function noteAnswer(status: string, channel: string): void {
  const facts = scope.getStore();
  if (facts) Object.assign(facts, { answerStatus: status, channel });
}
