import type { MiddlewareHandler } from "hono";
import type { Logger } from "../../observability/logger.js";
import { afterResponse, routeOf } from "../../observability/response-end.js";
import { runInRequest, type RequestFacts } from "../../observability/request-scope.js";

export interface RequestLogOptions {
  logger: Logger;
  now?: () => number;
}

/**
 * One structured log line per request: request id, method, route pattern, path, status, latency,
 * and for chat turns the answer status and channel (noted by the engine's turn observer). A
 * stream is logged when it ends. Personal data in any field is masked by the logger.
 *
 * @example
 * app.use("*", requestLog({ logger }));
 * // {"level":30,"requestId":"…","method":"POST","route":"/api/chat","status":200,"ms":4.1,"answerStatus":"answered","channel":"web","msg":"request"}
 */
export function requestLog(options: RequestLogOptions): MiddlewareHandler {
  const now = options.now ?? (() => performance.now());
  return async function requestLogMiddleware(c, next) {
    const started = now();
    const facts: RequestFacts = {};
    await runInRequest(facts, () => next());
    afterResponse(c, () => {
      const status = c.res.status;
      const line = {
        requestId: c.get("requestId" as never) as string | undefined,
        method: c.req.method,
        route: routeOf(c),
        path: c.req.path,
        status,
        ms: Math.round((now() - started) * 10) / 10,
        ...(facts.answerStatus ? { answerStatus: facts.answerStatus, channel: facts.channel } : {}),
      };
      if (status >= 500) options.logger.error(line, "request");
      else options.logger.info(line, "request");
    });
  };
}
