import { documentFacts } from "../document-facts.js";
import type { Step } from "../context.js";
import { toCitation } from "./compose.js";

/**
 * Step 4a: a question about a regulation itself (its dates, its Pasal count, whether Pasal N
 * exists, what it revokes) is answered from the index's structure and front matter; a Pasal that
 * does not exist is said to be missing instead of quoting another one.
 */
export const documentFactsStep: Step = async function documentFacts_(ctx) {
  const index = ctx.deps.index();
  if (!index || ctx.route !== "question") return;
  const facts = documentFacts(ctx.searchQuery, index, ctx.lang, ctx.deps.retrieval.defaultCity);
  if (!facts) return;
  ctx.composed = { composer: "document-facts", used: facts.used };
  ctx.finish({ status: facts.status, answer: facts.answer, citations: facts.used.map(toCitation) });
};
documentFactsStep.stepName = "documentFacts";
