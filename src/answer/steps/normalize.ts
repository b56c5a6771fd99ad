import type { Step } from "../context.js";
import { detectLanguage } from "../language.js";

/**
 * Step 1: tidies whitespace and control characters and decides the reply language. Slang is
 * expanded in the next step, after masking, so no other code sees the raw message.
 */
export const normalize: Step = async function normalize(ctx) {
  const cleaned = ctx.request.message.normalize("NFKC").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
  ctx.question = cleaned;
  ctx.lang = detectLanguage(cleaned, ctx.request.lang ?? "id");
};
