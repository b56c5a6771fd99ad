/** A real engine over an in-memory database, with scripted steps and composers instead of a corpus. */
import type { AnswerDeps, Step, TokenSink } from "../../src/answer/context.js";
import type { Composer, ComposeInput } from "../../src/answer/composers/types.js";
import { createEngine } from "../../src/answer/engine.js";
import type { CorpusIndex } from "../../src/index/corpus-index.js";
import type { StoredChunk } from "../../src/index/manifest.js";
import { hasEvidence } from "../../src/retrieval/evidence.js";
import type { RetrievalResult } from "../../src/retrieval/hybrid.js";
import type { ScopeModel } from "../../src/retrieval/scope-model.js";
import { openDatabase, sqliteHandle } from "../../src/store/database.js";
import { ConversationStore, type TurnTrace } from "../../src/store/sessions.js";

/** A service-standard chunk; `text` and `meta` can be overridden. */
export function chunk(id: string, over: { text?: string; unverified?: boolean; serviceId?: string } = {}): StoredChunk {
  return {
    id,
    docId: `service:${over.serviceId ?? "ktp-el-baru"}`,
    title: "Standar Pelayanan Penerbitan KTP-el Baru",
    headingPath: ["KTP-el Baru", "Biaya/tarif"],
    pasal: null,
    ayat: null,
    label: "Standar Pelayanan Penerbitan KTP-el Baru, Biaya/tarif",
    text: over.text ?? "Biaya/tarif:\nGratis (tidak dipungut biaya).",
    digest: "d",
    vectorLabel: 1,
    meta: {
      sourceType: "service",
      city: "kendari",
      status: "berlaku",
      opd: ["disdukcapil"],
      component: "biaya",
      serviceId: over.serviceId ?? "ktp-el-baru",
      unverified: over.unverified,
    },
  };
}

/** A retrieval result over `chunks` with the given evidence (≥ 1 is sufficient: confidence "high", else "none"). */
export function retrievalOf(chunks: StoredChunk[], evidence = 2): RetrievalResult {
  const hits = chunks.map((c) => ({ chunk: c, score: 1, coverage: 1, support: evidence }));
  const scope = { cities: [], regulations: [], asksStatus: false, prefersRegulation: false, asksDefinition: false };
  const confidence = hasEvidence(evidence) ? "high" : "none";
  return { hits, evidence, scope, revoked: [], services: [], components: [], outOfScope: null, confidence, unlisted: null } as unknown as RetrievalResult;
}

/** A step standing in for route + retrieve: the message is a question with this retrieval result. */
export function retrieved(result: RetrievalResult): Step {
  return async function retrieved(ctx) {
    ctx.route = "question";
    ctx.retrieval = result;
  };
}

/** A composer that answers from `used`, streaming `pieces` (their join is the answer). */
export function scriptedComposer(name: string, pieces: string[], used: StoredChunk[]): Composer & { inputs: ComposeInput[] } {
  const inputs: ComposeInput[] = [];
  return {
    name,
    inputs,
    async compose(input) {
      inputs.push(input);
      for (const p of pieces) input.onToken?.(p);
      return { status: "answered", answer: pieces.join(""), used };
    },
  };
}

/** A composer that always throws, like an LLM server that is down. */
export function failingComposer(message: string): Composer {
  return {
    name: "llm",
    async compose() {
      throw new Error(message);
    },
  };
}

/** An index that knows only documents (for the answer notes). */
export function indexWith(documents: Record<string, unknown> = {}): CorpusIndex {
  return { document: (id: string) => documents[id], chunk: () => undefined } as unknown as CorpusIndex;
}

/** Records what a channel would stream. */
export function recordingSink() {
  const events: Array<{ token: string } | "reset"> = [];
  const sink: TokenSink = { token: (t) => void events.push({ token: t }), reset: () => void events.push("reset") };
  /** The text on screen: tokens since the last reset. */
  const shown = () => {
    const last = events.lastIndexOf("reset");
    return events
      .slice(last + 1)
      .map((e) => (e as { token: string }).token)
      .join("");
  };
  return { sink, events, shown, tokens: () => events.flatMap((e) => (e === "reset" ? [] : [e.token])) };
}

export interface HarnessOptions {
  steps: Step[];
  composer?: Composer;
  fallbackComposer?: Composer;
  index?: CorpusIndex | null;
  maxChars?: number;
  /** The scope model `finalizeTurn` consults (none by default). */
  scopeModel?: ScopeModel;
}

/** The engine with an in-memory database; `turns()` and `subjects()` read the stored rows. */
export function harness(opts: HarnessOptions) {
  const db = openDatabase(":memory:");
  const store = new ConversationStore(db);
  const deps = {
    index: () => (opts.index === undefined ? indexWith() : opts.index),
    embedder: {} as AnswerDeps["embedder"],
    composer: opts.composer ?? failingComposer("no composer in this test"),
    fallbackComposer: opts.fallbackComposer ?? opts.composer ?? failingComposer("no fallback in this test"),
    retrieval: { scopeModel: opts.scopeModel ?? null } as AnswerDeps["retrieval"],
    env: { MAX_MESSAGE_CHARS: opts.maxChars ?? 1000, DEFAULT_CITY: "kendari" },
  } satisfies AnswerDeps;
  const subjectHash = (nik: string) => `h(${nik})`;
  const engine = createEngine(deps, { sessions: store, turns: store, subjectHash }, opts.steps);
  type Row = { id: number; question: string; status: string; answer: string; citations: string; trace: string };
  const raw = sqliteHandle(db)!;
  const turns = () =>
    (raw.prepare("SELECT id, question, status, answer, citations, trace FROM turns ORDER BY id").all() as Row[]).map((r) => ({
      ...r,
      citations: JSON.parse(r.citations) as string[],
      trace: JSON.parse(r.trace) as TurnTrace,
    }));
  const subjects = () => raw.prepare("SELECT turn_id AS turnId, subject FROM turn_subjects ORDER BY rowid").all();
  return { engine, db, store, turns, subjects };
}
