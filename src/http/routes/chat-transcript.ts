import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { FormsServices } from "../../forms/services.js";
import type { AppEnv, RouteDeps } from "../app.js";
import { ErrorEnvelopeSchema } from "../errors.js";
import { webSession } from "../middleware/web-session.js";

const EntrySchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("user"), text: z.string(), at: z.string() }),
  z.object({ role: z.literal("bot"), text: z.string(), status: z.string(), citations: z.array(z.string()), at: z.string() }),
  z.object({ role: z.literal("notice"), kind: z.string(), text: z.string(), at: z.string(), id: z.number().int() }),
]);

export const TranscriptSchema = z
  .object({
    entries: z.array(EntrySchema),
    /** The newest message id: open `/api/chat/events` with `after` set to it. */
    cursor: z.number().int(),
  })
  .openapi("ChatTranscript");

/**
 * `GET /api/chat/transcript?session=<token>`: what a reloaded widget shows again, for that session
 * only: its questions (personal numbers masked, as stored), answers and the officers' and status
 * messages, oldest first. A token this server did not issue gets 403 `invalid_session`.
 *
 * @example
 * const { entries, cursor } = await (await fetch(`/api/chat/transcript?session=${token}`)).json();
 */
export function registerChatTranscript(app: OpenAPIHono<AppEnv>, deps: RouteDeps & { forms: FormsServices }): void {
  const route = createRoute({
    method: "get",
    path: "/api/chat/transcript",
    summary: "A web session's conversation, for a reloaded widget",
    request: { query: z.object({ session: z.string().max(128) }) },
    responses: {
      200: { description: "The conversation, oldest first", content: { "application/json": { schema: TranscriptSchema } } },
      400: { description: "Invalid request", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
      403: {
        description: "A session this server did not issue (`invalid_session`), or a foreign origin",
        content: { "application/json": { schema: ErrorEnvelopeSchema } },
      },
    },
  });
  app.openapi(route, async (c) => {
    const session = webSession(c, deps.webSessions, c.req.valid("query").session, { create: false });
    if (!session.ok) return session.response as never;
    c.header("Cache-Control", "no-store");
    return c.json(await deps.forms.webLive.transcript(session.sessionId), 200);
  });
}
