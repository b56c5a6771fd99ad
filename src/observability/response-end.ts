import type { Context } from "hono";
import { matchedRoutes } from "hono/route";

/**
 * The route pattern that answered (`/api/documents/:id`), or `unmatched` for a 404 without a route.
 * Patterns, not paths, keep log fields and metric labels bounded.
 *
 * @example
 * routeOf(c); // "/api/chat"
 */
export function routeOf(c: Context): string {
  const handlers = matchedRoutes(c).filter((r) => r.method !== "ALL");
  return handlers.at(-1)?.path ?? "unmatched";
}

/**
 * Calls `done` when the response is complete: at once for an ordinary response, and after the
 * last chunk (or a client abort) for a streamed one (`text/event-stream`), so latency and the
 * answer status of a stream are those of the whole answer.
 *
 * @example
 * await next(); afterResponse(c, () => log.info({ status: c.res.status }));
 */
export function afterResponse(c: Context, done: () => void): void {
  const body = c.res.body;
  if (!body || !(c.res.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    done();
    return;
  }
  let called = false;
  const once = () => {
    if (!called) (called = true), done();
  };
  const reader = body.getReader();
  const tapped = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read();
        if (chunk.done) {
          controller.close();
          once();
        } else controller.enqueue(chunk.value);
      } catch (err) {
        once();
        controller.error(err);
      }
    },
    cancel(reason) {
      once();
      return reader.cancel(reason);
    },
  });
  c.res = new Response(tapped, c.res);
}
