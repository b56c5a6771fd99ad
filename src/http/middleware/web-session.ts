import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { apiError } from "../errors.js";

/** Version prefix of a web session token; a new format gets a new prefix. */
const PREFIX = "web1_";
const TOKEN = /^web1_([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;

/**
 * Server-issued web chat sessions. A token is `web1_<128-bit random id>.<128-bit HMAC-SHA256 tag>`;
 * it is the session's id everywhere (engine, feedback, forms, notifier). Only tokens this server
 * signed are accepted, so a channel key (`tg:…`, `wa:…`) or a guessed id can never name a session.
 */
export interface WebSessions {
  /** A fresh, unguessable, signed session token. */
  issue(): string;
  /** True only for a well-formed token signed with this server's secret. */
  verify(token: string): boolean;
}

/**
 * Builds the issuer/verifier. `secret` may be the field-encryption key: the signing key is derived
 * from it with its own label, so the two uses never share a key.
 *
 * @example
 * const sessions = createWebSessions(loadEncryptionKey(env.ENCRYPTION_KEY, paths.keyFile));
 * const token = sessions.issue(); // "web1_Q2x….h7Fk…"
 * sessions.verify(token); // true
 * sessions.verify("tg:42"); // false
 */
export function createWebSessions(secret: Buffer): WebSessions {
  if (secret.length < 16) throw new Error("web session secret must be at least 16 bytes");
  const key = createHmac("sha256", secret).update("layanan-tanya/web-session/v1").digest();
  // Compared as text: base64url of 16 bytes has spare bits, so decoding would accept altered tags.
  const tag = (id: string) => Buffer.from(createHmac("sha256", key).update(id).digest().subarray(0, 16).toString("base64url"));
  return {
    issue() {
      const id = randomBytes(16).toString("base64url");
      return `${PREFIX}${id}.${tag(id).toString()}`;
    },
    verify(token) {
      const m = TOKEN.exec(token);
      if (!m) return false;
      return timingSafeEqual(Buffer.from(m[2] as string), tag(m[1] as string));
    },
  };
}

/** The outcome of checking the session a web request names. */
export type WebSessionCheck = { ok: true; sessionId: string } | { ok: false; response: Response };

/** The message of a refused session, in both languages (the error envelope's `message`). */
export const INVALID_SESSION_MESSAGE =
  "Sesi tidak dikenal atau sudah tidak berlaku; mulai percakapan baru tanpa sessionId. (Unknown or invalid session: start a new conversation without a sessionId.)";

/**
 * The session of a web request: a new one when none is given, the given one when this server issued
 * it, and otherwise a 403 `invalid_session` error envelope (nothing about any other session is read).
 * With `replaceUnknown` (chat turns), an id it did not issue gets a fresh session instead of the 403.
 *
 * @example
 * const s = webSession(c, deps.webSessions, body.sessionId);
 * if (!s.ok) return s.response;
 * await deps.engine.answer({ ...body, sessionId: s.sessionId, channel: "web" });
 */
export function webSession(
  c: Context,
  sessions: WebSessions,
  given: string | undefined,
  options: { create?: boolean; replaceUnknown?: boolean } = {},
): WebSessionCheck {
  if (given === undefined && options.create !== false) return { ok: true, sessionId: sessions.issue() };
  if (given !== undefined && sessions.verify(given)) return { ok: true, sessionId: given };
  // A chat turn with an id this server did not issue runs in a fresh session: the id is never used.
  if (given !== undefined && options.replaceUnknown) return { ok: true, sessionId: sessions.issue() };
  return { ok: false, response: apiError(c, 403, "invalid_session", INVALID_SESSION_MESSAGE) };
}
