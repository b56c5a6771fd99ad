import { z } from "zod";
import { readEnvironment } from "./dotenv.js";

const bool = z.union([z.boolean(), z.string()]).transform((v) => (typeof v === "boolean" ? v : ["1", "true", "yes", "on"].includes(v.trim().toLowerCase())));
const list = z
  .string()
  .default("")
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );
const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional());
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

/**
 * Every knob of the service, read from the environment once at boot and validated.
 * Defaults give the embedded, offline setup. Documented in `.env.example`.
 */
export const EnvSchema = z.object({
  // server
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  PUBLIC_URL: optionalUrl,
  DATA_DIR: z.string().default("./data"),
  CORPUS_DIR: z.string().default("./corpus"),

  // embeddings
  EMBEDDINGS_PROVIDER: z.enum(["local", "openai"]).default("local"),
  LOCAL_EMBEDDER_DIMENSIONS: z.coerce.number().int().min(64).max(4096).default(512),
  EMBEDDINGS_BASE_URL: optionalUrl,
  EMBEDDINGS_MODEL: z.string().default("text-embedding-3-small"),
  EMBEDDINGS_API_KEY: optionalString,
  EMBEDDINGS_DIMENSIONS: z.coerce.number().int().positive().optional(),
  EMBEDDINGS_BATCH_SIZE: z.coerce.number().int().min(1).max(2048).default(64),

  // LLM composer
  LLM_PROVIDER: z.enum(["none", "openai"]).default("none"),
  LLM_BASE_URL: optionalUrl,
  LLM_MODEL: z.string().default("gpt-4o-mini"),
  LLM_API_KEY: optionalString,
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  LLM_TEMPERATURE: z.coerce.number().min(0).max(2).default(0),
  /** LLM mode only: the model rewrites the question into other phrasings, searched too and fused. */
  LLM_QUERY_REWRITE: bool.default(true),
  /** LLM mode only: the model reorders the top candidates before composing. */
  LLM_RERANK: bool.default(true),
  /** How many candidates the model reranks. */
  LLM_RERANK_CANDIDATES: z.coerce.number().int().min(2).max(50).default(20),
  /** Time budget of one rewrite or rerank call; past it the offline ranking stands. */
  LLM_RERANK_TIMEOUT_MS: z.coerce.number().int().min(50).default(4000),

  // index
  HNSW_M: z.coerce.number().int().min(4).max(128).default(16),
  HNSW_EF_CONSTRUCTION: z.coerce.number().int().min(10).max(2000).default(200),
  HNSW_EF_SEARCH: z.coerce.number().int().min(10).max(2000).default(400),
  /** How often a running server checks DATA_DIR/index/CURRENT for a new version (0 = never); with REDIS_URL a safety net beside the announcement. */
  INDEX_POLL_MS: z.coerce.number().int().min(0).default(1000),

  // retrieval
  DEFAULT_CITY: z.string().default("kendari"),
  RETRIEVAL_TOP_K: z.coerce.number().int().min(1).max(50).default(8),
  RETRIEVAL_CANDIDATES: z.coerce.number().int().min(5).max(500).default(50),
  RRF_K: z.coerce.number().min(1).default(60),
  RRF_WEIGHT_LEXICAL: z.coerce.number().min(0).default(1),
  RRF_WEIGHT_VECTOR: z.coerce.number().min(0).default(0.6),
  /** Minimum share of the question's (IDF-weighted) terms that the best evidence must contain. */
  MIN_EVIDENCE_COVERAGE: z.coerce.number().min(0.01).max(1).default(0.5),
  /** For long messages: a lower share suffices when enough specific information matches. */
  MIN_EVIDENCE_COVERAGE_LONG: z.coerce.number().min(0.01).max(1).default(0.3),
  /** That amount, in multiples of the IDF of a word the corpus never uses. */
  EVIDENCE_MASS_RARE_TERMS: z.coerce.number().min(0.1).default(1.5),
  /** Evidence from this up to 1 gets a hedged answer with `confidence: "low"`; below it, no answer. */
  HEDGE_EVIDENCE: z.coerce.number().min(0).max(1).default(0.6),
  /** A hedged answer needs at most this share of the asked information to be unknown to the corpus. */
  HEDGE_MAX_UNKNOWN_SHARE: z.coerce.number().min(0).max(1).default(0.34),
  /** The scope model's threshold (`src/retrieval/scope-model.ts`); unset, the fitted model's own; 1 turns the model off. */
  SCOPE_MODEL_THRESHOLD: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().gt(0).max(1).optional()),
  /** Retrieval score multipliers (see `RetrievalBoosts` in src/retrieval/hybrid.ts). */
  BOOST_OPD: z.coerce.number().min(1).default(1.3),
  BOOST_SERVICE: z.coerce.number().min(1).default(1.5),
  BOOST_COMPONENT: z.coerce.number().min(1).default(1.3),
  BOOST_DEFINITION: z.coerce.number().min(1).default(1.6),
  BOOST_REGULATION: z.coerce.number().min(1).default(1.25),
  OTHER_CITY_MARGIN: z.coerce.number().min(1).default(1.25),
  /** Widen lexical search with formal synonyms of everyday words (src/text/lexicon/synonyms.ts). */
  RETRIEVAL_SYNONYMS: bool.default(false),

  // API limits
  MAX_MESSAGE_CHARS: z.coerce.number().int().min(10).default(1000),
  MAX_BODY_BYTES: z.coerce.number().int().min(256).default(16_384),
  /** Corpus uploads in the admin API (PDF or Markdown regulations). */
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Form submissions (`POST /api/forms/:id/submissions`) allowed per client per minute. */
  FORM_SUBMIT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),

  // PDF parsing (in worker threads, for ingest and upload validation)
  /** A PDF still being read after this long is abandoned (the worker is terminated). */
  PDF_PARSE_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  /** PDFs with more pages are refused. */
  PDF_MAX_PAGES: z.coerce.number().int().min(1).default(2_000),
  /** Heap limit of one PDF worker, in MB. */
  PDF_WORKER_MAX_MB: z.coerce.number().int().min(32).default(512),
  /** PDF workers running at the same time. */
  PDF_PARSE_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  CORS_ORIGINS: list,
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  TRUST_PROXY: bool.default(false),

  // privacy
  ENCRYPTION_KEY: optionalString,
  RETENTION_DAYS: z.coerce.number().int().min(1).default(180),

  // channels
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_WEBHOOK_URL: optionalUrl,
  TELEGRAM_WEBHOOK_SECRET: optionalString,
  TELEGRAM_API_ROOT: z.string().url().default("https://api.telegram.org"),
  /** Officer alerts: `opd:chat_id` pairs (`disdukcapil:12345,dinsos:-100987`); new tickets and handoffs of an OPD are posted there. */
  OFFICER_TELEGRAM_CHAT_IDS: list.pipe(z.array(z.string().regex(/^[a-z0-9-]+:-?\d+$/, "expected opd:chat_id pairs, e.g. disdukcapil:12345"))),
  WHATSAPP_ENABLED: bool.default(false),
  WHATSAPP_CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),

  // scale (several replicas): state they share lives in PostgreSQL and Redis when set; SQLite and in-process otherwise
  /** `postgres://user:pass@host:5432/db`: sessions, turns, tickets, handoffs, audit and keys live there instead of SQLite. */
  DATABASE_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "expected postgres://user:pass@host:5432/db")
      .optional(),
  ),
  /** Connections per process in the PostgreSQL pool. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** What this process runs: `all` (default: one process does everything), `api` (HTTP and webhooks), `worker` (re-index and outbound jobs), `whatsapp` (the WhatsApp session). */
  ROLE: z.enum(["all", "api", "worker", "whatsapp"]).default("all"),
  /** `redis://[:password@]host:6379/0`: rate limits, Telegram dedupe and the WhatsApp lock are shared through it. */
  REDIS_URL: optionalUrl,
  /** Prefix of every Redis key this service writes (several deployments can share one Redis). */
  REDIS_KEY_PREFIX: z.string().default("layanan-tanya:"),

  // operations
  /** pino level; pretty output only when stdout is a terminal. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Bearer token for `GET /metrics`; unset, only loopback clients may read it. */
  METRICS_TOKEN: optionalString,
  /** How long SIGTERM/SIGINT waits for in-flight requests and queues before forcing the exit. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
});

export type Env = z.infer<typeof EnvSchema>;

/**
 * Parses the environment or fails fast with every problem named. Without an argument it reads the
 * exported variables over `.env`; a bad value in either is refused the same way.
 *
 * @example
 * const env = loadEnv(); // env.PORT === 3000 by default
 */
export function loadEnv(source?: Record<string, string | undefined>): Env {
  // Without an explicit source: the exported variables over `.env` (see readEnvironment).
  const { values, fromFile, file } = source ? { values: source, fromFile: new Set<string>(), file: null } : readEnvironment();
  const result = EnvSchema.safeParse(values);
  if (!result.success) {
    const origin = (key: string) => (fromFile.has(key) ? ` (from ${file})` : "");
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}${origin(String(i.path[0]))}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
