import type { RetrievalResult, RetrievedChunk } from "./hybrid.js";
import type { JsonChat } from "./llm-json.js";

/** How many other phrasings are searched at most. */
export const MAX_REWRITES = 3;
const MAX_REWRITE_CHARS = 200;

const SYSTEM = [
  "You help search the regulations (Perwali, Perda) and service standards (standar pelayanan) of Kota Kendari.",
  "Rewrite the citizen's message into at most 3 short search queries in formal Indonesian, using the words a regulation or service standard would use.",
  "Keep the question's meaning; drop the story around it; do not answer it and do not add facts.",
  'Reply with only a JSON array of strings, e.g. ["persyaratan penerbitan akta kelahiran", "prosedur pencatatan kelahiran"].',
].join("\n");

/**
 * Other phrasings of a question, from the model: distinct from the question and each other,
 * at most `max`. Rejects (for the caller's fallback) on any model error or a reply that is not a
 * JSON array of strings.
 *
 * @example
 * await rewriteQuery(chat, "hp sy rusak, data ktp digital ilang, gmn balikinnya"); // ["penggantian ktp elektronik yang rusak", …]
 */
export async function rewriteQuery(chat: JsonChat, question: string, max = MAX_REWRITES): Promise<string[]> {
  const reply = await chat.ask(SYSTEM, question);
  if (!Array.isArray(reply) || !reply.every((q) => typeof q === "string")) throw new Error("query rewrite is not a JSON array of strings");
  const seen = new Set([question.trim().toLowerCase()]);
  const out: string[] = [];
  for (const raw of reply as string[]) {
    const q = raw.replace(/\s+/g, " ").trim().slice(0, MAX_REWRITE_CHARS);
    if (!q || seen.has(q.toLowerCase())) continue;
    seen.add(q.toLowerCase());
    out.push(q);
  }
  return out.slice(0, max);
}

/**
 * Fuses the results of several phrasings by reciprocal rank. The first result is the user's own
 * question: its scope, refusal reason and focus stand; evidence is the best any phrasing found,
 * with the confidence of that phrasing. A chunk keeps its best support.
 *
 * @example
 * fuseResults([original, ...rewritten], 60).hits[0].chunk.label;
 */
export function fuseResults(results: RetrievalResult[], rrfK: number): RetrievalResult {
  const [first, ...rest] = results;
  if (!first) throw new Error("fuseResults needs at least one result");
  if (rest.length === 0) return first;
  const fused = new Map<string, { hit: RetrievedChunk; rrf: number }>();
  for (const result of results) {
    result.hits.forEach((hit, rank) => {
      const f = fused.get(hit.chunk.id);
      const add = 1 / (rrfK + rank + 1);
      if (!f) fused.set(hit.chunk.id, { hit, rrf: add });
      else {
        f.rrf += add;
        if (hit.support > f.hit.support) f.hit = { ...f.hit, support: hit.support, coverage: hit.coverage };
      }
    });
  }
  const hits = [...fused.values()]
    .sort((a, b) => b.rrf - a.rrf || a.hit.chunk.id.localeCompare(b.hit.chunk.id))
    .map((f) => f.hit)
    .slice(0, Math.max(...results.map((r) => r.hits.length)));
  const best = results.reduce((a, b) => (b.evidence > a.evidence ? b : a));
  return { ...first, hits, evidence: best.evidence, confidence: first.outOfScope ? first.confidence : best.confidence };
}
