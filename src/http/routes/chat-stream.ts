import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import type { AppEnv, RouteDeps } from "../app.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { webSession } from "../middleware/web-session.js";
import { chatRequestSchema } from "../schemas.js";

/**
 * `POST /api/chat/stream`: Server-Sent Events. `token` events carry answer text as it is written
 * (`{"text": "..."}`), `reset` tells the client to discard the streamed text (a composer fell back),
 * and one final `done` event carries the same JSON as `POST /api/chat`. Sessions work as there: the
 * session is checked before the stream opens, so a refused `sessionId` gets a JSON 403.
 *
 * @example
 * // event: token\ndata: {"text":"Berdasarkan "}\n\n … event: done\ndata: {"sessionId":"…","status":"answered",…}
 */
export function registerChatStream(app: OpenAPIHono<AppEnv>, deps: RouteDeps): void {
  const route = createRoute({
    method: "post",
    path: "/api/chat/stream",
    summary: "Ask a question and stream the answer (SSE)",
    request: { body: { required: true, content: { "application/json": { schema: chatRequestSchema(deps.env.MAX_MESSAGE_CHARS) } } } },
    responses: {
      200: { description: "An event stream: token*, reset?, done", content: { "text/event-stream": { schema: { type: "string" } } } },
      400: { description: "Invalid request", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
      403: {
        description: "A foreign origin (not in CORS_ORIGINS)",
        content: { "application/json": { schema: ErrorEnvelopeSchema } },
      },
    },
  });
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    const session = webSession(c, deps.webSessions, body.sessionId, { replaceUnknown: true });
    if (!session.ok) return session.response as never;
    return streamSSE(c, async (stream) => {
      const pending: Promise<void>[] = [];
      const reply = await deps.engine.answer(
        { ...body, sessionId: session.sessionId, channel: "web" },
        {
          token: (text) => void pending.push(stream.writeSSE({ event: "token", data: JSON.stringify({ text }) })),
          reset: () => void pending.push(stream.writeSSE({ event: "reset", data: "{}" })),
        },
      );
      await Promise.all(pending);
      await stream.writeSSE({ event: "done", data: JSON.stringify({ ...reply, sessionId: session.sessionId }) });
    }) as never;
  });
}
