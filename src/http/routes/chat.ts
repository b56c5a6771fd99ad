import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv, AppDeps } from "../app.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { chatRequestSchema, ChatResponseSchema } from "../schemas.js";

/**
 * `POST /api/chat`: one question in, one grounded answer (or an honest status) out.
 *
 * @example
 * await app.request("/api/chat", { method: "POST", body: JSON.stringify({ message: "syarat ktp baru?" }), headers: { "content-type": "application/json" } });
 */
export function registerChat(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const route = createRoute({
    method: "post",
    path: "/api/chat",
    summary: "Ask a question",
    request: { body: { required: true, content: { "application/json": { schema: chatRequestSchema(deps.env.MAX_MESSAGE_CHARS) } } } },
    responses: {
      200: { description: "The answer", content: { "application/json": { schema: ChatResponseSchema } } },
      400: { description: "Invalid request", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
      413: { description: "Body too large", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
      429: { description: "Rate limited", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    },
  });
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    const reply = await deps.engine.answer({ ...body, channel: "web" });
    return c.json(reply, 200);
  });
}
