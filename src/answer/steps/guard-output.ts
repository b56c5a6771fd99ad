import { maskPersonalData } from "../../privacy/mask.js";
import type { Step } from "../context.js";
import { canned } from "../statuses.js";

/**
 * Step 6: the last look before a reply leaves. Masks any personal number that reached the text,
 * and turns an `answered` reply without citations (other than greetings and help) into `no_answer`.
 */
export const guardOutput: Step = async function guardOutput(ctx) {
  const r = ctx.result;
  if (!r) return;
  r.answer = maskPersonalData(r.answer).text;
  for (const c of r.citations) c.snippet = maskPersonalData(c.snippet).text;
  if (r.status === "answered" && ctx.route === "question" && r.citations.length === 0) {
    r.status = "no_answer";
    r.answer = canned("no_answer", ctx.lang);
  }
  if (!r.answer.trim() && r.status !== "handoff") {
    r.status = "error";
    r.answer = canned("error", ctx.lang);
  }
};
guardOutput.always = true;
