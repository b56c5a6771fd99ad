import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import type { FormsServices } from "../../forms/services.js";
import type { WebMessage } from "../../notify/web-live.js";
import type { AppEnv, RouteDeps } from "../app.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { webSession } from "../middleware/web-session.js";

/** A comment line this often keeps proxies from closing an idle stream. */
const KEEPALIVE_MS = 20_000;

export const ChatEventsQuerySchema = z.object({
  /** The web session token `POST /api/chat` issued (EventSource cannot send headers). */
  session: z.string().max(128),
  /** The last message id the widget has shown; the stream resumes after it. */
  after: z.coerce.number().int().min(0).default(0),
});

/**
 * `GET /api/chat/events?session=<token>&after=<id>`: one Server-Sent Events stream per open widget.
 * Each `message` event (`id` = message id) carries `{id, kind, text, at}`: an officer's reply, a
 * ticket's status change, a closed handoff. On opening, messages kept while no widget was open and
 * those after `after` are sent first. Only a token this server issued is accepted (403 otherwise),
 * and a stream only ever carries its own session's messages.
 *
 * @example
 * new EventSource(`${base}/api/chat/events?session=${encodeURIComponent(token)}&after=0`)
 *   .addEventListener("message", (e) => show(JSON.parse(e.data).text));
 */
export function registerChatEvents(app: OpenAPIHono<AppEnv>, deps: RouteDeps & { forms: FormsServices }): void {
  const route = createRoute({
    method: "get",
    path: "/api/chat/events",
    summary: "Live messages for an open web widget (SSE)",
    request: { query: ChatEventsQuerySchema },
    responses: {
      200: { description: "An event stream of `message` events", content: { "text/event-stream": { schema: { type: "string" } } } },
      400: { description: "Invalid request", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
      403: {
        description: "A session this server did not issue (`invalid_session`), or a foreign origin",
        content: { "application/json": { schema: ErrorEnvelopeSchema } },
      },
    },
  });
  app.openapi(route, (c) => {
    const { session: given, after } = c.req.valid("query");
    const session = webSession(c, deps.webSessions, given, { create: false });
    if (!session.ok) return session.response as never;
    const { webLive, notifier } = deps.forms;
    const sessionId = session.sessionId;
    c.header("Cache-Control", "no-store");
    c.header("X-Accel-Buffering", "no");
    return streamSSE(c, async (stream) => {
      let last = after;
      let queue = Promise.resolve();
      const send = (m: WebMessage) => {
        if (m.id <= last) return;
        last = m.id;
        queue = queue.then(() => stream.writeSSE({ id: String(m.id), event: "message", data: JSON.stringify(m) })).catch(() => undefined);
      };
      let wake: () => void = () => undefined;
      let closed = false;
      const close = () => {
        closed = true;
        wake();
      };
      // Subscribe, then catch up: what is delivered live meanwhile waits, and goes out in id order with what was missed.
      let arriving: WebMessage[] | null = [];
      const off = webLive.subscribe(sessionId, (m) => (arriving ? arriving.push(m) : send(m)), close);
      const done = deps.liveStreams.add(close);
      stream.onAbort(close);
      try {
        for (const kept of await notifier.takePending("web", sessionId)) await webLive.record(sessionId, kept);
        const missed = await webLive.since(sessionId, after);
        for (const m of [...missed, ...arriving].sort((a, b) => a.id - b.id)) send(m);
        arriving = null;
        await stream.write(": open\n\n");
        while (!closed) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, KEEPALIVE_MS).unref();
          });
          if (!closed)
            queue = queue
              .then(() => stream.write(": ping\n\n"))
              .then(() => undefined)
              .catch(close);
        }
      } finally {
        off();
        done();
        await queue;
      }
    }) as never;
  });
}
