import type { StoredChunk } from "../../index/manifest.js";
import { EVIDENCE_DEPTH, hasEvidence } from "../../retrieval/evidence.js";
import type { RetrievalResult, RetrievedChunk } from "../../retrieval/hybrid.js";
import { canned } from "../statuses.js";
import { quoteRegulation } from "./quote.js";
import type { ComposeInput, ComposeOutput, Composer } from "./types.js";

/** Extra chunks join the first when they are nearly as relevant. */
const EXTRA_SCORE_RATIO = 0.75;
const EXTRA_COVERAGE_SLACK = 0.1;
const MAX_CHUNKS = 3;
/** Next-closest passages are named as "see also" when their score is this close to the first. */
const SEE_ALSO_SCORE_RATIO = 0.6;
/** Citations an answer may carry in all (the API caps them at five). */
const MAX_CITED = 5;

/** The passages named after the quoted ones: close in score, of the same kind, not yet used. */
function seeAlso(retrieval: RetrievalResult, chosen: RetrievedChunk[]): RetrievedChunk[] {
  const primary = chosen[0]!;
  const room = MAX_CITED - chosen.length;
  return retrieval.hits
    .filter((h) => !chosen.includes(h) && h.score >= primary.score * SEE_ALSO_SCORE_RATIO && h.chunk.meta.sourceType === primary.chunk.meta.sourceType)
    .slice(0, Math.max(0, Math.min(2, room)));
}

/** A hedged answer quotes the single closest passage. */
function pickClosest(retrieval: RetrievalResult): RetrievedChunk[] {
  const first = retrieval.hits[0];
  return first ? [first] : [];
}

function pickChunks(retrieval: RetrievalResult, minEvidence: number): RetrievedChunk[] {
  const { hits, services, components } = retrieval;
  const first = hits.slice(0, EVIDENCE_DEPTH);
  const holder = first.find((h) => hasEvidence(h.support, minEvidence));
  if (!holder) return [];
  // The evidence held by another service's passage, the first ranked of the service the question names leads
  // ("urus PBG … batas waktu revisinya?" is not answered by the KTP-el processing time).
  const named = (h: RetrievedChunk) => h.chunk.meta.serviceId !== undefined && services.includes(h.chunk.meta.serviceId);
  const primary = holder.chunk.meta.serviceId && services.length > 0 && !named(holder) ? (first.find(named) ?? holder) : holder;
  const chosen = [primary];
  for (const h of hits) {
    if (chosen.length >= MAX_CHUNKS) break;
    if (chosen.includes(h)) continue;
    const closeEnough =
      h.score >= primary.score * EXTRA_SCORE_RATIO && hasEvidence(h.support, minEvidence) && h.coverage >= primary.coverage - EXTRA_COVERAGE_SLACK;
    const { serviceId, component } = h.chunk.meta;
    if (serviceId) {
      // A service chunk joins only when it is a service the question names (or none is named)
      // and a component it asks about (e.g. "syarat dan biaya KTP").
      const serviceOk = services.length === 0 ? serviceId === primary.chunk.meta.serviceId || h.coverage >= primary.coverage : services.includes(serviceId);
      const componentOk = components.length === 0 ? component === primary.chunk.meta.component : components.includes(component ?? "");
      // Each component the question asks of the service it names is quoted, however it scores ("bayar brp? syaratnya?").
      // So is the one component asked when the first passage is another one ("Biayanya berapa? Lalu bisa dibuat di Polsek?").
      const askedOfNamed =
        services.includes(serviceId) &&
        components.includes(component ?? "") &&
        (components.length > 1 || !components.includes(primary.chunk.meta.component ?? ""));
      if ((closeEnough || askedOfNamed) && serviceOk && componentOk) chosen.push(h);
    } else if (closeEnough && primary.chunk.meta.sourceType === "regulation") {
      chosen.push(h);
    }
  }
  return chosen;
}

function render(chunk: StoredChunk, n: number, input: ComposeInput): string {
  if (chunk.meta.sourceType === "service") {
    const [head, ...body] = chunk.text.split("\n");
    return `**${head?.replace(/:$/, "")}** [${n}]\n${body.join("\n")}`;
  }
  const lead = input.lang === "en" ? `${chunk.label} states` : `Menurut ${chunk.label}`;
  return `${lead} [${n}]:\n"${quoteRegulation(chunk, input.question)}"`;
}

/**
 * The embedded default composer: no model, only quotes. A service component is quoted exactly;
 * for a regulation, the sentences of the Pasal/ayat that answer the question. Every quoted chunk
 * is cited; below the evidence threshold the answer is `no_answer`.
 *
 * @example
 * const out = await new ExtractiveComposer().compose({ question, lang: "id", retrieval, index, minEvidence: 0.5 });
 */
export class ExtractiveComposer implements Composer {
  readonly name = "extractive";

  async compose(input: ComposeInput): Promise<ComposeOutput> {
    const { confidence } = input.retrieval;
    if (confidence === "none") return { status: "no_answer", reason: "weak_evidence" };
    const low = confidence === "low";
    const chosen = low ? pickClosest(input.retrieval) : pickChunks(input.retrieval, input.minEvidence);
    if (chosen.length === 0) return { status: "no_answer", reason: "weak_evidence" };
    const related = seeAlso(input.retrieval, chosen);
    const used = [...chosen, ...related].map((h) => h.chunk);
    const intro = low
      ? canned("hedged_intro", input.lang)
      : input.lang === "en"
        ? "According to the official sources (quoted in Indonesian):"
        : canned("answered_intro", "id");
    const body = chosen.map((h, i) => render(h.chunk, i + 1, input)).join("\n\n");
    const more = related.length
      ? `\n\n${canned("see_also", input.lang)} ${related.map((h, i) => `${h.chunk.label} [${chosen.length + i + 1}]`).join("; ")}`
      : "";
    // The notes the sources require (revoked, redirected, unverified) are added by `finalizeTurn`.
    const answer = `${intro}\n\n${body}${more}`;
    if (input.onToken) for (const piece of answer.match(/\S+\s*/g) ?? []) input.onToken(piece);
    return { status: "answered", answer, used, confidence: low ? "low" : "high" };
  }
}
