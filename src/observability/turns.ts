import type { TurnLog, TurnRecord } from "../store/sessions.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";
import { noteAnswer } from "./request-scope.js";

/** Called once for every stored turn, after it is stored. */
export type TurnObserver = (turn: TurnRecord) => void;

/**
 * A turn log that stores through `inner`, then tells `observe`. The stored record is what is
 * observed, so logs and metrics see the same masked question and trace as the database.
 * An observer that throws never fails the turn.
 *
 * @example
 * createEngine(deps, { sessions: store, turns: observedTurns(store, observeTurns({ metrics, logger })) });
 */
export function observedTurns(inner: TurnLog, observe: TurnObserver): TurnLog {
  return {
    async record(turn) {
      const id = await inner.record(turn);
      try {
        observe(turn);
      } catch {
        // observability must not break answering
      }
      return id;
    },
  };
}

/**
 * Counts answers by status and channel, records evidence, notes the answer on the current
 * request's log line, and logs a failed pipeline step (step and error from the turn's trace)
 * or a composer fallback.
 *
 * @example
 * const onTurn = observeTurns({ metrics, logger });
 */
export function observeTurns(deps: { metrics?: Metrics; logger?: Logger }): TurnObserver {
  return (turn) => {
    deps.metrics?.answers.inc({ status: turn.status, channel: turn.channel });
    if (turn.evidence !== null && Number.isFinite(turn.evidence)) deps.metrics?.evidence.observe({ channel: turn.channel }, turn.evidence);
    noteAnswer(turn.status, turn.channel);
    const trace = turn.trace;
    if (trace?.failedStep) {
      deps.metrics?.pipelineFailures.inc({ step: trace.failedStep });
      deps.logger?.error(
        { event: "pipeline_failed", step: trace.failedStep, error: trace.error, status: turn.status, channel: turn.channel, steps: trace.steps },
        `pipeline step ${trace.failedStep} failed`,
      );
    }
    if (trace?.composerFallback) {
      deps.logger?.warn({ event: "composer_fallback", error: trace.composerFallback, channel: turn.channel }, "composer fell back to extractive");
    }
  };
}
