import type { Server } from "node:http";
import type { Logger } from "./logger.js";

/** One thing to finish on the way out, in order (flush channel queues, close the database). */
export interface ShutdownStep {
  name: string;
  run: () => void | Promise<void>;
}

export interface ShutdownOptions {
  /** The HTTP server to drain first; absent for a process without one (ROLE=worker, ROLE=whatsapp). */
  server?: Pick<Server, "close" | "closeIdleConnections" | "closeAllConnections">;
  steps: ShutdownStep[];
  /** Ends long-lived streams (SSE) so that `server.close()` can complete. */
  endStreams?: () => void;
  timeoutMs: number;
  logger: Logger;
  exit?: (code: number) => void;
}

/**
 * Graceful shutdown for SIGTERM/SIGINT: stop accepting connections, let in-flight requests
 * (a streaming answer too) finish, then run the steps, then exit 0. Past `timeoutMs` it closes
 * every connection and exits 1. A second signal while shutting down is ignored.
 *
 * @example
 * const stop = gracefulShutdown({ server, steps: [{ name: "database", run: () => db.close() }], timeoutMs: 10_000, logger });
 * process.on("SIGTERM", () => void stop("SIGTERM"));
 */
export function gracefulShutdown(options: ShutdownOptions): (signal: string) => Promise<void> {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let started = false;
  return async (signal) => {
    if (started) return;
    started = true;
    const log = options.logger;
    log.info({ event: "shutdown", signal, timeoutMs: options.timeoutMs }, "shutting down: no new requests, finishing in-flight ones");
    const force = setTimeout(() => {
      log.error({ event: "shutdown_forced", timeoutMs: options.timeoutMs }, "shutdown timed out; closing every connection");
      options.server?.closeAllConnections();
      log.flush();
      exit(1);
    }, options.timeoutMs);
    force.unref();
    const server = options.server;
    if (server) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      options.endStreams?.();
      // Keep-alive connections close as soon as their current response is done.
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      await closed;
      clearInterval(idle);
    }
    for (const step of options.steps) {
      try {
        await step.run();
      } catch (err) {
        log.error({ event: "shutdown_step_failed", step: step.name, err }, `shutdown step ${step.name} failed`);
      }
    }
    clearTimeout(force);
    log.info({ event: "shutdown_done" }, "stopped");
    await new Promise<void>((resolve) => log.flush((err) => resolve(void err)));
    exit(0);
  };
}
