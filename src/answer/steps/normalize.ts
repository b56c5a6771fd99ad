import { normalizeText } from "../../text/normalize.js";
import type { Step } from "../context.js";
import { detectLanguage } from "../language.js";
import { canned } from "../statuses.js";

/**
 * Step 1: decides the reply language, turns away over-long messages, and expands slang. The engine
 * has already cleaned and masked the message, so this and every later step see it masked.
 */
export const normalize: Step = async function normalize(ctx) {
  ctx.lang = detectLanguage(ctx.question, ctx.request.lang ?? "id");
  // The web API answers 400 before this; channels (Telegram, WhatsApp) get a clear reply instead.
  const max = ctx.deps.env.MAX_MESSAGE_CHARS;
  if (ctx.question.length > max) {
    ctx.question = ctx.question.slice(0, max);
    ctx.finish({ status: "no_answer", answer: canned("too_long", ctx.lang, { max: String(max) }) });
    return;
  }
  ctx.normalized = normalizeText(ctx.question);
  ctx.searchQuery = ctx.question;
};
