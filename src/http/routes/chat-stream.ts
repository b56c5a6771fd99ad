import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import type { AppEnv, AppDeps } from "../app.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { chatRequestSchema } from "../schemas.js";

/**
 * `POST /api/chat/stream`: Server-Sent Events. `token` events carry answer text as it is written
 * (`{"text": "..."}`), `reset` tells the client to discard the streamed text (a composer fell back),
 * and one final `done` event carries the same JSON as `POST /api/chat`.
 *
 * @example
 * // event: token\ndata: {"text":"Berdasarkan "}\n\n … event: done\ndata: {"sessionId":"…","status":"answered",…}
 */
export function registerChatStream(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const route = createRoute({
    method: "post",
    path: "/api/chat/stream",
    summary: "Ask a question and stream the answer (SSE)",
    request: { body: { required: true, content: { "application/json": { schema: chatRequestSchema(deps.env.MAX_MESSAGE_CHARS) } } } },
    responses: {
      200: { description: "An event stream: token*, reset?, done", content: { "text/event-stream": { schema: { type: "string" } } } },
      400: { description: "Invalid request", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    },
  });
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    return streamSSE(c, async (stream) => {
      const pending: Promise<void>[] = [];
      const reply = await deps.engine.answer(
        { ...body, channel: "web" },
        {
          token: (text) => void pending.push(stream.writeSSE({ event: "token", data: JSON.stringify({ text }) })),
          reset: () => void pending.push(stream.writeSSE({ event: "reset", data: "{}" })),
        },
      );
      await Promise.all(pending);
      await stream.writeSSE({ event: "done", data: JSON.stringify(reply) });
    }) as never;
  });
}
