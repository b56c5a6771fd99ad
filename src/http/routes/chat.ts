import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv, RouteDeps } from "../app.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { webSession } from "../middleware/web-session.js";
import { chatRequestSchema, ChatResponseSchema } from "../schemas.js";

/**
 * `POST /api/chat`: one question in, one grounded answer (or an honest status) out. Without a
 * `sessionId` a new web session is issued (its token is the reply's `sessionId`); a `sessionId` this
 * server did not issue (a `tg:`/`wa:` key, a guessed or altered token) is never used: the turn runs in a
 * fresh session, whose new token the reply carries.
 *
 * @example
 * await app.request("/api/chat", { method: "POST", body: JSON.stringify({ message: "syarat ktp baru?" }), headers: { "content-type": "application/json" } });
 */
export function registerChat(app: OpenAPIHono<AppEnv>, deps: RouteDeps): void {
  const route = createRoute({
    method: "post",
    path: "/api/chat",
    summary: "Ask a question",
    request: { body: { required: true, content: { "application/json": { schema: chatRequestSchema(deps.env.MAX_MESSAGE_CHARS) } } } },
    responses: {
      200: { description: "The answer", content: { "application/json": { schema: ChatResponseSchema } } },
      400: { description: "Invalid request", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
      403: {
        description: "A foreign origin (not in CORS_ORIGINS)",
        content: { "application/json": { schema: ErrorEnvelopeSchema } },
      },
      413: { description: "Body too large", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
      429: { description: "Rate limited", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    },
  });
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    const session = webSession(c, deps.webSessions, body.sessionId, { replaceUnknown: true });
    if (!session.ok) return session.response as never;
    const reply = await deps.engine.answer({ ...body, sessionId: session.sessionId, channel: "web" });
    return c.json({ ...reply, sessionId: session.sessionId }, 200);
  });
}
