import type { AnswerDeps } from "./answer/context.js";
import { ExtractiveComposer } from "./answer/composers/extractive.js";
import { createRetrievalAssist } from "./answer/composers/from-env.js";
import type { Composer } from "./answer/composers/types.js";
import { type ConversationEngine, createEngine, defaultSteps, type StepSlots } from "./answer/engine.js";
import type { Env } from "./config/env.js";
import { observedTurns, type TurnObserver } from "./observability/turns.js";
import { dataPaths } from "./config/paths.js";
import { createEmbedder, hnswOptions } from "./index/embedders/from-env.js";
import { LiveIndex } from "./index/live-index.js";
import type { Embedder } from "./index/types.js";
import type { VectorStoreLoader } from "./index/hnsw.js";
import { prepareRetrieval, type RetrievalConfig } from "./retrieval/hybrid.js";
import type { RetrievalAssist } from "./retrieval/llm-rerank.js";
import { defaultScopeModel, type ScopeModel } from "./retrieval/scope-model.js";
import { formSteps } from "./forms/steps/index.js";
import { createFormsServices, type FormsServices } from "./forms/services.js";
import { ApiKeyRepository } from "./auth/api-keys.js";
import { loadEncryptionKey } from "./privacy/crypto.js";
import { createSubjectHasher } from "./privacy/subjects.js";
import { openDatabase, type Db } from "./store/database.js";
import { ConversationStore } from "./store/sessions.js";

/** Everything the HTTP app and the channels need, built once at the composition root. */
export interface Services {
  env: Env;
  paths: ReturnType<typeof dataPaths>;
  embedder: Embedder;
  index: LiveIndex;
  db: Db;
  /** The one API key repository, shared by the forms officer routes and the admin console. */
  apiKeys: ApiKeyRepository;
  conversations: ConversationStore;
  engine: ConversationEngine;
  /** Forms, tickets and handoffs; present when enabled with the `forms` override. */
  forms?: FormsServices;
}

/** The fitted scope model shipped with the code, its threshold overridden by `SCOPE_MODEL_THRESHOLD` (1: off). */
export function scopeModelFromEnv(env: Pick<Env, "SCOPE_MODEL_THRESHOLD">): ScopeModel | null {
  const threshold = env.SCOPE_MODEL_THRESHOLD;
  if (threshold === 1) return null;
  const model = defaultScopeModel();
  return threshold === undefined ? model : { ...model, threshold };
}

export function retrievalConfig(env: Env): RetrievalConfig {
  return {
    topK: env.RETRIEVAL_TOP_K,
    candidates: env.RETRIEVAL_CANDIDATES,
    rrfK: env.RRF_K,
    weightLexical: env.RRF_WEIGHT_LEXICAL,
    weightVector: env.RRF_WEIGHT_VECTOR,
    minCoverage: env.MIN_EVIDENCE_COVERAGE,
    minCoverageLong: env.MIN_EVIDENCE_COVERAGE_LONG,
    massRareTerms: env.EVIDENCE_MASS_RARE_TERMS,
    defaultCity: env.DEFAULT_CITY,
    hedgeEvidence: env.HEDGE_EVIDENCE,
    maxUnknownShare: env.HEDGE_MAX_UNKNOWN_SHARE,
    synonyms: env.RETRIEVAL_SYNONYMS,
    boosts: {
      opd: env.BOOST_OPD,
      service: env.BOOST_SERVICE,
      component: env.BOOST_COMPONENT,
      definition: env.BOOST_DEFINITION,
      regulation: env.BOOST_REGULATION,
      otherCityMargin: env.OTHER_CITY_MARGIN,
    },
  };
}

export interface ServiceOverrides {
  embedder?: Embedder;
  composer?: Composer;
  /** LLM mode's query rewrite and rerank; built from env (`LLM_PROVIDER=openai`) when omitted. */
  assist?: RetrievalAssist;
  db?: Db;
  /** How each index version's vectors are opened: hnswlib in this process by default; pgvector or an engine at scale (ADR 6). */
  vectors?: VectorStoreLoader;
  /** Pipeline steps added by features (forms, handoff). */
  steps?: StepSlots;
  /** Sees every stored turn (metrics, logs of failed steps); see `src/observability/turns.ts`. */
  onTurn?: TurnObserver;
  /** Enables forms, tickets and handoffs (`true` builds them from env; or pass ready services). */
  forms?: boolean | FormsServices;
  /** The scope model `finalizeTurn` consults; built from env (`scopeModelFromEnv`) when omitted, null for none. */
  scopeModel?: ScopeModel | null;
}

/**
 * Builds the services from configuration. Every dependency can be overridden, which is how tests
 * pass fakes and how a larger deployment swaps in its own stores.
 *
 * @example
 * const services = createServices(loadEnv(), { db: openDatabase(":memory:") });
 * const onPostgres = createServices(env, { db: await openStore({ databaseUrl: env.DATABASE_URL, sqlitePath: dataPaths(env).database }) });
 */
export function createServices(env: Env, overrides: ServiceOverrides = {}): Services {
  const paths = dataPaths(env);
  const embedder = overrides.embedder ?? createEmbedder(env);
  const index = new LiveIndex(paths.index, embedder, hnswOptions(env), overrides.vectors, prepareRetrieval);
  const db = overrides.db ?? openDatabase(paths.database);
  const conversations = new ConversationStore(db);
  const extractive = new ExtractiveComposer();
  const deps: AnswerDeps = {
    index: () => index.get(),
    embedder,
    composer: overrides.composer ?? extractive,
    fallbackComposer: extractive,
    retrieval: { ...retrievalConfig(env), scopeModel: overrides.scopeModel === undefined ? scopeModelFromEnv(env) : overrides.scopeModel },
    assist: overrides.assist ?? createRetrievalAssist(env),
    env,
  };
  const apiKeys = (overrides.forms && overrides.forms !== true ? overrides.forms.apiKeys : null) ?? new ApiKeyRepository(db);
  // One key: field encryption of forms, and the keyed hashes that let erasure by NIK find chat turns.
  const encryptionKey = loadEncryptionKey(env.ENCRYPTION_KEY, paths.keyFile);
  const forms = overrides.forms === true ? createFormsServices(db, encryptionKey, apiKeys) : overrides.forms || undefined;
  const extra = forms ? formSteps(forms, { retentionDays: env.RETENTION_DAYS }) : { beforeRoute: [], afterRoute: [] };
  const steps: StepSlots = {
    beforeRoute: [...(overrides.steps?.beforeRoute ?? []), ...extra.beforeRoute],
    afterRoute: [...(overrides.steps?.afterRoute ?? []), ...extra.afterRoute],
    offerForms: overrides.steps?.offerForms ?? Boolean(forms),
  };
  const turns = overrides.onTurn ? observedTurns(conversations, overrides.onTurn) : conversations;
  const engine = createEngine(deps, { sessions: conversations, turns, subjectHash: createSubjectHasher(encryptionKey) }, defaultSteps(steps));
  return { env, paths, embedder, index, db, apiKeys, conversations, engine, ...(forms ? { forms } : {}) };
}
