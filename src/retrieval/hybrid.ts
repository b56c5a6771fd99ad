import type { CorpusIndex } from "../index/corpus-index.js";
import type { DocumentRecord, StoredChunk } from "../index/manifest.js";
import type { Embedder, SourceType } from "../index/types.js";
import { normalizeText, tokenize } from "../text/normalize.js";
import { rewriteQuery } from "../text/query-rewrite.js";
import { coverage, supportScore } from "./evidence.js";
import { alreadyHas, componentIntents, mentionedServices, serviceMentions } from "./intent.js";
import { analyzeQuery, OFFICIAL_CHANNEL_ASKED, type QueryScope } from "./query-analysis.js";
import { answerability, type Confidence } from "./answerability.js";
import { knownWords, prepareVocabulary, unknownShare } from "./vocabulary.js";
import { HEADING_BOOST, namedRegulationTopics, namesSection, prepareRegulationTopics } from "./regulation-topics.js";
import { EVIDENCE_DEPTH, hasEvidence, SUFFICIENT_SUPPORT } from "./evidence.js";
import { outOfScope, type OutOfScopeReason } from "./out-of-scope.js";
import { outsideProbability, type ScopeModel } from "./scope-model.js";
import { PLACE_WORDS } from "./places.js";
import { definitionsAsked, prepareDefinitions } from "./definitions.js";
import { REDIRECT_COMPONENT } from "../corpus/service.js";
import { questionFocus } from "./question-focus.js";
import { missingSlot, slotHolder, type UnlistedFact, unlistedFact } from "./unlisted.js";
import { MAYORS_REGULATION_NAMED } from "./unknown-laws.js";

/** Retrieval knobs; all come from config (see `.env.example`). */
export interface RetrievalConfig {
  topK: number;
  candidates: number;
  rrfK: number;
  weightLexical: number;
  weightVector: number;
  minCoverage: number;
  minCoverageLong: number;
  massRareTerms: number;
  defaultCity: string;
  /** Score multipliers for what the question names, and how much better another city must answer. */
  boosts: RetrievalBoosts;
  /** Evidence below `sufficient` but at or above this gets a hedged, low-confidence answer. */
  hedgeEvidence: number;
  /** Widen the lexical search with formal synonyms of everyday words (measured: no gain on the tune split). */
  synonyms?: boolean;
  /** A hedged answer needs at most this share of the asked information to be unknown to the corpus. */
  maxUnknownShare: number;
  /**
   * The fitted scope model (`scope-model.ts`): `finalizeTurn` withdraws an answer it places outside, and a question it is
   * sure is ours may be hedged despite words the sources lack; null: the written rules alone.
   */
  scopeModel?: ScopeModel | null;
}

export interface RetrievalBoosts {
  /** A chunk of the OPD whose site embeds the widget (`data-opd`). */
  opd: number;
  /** A chunk of a service the question names. */
  service: number;
  /** A service component the question asks about. */
  component: number;
  /** A definition (or a service summary) when the question asks what something is. */
  definition: number;
  /** A regulation when the question speaks of law (Pasal, peraturan). */
  regulation: number;
  /** How much better another city's evidence must be to override the default city. */
  otherCityMargin: number;
}

export interface RetrieveRequest {
  question: string;
  /** OPD whose chunks are preferred (the widget's `data-opd`). */
  opd?: string;
  sourceType?: SourceType;
  /** The question's language; an English question is put into the sources' words first. */
  lang?: "id" | "en";
  /** Text in which named services are looked for (the new message of a follow-up); defaults to `question`. */
  focusText?: string;
}

export interface RetrievedChunk {
  chunk: StoredChunk;
  score: number;
  /** Share of the question's information this chunk contains (0..1). */
  coverage: number;
  /** Evidence this chunk gives the answer; ≥ 1 is enough to answer from it (see `supportScore`). */
  support: number;
}

export interface RetrievalResult {
  hits: RetrievedChunk[];
  /** The best support among the top hits: ≥ 1 means the answer has enough evidence. */
  evidence: number;
  scope: QueryScope;
  /** Revoked documents the question refers to, so the answer can say so. */
  revoked: DocumentRecord[];
  /** Services the question names, and the components it asks about. */
  services: string[];
  components: string[];
  /** Why the question is outside the sources, whatever the evidence (see `outOfScope`). */
  outOfScope: OutOfScopeReason | null;
  /** How sure the answer may be: the one answerability decision (see `answerability`). */
  confidence: Confidence;
  /** The source's own statement that the asked fact is not listed (see `unlistedFact`), or null. */
  unlisted: UnlistedFact | null;
}

interface Pass {
  hits: RetrievedChunk[];
  evidence: number;
}

/**
 * A complaint about public service that names no service ("mau lapor pelayanan yg jelek lewat mana?", "can I
 * complain by SMS?") is asked of the complaints service itself (SP4N-LAPOR!): how and where to file one, its
 * procedure and channels. A complaint about a named service keeps that service's own complaints section.
 */
function complaintsChannel(index: CorpusIndex, focus: Focus): Focus {
  if (focus.services.length > 0 || !focus.components.includes("pengaduan") || index.document(`service:${COMPLAINTS_SERVICE}`)?.kind !== "service") return focus;
  const others = focus.components.filter((c) => c !== "pengaduan");
  return { services: [COMPLAINTS_SERVICE], components: [...new Set([...others, "prosedur", "lokasi"])] };
}
const COMPLAINTS_SERVICE = "pengaduan";
/**
 * At or below this probability of being outside (`scope-model.ts`) a question's unknown words do not keep it from the
 * hedge. Measured with models fitted without the writers measured: 8 more answered, 1 more refusal missed, of 456.
 */
const SURELY_INSIDE = 0.25;
/** The least support the complaints channel needs to be quoted under the hedge (a tax return "lapor SPT" has far less). */
const CHANNEL_MIN_SUPPORT = 0.5;

interface Focus {
  services: string[];
  components: string[];
}

/** Candidates gathered once per question, then ranked per city scope. */
interface Candidates {
  lexical: Array<{ chunk: StoredChunk; terms: Set<string> }>;
  vector: StoredChunk[];
  df: Record<string, number>;
  docCount: number;
  /** The definitions of the term the question asks to have defined (see `askedConcept`), within the same scope. */
  defining: StoredChunk[];
}

/** How many more candidates to gather than to rank, so filtering by city afterwards loses nothing. */
const GATHER_FACTOR = 4;

async function gather(
  index: CorpusIndex,
  qvec: number[],
  req: RetrieveRequest & { expansions?: string; defining: readonly StoredChunk[] },
  scope: QueryScope,
  docs: Set<string> | null,
  cfg: RetrievalConfig,
): Promise<Candidates> {
  const allowRevoked = scope.asksStatus || scope.regulations.length > 0;
  const keep = (c: StoredChunk | undefined): c is StoredChunk =>
    !!c && (allowRevoked || c.meta.status !== "dicabut") && (docs === null || docs.has(c.docId)) && (!req.sourceType || c.meta.sourceType === req.sourceType);
  // The definitions of the term asked are candidates whatever their rank, within the same scope.
  const defining = req.defining.filter(keep);
  const n = cfg.candidates * GATHER_FACTOR;
  const lex = index.lexical.search(req.expansions ? `${req.question} ${req.expansions}` : req.question, n);
  const lexical = lex.hits.flatMap((h) => {
    const chunk = index.chunk(h.id);
    return keep(chunk) ? [{ chunk, terms: new Set(h.terms) }] : [];
  });
  const vector = (await index.vectors.search(qvec, n)).flatMap((h) => {
    const chunk = index.chunkByLabel(h.label);
    return keep(chunk) ? [chunk] : [];
  });
  return { lexical, vector, df: lex.df, docCount: lex.docCount, defining };
}

/** How deep, and by how much more support than the first ranks, a passage is moved up to answer (chosen on the tune split). */
const PROMOTE_DEPTH = 6;
const PROMOTE_MARGIN = 1.3;
/**
 * How much the whole message's words weigh beside the question clause's, in the ranking only (never in the
 * evidence): the story breaks ties between passages the question fits equally ("chatina app for iphone? i can
 * only find android stuff"). Chosen on the tune split: 0.1 gave 6 better and 1 worse, 0.25 9 and 3, 0.5 12 and 8.
 */
const CONTEXT_WEIGHT = 0.25;

/** What a question asks, read once and ranked per city scope. */
interface Asked {
  /** The question clause's terms (evidence is measured on them). */
  terms: string[];
  /** The whole message's terms (they only break ties). */
  context: string[];
  /** Regulations named by their own subject (see `namedRegulationTopics`). */
  topics: string[];
}

function rank(found: Candidates, req: RetrieveRequest, asked: Asked, scope: QueryScope, focus: Focus, cities: string[] | null, cfg: RetrievalConfig): Pass {
  const { terms, context: contextTerms, topics } = asked;
  const { defining } = found;
  const inScope = (c: StoredChunk) => cities === null || cities.includes(c.meta.city);
  const fused = new Map<string, { chunk: StoredChunk; rrf: number; matched?: Set<string> }>();
  found.lexical
    .filter((h) => inScope(h.chunk))
    .slice(0, cfg.candidates)
    .forEach((h, r) => {
      fused.set(h.chunk.id, { chunk: h.chunk, rrf: cfg.weightLexical / (cfg.rrfK + r + 1), matched: h.terms });
    });
  found.vector
    .filter(inScope)
    .slice(0, cfg.candidates)
    .forEach((chunk, r) => {
      const f = fused.get(chunk.id) ?? { chunk, rrf: 0 };
      f.rrf += cfg.weightVector / (cfg.rrfK + r + 1);
      fused.set(chunk.id, f);
    });
  // The definition of the term asked is a candidate though its words are common ("data", "produsen"), ranked as the last.
  for (const chunk of defining)
    if (inScope(chunk) && !fused.has(chunk.id)) fused.set(chunk.id, { chunk, rrf: cfg.weightLexical / (cfg.rrfK + cfg.candidates) });
  const defines = (c: StoredChunk) => defining.some((d) => d.id === c.id);
  const hits: RetrievedChunk[] = [];
  const termSet = new Set(terms);
  for (const { chunk, rrf, matched } of fused.values()) {
    // Which agency provides a service is an answer only for the service named ("instansi mana yang menerbitkan KTP?"
    // is no police matter): another service's section saying so never stands in.
    if (chunk.meta.component === REDIRECT_COMPONENT && !focus.services.includes(chunk.meta.serviceId ?? "")) continue;
    const sup = coverage(terms, chunk, found.df, found.docCount, matched);
    const cov = sup.share;
    const support = supportScore(sup, cfg, found.docCount);
    const context = coverage(contextTerms, chunk, found.df, found.docCount, matched).share;
    let score = rrf * (0.25 + cov + CONTEXT_WEIGHT * context);
    if (req.opd && chunk.meta.opd.includes(req.opd)) score *= cfg.boosts.opd;
    if (scope.prefersRegulation && chunk.meta.sourceType === "regulation") score *= cfg.boosts.regulation;
    if (chunk.meta.serviceId && focus.services.includes(chunk.meta.serviceId)) score *= cfg.boosts.service;
    if (chunk.meta.component && focus.components.includes(chunk.meta.component) && !topics.length) score *= cfg.boosts.component;
    if (topics.includes(chunk.docId)) score *= cfg.boosts.service;
    if (namesSection(chunk, termSet)) score *= HEADING_BOOST;
    if (scope.asksDefinition && (chunk.meta.unit === "definisi" || chunk.meta.component === "ringkasan")) score *= cfg.boosts.definition;
    // The definition of exactly the term asked answers "what is X", whatever else the question's words name.
    hits.push({ chunk, score, coverage: cov, support: defines(chunk) ? Math.max(support, SUFFICIENT_SUPPORT) : support });
  }
  hits.sort((a, b) => b.score - a.score || a.chunk.id.localeCompare(b.chunk.id));
  // The definition of exactly the term asked leads ("apa itu walidata menurut perwali SPBE?" is not answered by a Pasal using it).
  const definition = hits.findIndex((h) => defines(h.chunk));
  if (definition > 0) hits.unshift(...hits.splice(definition, 1));
  const top = hits.slice(0, cfg.topK);
  // Evidence reranks the top: when no passage in the first ranks holds enough of the question, the one
  // just below that does, clearly more than they do, answers it ("hosting … Singapore": Pasal 14, ranked fourth).
  const firstBest = Math.max(0, ...top.slice(0, EVIDENCE_DEPTH).map((h) => h.support));
  // Within the first ranks, the first passage that holds it leads (the one an answer quotes first), unless it
  // is of a service the question does not name.
  // A named regulation topic ("Chatina") keeps other documents from being moved up.
  const mayLead = (h: RetrievedChunk) => topics.length === 0 || topics.includes(h.chunk.docId);
  const holder = top
    .slice(1, EVIDENCE_DEPTH)
    .find(
      (h) =>
        hasEvidence(h.support) &&
        mayLead(h) &&
        (h.chunk.meta.serviceId === undefined || focus.services.length === 0 || focus.services.includes(h.chunk.meta.serviceId)),
    );
  if (top[0] && !hasEvidence(top[0].support) && holder) {
    top.splice(top.indexOf(holder), 1);
    top.unshift(holder);
  } else if (!hasEvidence(firstBest)) {
    const below = top.slice(EVIDENCE_DEPTH, PROMOTE_DEPTH).filter((h) => hasEvidence(h.support) && h.support >= firstBest * PROMOTE_MARGIN && mayLead(h));
    if (below.length === 1) {
      top.splice(top.indexOf(below[0]!), 1);
      top.unshift(below[0]!);
    }
  }
  // A regulation's subject named ("keamanan data Chatina"): another document's passage that holds more of the words (a
  // definition of "keamanan informasi") is evidence for a hedged answer at most, so the named one's passage is quoted first.
  const first = top.slice(0, EVIDENCE_DEPTH);
  const own = Math.max(0, ...first.filter(mayLead).map((h) => h.support));
  const others = Math.max(0, ...first.filter((h) => !mayLead(h)).map((h) => h.support));
  const evidence = Math.max(own, hasEvidence(own) ? 0 : Math.min(others, OTHERS_EVIDENCE_CAP));
  return { hits: top, evidence };
}

/** Support from another document than the regulation a question names counts only up to a hedge (below `SUFFICIENT_SUPPORT`). */
const OTHERS_EVIDENCE_CAP = 0.99;

/**
 * Derives what retrieval needs from an index version once, when it loads (the corpus vocabulary and the
 * regulations' topic words), so the first question after a swap does not pay for it.
 *
 * @example
 * new LiveIndex(dir, embedder, hnsw, undefined, prepareRetrieval);
 */
export function prepareRetrieval(index: CorpusIndex): void {
  prepareVocabulary(index);
  prepareDefinitions(index);
  prepareRegulationTopics(index);
}

/**
 * Hybrid search: BM25 and vector kNN over the same filters, fused by reciprocal rank and
 * weighted by how much of the question each chunk covers. Scope comes from the question:
 * a named city or regulation narrows it; revoked documents are left out unless asked about;
 * without a named city the default city is searched first, then all cities if evidence is weak.
 *
 * @example
 * const r = await retrieve(index, embedder, { question: "brp biaya ktp baru" }, cfg);
 * r.hits[0].chunk.label; // "Standar Pelayanan Penerbitan KTP-el Baru, Biaya/tarif"
 */
export async function retrieve(index: CorpusIndex, embedder: Embedder, asked: RetrieveRequest, cfg: RetrievalConfig): Promise<RetrievalResult> {
  const rewritten = rewriteQuery(asked.question, asked.lang ?? "id", { synonyms: cfg.synonyms, known: knownWords(index) });
  const req = { ...asked, question: rewritten.text };
  const scope = analyzeQuery(req.question, index);
  // A long message is searched for its question clause first; its story only adds context.
  // Evidence is measured against what the message asks, not against its story.
  // An English message is read for its question before it is put into the sources' words.
  const namesService = (s: string) => mentionedServices(asked.lang === "en" ? rewriteQuery(s, "en").text : s, index).length > 0;
  // The question clause as written (English is read before translation) and in the sources' words.
  const ownFocus = asked.question === req.question ? null : questionFocus(asked.question, asked.lang, namesService);
  const focusClause =
    asked.lang === "en" && ownFocus !== null
      ? rewriteQuery(ownFocus, "en", { known: knownWords(index) }).text
      : questionFocus(req.question, "id", namesService);
  const inFocus = mentionedServices(focusClause, index);
  // A regulation's own subject asked in the question clause ("aplikasi chatina … dpt dmn?") and a service named only in the
  // story ("lupa bawa fotokopi kk"): the subject is asked, not the service.
  // So is the city's official site or app ("link bansos … isi foto KK. Sebenarnya nama domain resmi pemkot apa?").
  const storyServiceOnly =
    inFocus.length === 0 && (namedRegulationTopics(focusClause, index).length > 0 || OFFICIAL_CHANNEL_ASKED.test(normalizeText(focusClause)));
  const mentions = storyServiceOnly ? [] : serviceMentions(req.question, index, req.focusText);
  // A question that names no service ("How much is the official fee?") asks about the one its story
  // named ("My husband needs an SKCK."): evidence is measured on the question and that service's name.
  const topic = mentions.filter((m) => !inFocus.includes(m.serviceId) && !alreadyHas(req.question, m.words)).map((m) => m.words);
  // A town the asker came from or lives in ("pindah dr baubau", "ngontrak di poasia") says nothing of which passage answers.
  const terms = tokenize([focusClause, ...topic].join(" ")).filter((t) => !PLACE_WORDS.has(t));
  const qvec = await embedder.embedQuery(req.question);

  let docs: Set<string> | null = null;
  const revoked: DocumentRecord[] = [];
  if (scope.regulations.length > 0) {
    docs = new Set(scope.regulations);
    for (const id of scope.regulations) {
      const d = index.document(id);
      if (d?.kind === "regulation" && d.meta.status === "dicabut") {
        revoked.push(d);
        if (d.meta.dicabut_oleh) docs.add(d.meta.dicabut_oleh);
      }
    }
  }
  if (scope.asksStatus && revoked.length === 0) {
    for (const d of index.documents()) if (d.kind === "regulation" && d.meta.status === "dicabut") revoked.push(d);
  }

  const named: Focus = { services: mentions.map((m) => m.serviceId), components: componentIntents(req.question) };
  const focus = scope.prefersRegulation ? named : complaintsChannel(index, named);
  const inferredComplaint = focus !== named;
  const cities = scope.cities.length > 0 ? scope.cities : [cfg.defaultCity];
  // "Menurut Perwali SPBE, apa kewajiban kami?": a mayor's regulation asked by kind, and no service named, is asked of the regulations.
  const sourceType = req.sourceType ?? (mentions.length === 0 && MAYORS_REGULATION_NAMED.test(req.question) ? "regulation" : undefined);
  // Kept to the regulations the question names and to those in force by `gather` ("apa itu OPD menurut perwali 37/2024?").
  const defining = definitionsAsked(asked, focusClause, scope.asksDefinition, index);
  const found = await gather(index, qvec, { ...req, sourceType, expansions: rewritten.expansions, defining }, scope, docs, cfg);
  // A regulation's own subject named ("aplikasi Chatina"), and no service: that regulation is asked.
  const topics = focus.services.length === 0 ? namedRegulationTopics(asked.question, index) : [];
  const question: Asked = { terms, context: tokenize(req.question), topics };
  let result = rank(found, req, question, scope, focus, docs ? null : cities, cfg);
  if (scope.cities.length === 0 && !docs) {
    // The default city comes first; another city's documents win only when they clearly answer
    // better (the question uses their terms, e.g. "Portal Emas") or the default city has no evidence.
    const wider = rank(found, req, question, scope, focus, null, cfg);
    const widerWins = !hasEvidence(result.evidence) ? wider.evidence > result.evidence : wider.evidence > result.evidence * cfg.boosts.otherCityMargin;
    if (widerWins) result = wider;
  }
  const citedRevoked = revoked.filter((d) =>
    result.hits.some((h) => h.chunk.docId === d.docId || (d.kind === "regulation" && h.chunk.docId === d.meta.dicabut_oleh)),
  );
  // Both readings of the question clause ("because it's for a visa" loses its "for a" in translation).
  const asking = ownFocus === null ? focusClause : `${ownFocus}\n${focusClause}`;
  const why = outOfScope(asked.question === req.question ? req.question : `${asked.question}\n${req.question}`, scope, index, asking);
  // Words the sources do not use are a story's when the passage that leads is a Pasal of the regulation the question names,
  // by number or by its subject ("min chatina tu aplikasi pemkot kan? sy pake iphone, nyari di appstore gk nemu"): it may be
  // quoted under the hedge. Not its opening, quoted for a topic it does not hold; and not a service's section, where the words
  // the sources lack tell another legal regime or a request to bend it ("Syarat KTP-el untuk WNA …", "… supaya lolos verifikasi").
  const leadDoc = result.hits[0]?.chunk;
  const namedLead = leadDoc !== undefined && leadDoc.meta.unit !== "pembukaan" && (topics.includes(leadDoc.docId) || scope.regulations.includes(leadDoc.docId));
  // Nor when the scope model, which has seen thousands of questions, is sure the question is one of ours: the words the
  // sources lack are then the story's ("a student of mine is interning at one of the city dinas …", an English aside).
  const ours = cfg.scopeModel != null && outsideProbability(cfg.scopeModel, asked.question) <= SURELY_INSIDE;
  const measured = answerability(
    { evidence: result.evidence, outOfScope: why, unknownShare: namedLead || ours ? 0 : unknownShare(terms, found.df, found.docCount) },
    { sufficient: SUFFICIENT_SUPPORT, hedge: cfg.hedgeEvidence, maxUnknownShare: cfg.maxUnknownShare },
  );
  // A complaint taken to the complaints service (see `complaintsChannel`), its procedure or channels ranked first:
  // the closest passage, quoted under the hedge even below the hedge threshold, given `CHANNEL_MIN_SUPPORT`.
  const top = result.hits[0]?.chunk.meta;
  const channelFirst =
    !why &&
    inferredComplaint &&
    top?.serviceId === COMPLAINTS_SERVICE &&
    focus.components.includes(top.component ?? "") &&
    result.hits[0]!.support >= CHANNEL_MIN_SUPPORT;
  const confidence = measured === "none" && channelFirst ? "low" : measured;
  // Of one document's passages in the first ranks, the one that holds the typed value asked leads ("batas waktu lapor
  // kematian": the procedure that says "paling lambat 30 hari", not the summary).
  const holderAt = slotHolder(
    asking,
    result.hits.slice(0, EVIDENCE_DEPTH).map((h) => h.chunk),
  );
  const holding = result.hits[holderAt];
  if (holderAt > 0 && holding && holding.chunk.docId === result.hits[0]!.chunk.docId && hasEvidence(holding.support))
    result.hits.unshift(...result.hits.splice(holderAt, 1));
  // A typed value (hours, an address, a sanction) is asked in the user's words or in the sources'
  // ("opening times" or "jam buka"); none of the top passages holding one, they do not answer it.
  const slot = missingSlot(
    asking,
    result.hits.slice(0, EVIDENCE_DEPTH).map((h) => h.chunk),
  );
  const unlisted =
    why || confidence === "none"
      ? null
      : unlistedFact(focusClause, componentIntents(focusClause), result.hits, slot, {
          text: req.question,
          components: named.components,
          services: named.services,
        });
  return { ...result, scope, revoked: citedRevoked, ...focus, outOfScope: why, confidence: slot && !unlisted ? "none" : confidence, unlisted };
}
