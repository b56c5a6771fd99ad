import type { Step } from "../context.js";
import { detectLanguage } from "../language.js";
import { canned } from "../statuses.js";

/**
 * Step 1: tidies whitespace and control characters, decides the reply language, and turns away
 * over-long messages. Slang is
 * expanded in the next step, after masking, so no other code sees the raw message.
 */
export const normalize: Step = async function normalize(ctx) {
  const cleaned = ctx.request.message.normalize("NFKC").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
  ctx.question = cleaned;
  ctx.lang = detectLanguage(cleaned, ctx.request.lang ?? "id");
  // The web API answers 400 before this; channels (Telegram, WhatsApp) get a clear reply instead.
  const max = ctx.deps.env.MAX_MESSAGE_CHARS;
  if (cleaned.length > max) {
    ctx.question = cleaned.slice(0, max);
    ctx.abort("no_answer", canned("too_long", ctx.lang, { max: String(max) }));
  }
};
