/**
 * The composition root: reads the configuration, builds the services (embedder, index, database,
 * composer, engine), makes sure an index exists, and serves the API. Channels are wired here too,
 * and only here.
 */
import { officerChats, watchForOfficers } from "./notify/officer-alerts.js";
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { ensureIndex, loadPublishedIndex } from "../ingest/ensure.js";
import { runIngest } from "../ingest/run.js";
import { pdfLimitsFromEnv } from "./pdf/extract.js";
import { createAdminDeps } from "./admin/deps.js";
import { startRetention } from "./admin/retention.js";
import { AuditLog } from "./admin/audit.js";
import { InProcessReindexQueue, ReindexJobs, type ReindexFn, type ReindexQueue } from "./admin/jobs.js";
import { BullReindexQueue, startReindexWorker } from "./scale/reindex-queue.js";
import type { Env } from "./config/env.js";
import { hnswOptions } from "./index/embedders/from-env.js";
import { loadEnv } from "./config/env.js";
import { createComposer } from "./answer/composers/from-env.js";
import { webWidgetRoutes } from "../channels/web/routes.js";
import { widgetBundle } from "../channels/web/bundle.js";
import { channelsForRole, startChannels } from "../channels/index.js";
import { outboundDeliveries, outboundQueues, startTelegramOutboundWorker, startWhatsAppOutboundWorker } from "../channels/outbound.js";
import { WhatsAppAdapter } from "../channels/whatsapp/client.js";
import type { OutboundWorker } from "./scale/outbound-queue.js";
import type { OutboundMessage } from "./notify/types.js";
import { DbFeedbackStore } from "./feedback/store.js";
import { createApp } from "./http/app.js";
import { createServices } from "./services.js";
import { indexSyncFromEnv } from "./scale/index-notify.js";
import { connectRedis } from "./scale/redis.js";
import { INGEST_LOCK, whileLocked } from "./scale/lock.js";
import { InboxFeedBridge, WebLiveBridge } from "./scale/feed-bridge.js";
import { countInFlight, countSendFailures } from "./observability/channels.js";
import { createLogger, lineLogger } from "./observability/logger.js";
import { createMetrics } from "./observability/metrics.js";
import { LiveStreams } from "./http/live-streams.js";
import { gracefulShutdown } from "./observability/shutdown.js";
import { observeTurns } from "./observability/turns.js";
import { loadEncryptionKey } from "./privacy/crypto.js";
import { dataPaths } from "./config/paths.js";
import { openStore } from "./store/database.js";

/** What a process runs (ROLE): everything, or one part of a deployment with several replicas. */
type Role = Env["ROLE"];
const serves = (role: Role) => role === "all" || role === "api";
const works = (role: Role) => role === "all" || role === "worker";

async function main(): Promise<void> {
  const env = loadEnv();
  const role = env.ROLE;
  const logger = createLogger({ level: env.LOG_LEVEL });
  // Split roles share state, so they need the shared stores: Redis for jobs and locks, PostgreSQL for data.
  if (role !== "all" && !env.REDIS_URL) throw new Error(`ROLE=${role} needs REDIS_URL: the roles share jobs and locks through Redis (or use ROLE=all)`);
  if (role === "whatsapp" && !env.WHATSAPP_ENABLED) throw new Error("ROLE=whatsapp needs WHATSAPP_ENABLED=true");
  if (role !== "all" && !env.DATABASE_URL) logger.warn({ role }, `ROLE=${role} without DATABASE_URL: this process's SQLite is not shared with other replicas`);
  const metrics = createMetrics({ defaultMetrics: true });
  // With REDIS_URL, replicas share the rate limits, Telegram dedupe, jobs and the WhatsApp lock through Redis.
  const redis = env.REDIS_URL
    ? await connectRedis({ url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX, onError: (err) => logger.warn({ component: "redis", err }, "redis error") })
    : undefined;
  // With DATABASE_URL, every replica reads and writes the same PostgreSQL; otherwise SQLite under DATA_DIR.
  const db = await openStore({
    databaseUrl: env.DATABASE_URL,
    sqlitePath: dataPaths(env).database,
    poolSize: env.DATABASE_POOL_SIZE,
    onIdleError: (err) => logger.warn({ component: "database", err }, "an idle PostgreSQL connection failed; it is replaced on the next query"),
  });
  const services = createServices(env, { db, composer: createComposer(env), forms: true, onTurn: observeTurns({ metrics, logger }) });
  metrics.watchIndex({ get: () => services.index.get() });
  // With Redis, inbox changes and officers' replies to open widgets reach every replica (every role files them).
  const bridgeError = (err: Error) => logger.warn({ component: "feed-bridge", err }, "live bridge failed");
  const feedBridge =
    redis && services.forms
      ? new InboxFeedBridge(redis, { submissions: services.forms.submissions.changes, handoffs: services.forms.handoffs.changes }, { onError: bridgeError })
      : undefined;
  await feedBridge?.ready;
  const webBridge = redis && services.forms ? new WebLiveBridge(redis, services.forms.webLive, { onError: bridgeError }) : undefined;
  metrics.watchQueue(
    "outbox",
    async () =>
      (
        await db
          .selectFrom("outbox")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
  );
  // Load the published index; only when there is none (or it no longer fits the embedder) build it, under
  // the ingest lock, so replicas starting on an empty shared volume build it once and a running re-index
  // never holds up a replica that can simply load the current version.
  if (!loadPublishedIndex(services)) await whileLocked(redis, INGEST_LOCK, () => ensureIndex(services, (l) => logger.info({ component: "index" }, l)));
  // A new index version (npm run ingest, a re-index on any replica) is served here too: Redis pub/sub or a watch on CURRENT.
  const indexSync = await indexSyncFromEnv(
    env,
    services.index,
    (version) => logger.info({ component: "index", version }, `index ${version} is live`),
    (err) => logger.warn({ component: "index", err }, "index sync failed"),
  );
  const reindex: ReindexFn = async (onProgress) => {
    logger.info({ component: "reindex", event: "reindex_started", role }, "re-index started");
    const r = await whileLocked(redis, INGEST_LOCK, () =>
      runIngest({
        corpusDir: services.paths.corpus,
        indexDir: services.paths.index,
        embedder: services.embedder,
        hnsw: hnswOptions(env),
        batchSize: env.EMBEDDINGS_BATCH_SIZE,
        onProgress,
        pdf: { limits: pdfLimitsFromEnv(env) },
        ...(indexSync.publish ? { publish: indexSync.publish } : {}),
      }),
    );
    logger.info({ component: "reindex", event: "reindex_done", role, version: r.version, counts: r.counts }, `re-index done: ${r.version}`);
    return { counts: { ...r.counts }, problems: r.problems, version: r.version, chunkCount: r.chunkCount };
  };
  // Re-index jobs: in this process, or (REDIS_URL) queued on BullMQ for whichever worker is free.
  const bull = env.REDIS_URL ? { url: env.REDIS_URL, prefix: `${env.REDIS_KEY_PREFIX}bull` } : undefined;
  const jobs: ReindexQueue = bull ? new BullReindexQueue(bull) : new InProcessReindexQueue(new ReindexJobs(reindex, () => void services.index.reload()));
  const reindexWorker = bull && works(role) ? await startReindexWorker(bull, { reindex, swap: () => void services.index.reload() }) : undefined;
  const stopRetention = works(role)
    ? startRetention(services.db, new AuditLog(services.db), env.RETENTION_DAYS, (l) => logger.info({ component: "retention" }, l))
    : async () => undefined;
  // Telegram / WhatsApp: a channel that fails to start is logged and left out; the API still serves.
  const channelLog = lineLogger(logger, "channels", (message) => {
    const channel = /^\[(telegram|whatsapp)\] (?:update|message) .*failed/.exec(message)?.[1];
    if (channel) metrics.sendFailures.inc({ channel, kind: "reply" });
  });
  const notifier = services.forms ? countSendFailures(services.forms.notifier, metrics) : undefined;
  const channels = await startChannels({
    env: channelsForRole(role, env, (line) => logger.warn({ role }, line)),
    engine: countInFlight(services.engine, metrics),
    db: services.db,
    notifier,
    handoffs: services.forms?.handoffs,
    log: channelLog,
    ...(redis ? { redis } : {}),
  });
  if (role === "whatsapp" && !channels.adapters.some((a) => a.name === "whatsapp")) {
    // One process per number: a second one (the Redis lock is held) or a broken browser stops here.
    await channels.stop();
    throw new Error("ROLE=whatsapp could not start the WhatsApp session (see the [channels] line above); this process holds nothing and exits");
  }
  // Messages outside a reply (officer replies, status changes, officer alerts). Without REDIS_URL the
  // adapters attached above deliver them in this process. With it the API enqueues them on BullMQ and
  // a worker sends: Telegram jobs on ROLE=worker (Bot API client), WhatsApp jobs on ROLE=whatsapp (its session).
  const outbound = bull && serves(role) ? outboundQueues(bull) : undefined;
  if (outbound && notifier) {
    const deliveries = outboundDeliveries(outbound);
    if (env.TELEGRAM_BOT_TOKEN) notifier.attach("telegram", deliveries.telegram);
    if (env.WHATSAPP_ENABLED) notifier.attach("whatsapp", deliveries.whatsapp);
  }
  const outboundOptions = (channel: "telegram" | "whatsapp") => ({
    log: channelLog,
    onFailed: () => metrics.sendFailures.inc({ channel, kind: "notify" }),
    // A message given up on stays in the outbox: the citizen gets it with their next reply, as without Redis.
    ...(services.forms ? { onGiveUp: (message: OutboundMessage) => services.forms!.notifier.keep(message) } : {}),
  });
  const outboundWorkers: OutboundWorker[] = [];
  if (bull && works(role) && env.TELEGRAM_BOT_TOKEN) outboundWorkers.push(await startTelegramOutboundWorker(env, bull, outboundOptions("telegram")));
  const whatsapp = channels.adapters.find((a): a is WhatsAppAdapter => a instanceof WhatsAppAdapter);
  if (bull && whatsapp) outboundWorkers.push(await startWhatsAppOutboundWorker(whatsapp, bull, outboundOptions("whatsapp")));
  const common = [
    { name: "retention", run: stopRetention },
    { name: "re-index worker", run: () => reindexWorker?.close() },
    { name: "re-index queue", run: () => jobs.close() },
    { name: "index sync", run: () => indexSync.stop() },
    { name: "outbound workers", run: async () => void (await Promise.all(outboundWorkers.map((w) => w.close()))) },
    { name: "outbound queues", run: () => outbound?.close() },
    { name: "channels", run: () => channels.stop() },
    // The bridges read announced messages from the database: close them first.
    {
      name: "live bridges",
      run: async () => {
        await feedBridge?.close();
        await webBridge?.close();
      },
    },
    { name: "database", run: () => services.db.destroy() },
    { name: "redis", run: async () => void (await redis?.quit()) },
  ];
  if (!serves(role)) {
    // worker / whatsapp: no HTTP; jobs, retention or the WhatsApp session until told to stop.
    logger.info({ event: "ready", role }, `Layanan Tanya ${role} is running`);
    const stop = gracefulShutdown({ timeoutMs: env.SHUTDOWN_TIMEOUT_MS, logger, steps: common });
    process.on("SIGINT", () => void stop("SIGINT"));
    process.on("SIGTERM", () => void stop("SIGTERM"));
    return;
  }
  if (services.forms && notifier) {
    // Officers hear of new tickets, handoffs and citizen messages outside the console too: with Redis once
    // per change in the deployment (the first replica to claim it), without it this process's changes.
    const { submissions, handoffs } = services.forms;
    const chats = officerChats(env.OFFICER_TELEGRAM_CHAT_IDS);
    if (Object.keys(chats).length > 0) {
      const feeds = feedBridge ? [feedBridge.once("submissions"), feedBridge.once("handoffs")] : [submissions.changes, handoffs.changes];
      watchForOfficers(feeds, notifier, chats, env.PUBLIC_URL, (err) => logger.warn({ err }, "officer alert not sent"));
    }
  }
  await widgetBundle(); // build the web widget once, before serving
  // Curator/operator console.
  const admin = createAdminDeps({
    db: services.db,
    apiKeys: services.apiKeys,
    corpusDir: services.paths.corpus,
    jobs,
    ...(services.forms ? { crypto: services.forms.crypto } : {}),
    channels: () =>
      channels.adapters.map((a) => {
        const login =
          "qrState" in a && typeof a.qrState === "function" ? (a.qrState as () => { state: string; qr: string | null; updatedAt: string })() : undefined;
        return { name: a.name, ...a.health(), ...(login ? { login } : {}) };
      }),
    retentionDays: env.RETENTION_DAYS,
  });
  const liveStreams = new LiveStreams();
  const app = createApp(
    {
      env,
      engine: services.engine,
      index: services.index,
      feedback: new DbFeedbackStore(services.db),
      forms: services.forms,
      admin,
      sessionSecret: loadEncryptionKey(env.ENCRYPTION_KEY, services.paths.keyFile),
      liveStreams,
      logger,
      metrics,
      ...(redis ? { redis } : {}),
    },
    [webWidgetRoutes(), ...channels.registrars],
  );
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    const host = env.HOST === "0.0.0.0" ? "localhost" : env.HOST;
    logger.info(
      { event: "listening", port: info.port, role },
      `Layanan Tanya is listening on http://${host}:${info.port} (embedder ${services.embedder.id}, ${services.index.get()?.size ?? 0} chunks)`,
    );
  });
  // SIGTERM/SIGINT: stop accepting, finish in-flight requests (streams too), flush channel queues, close the database.
  const stop = gracefulShutdown({
    server: server as Server,
    timeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    logger,
    endStreams: () => liveStreams.endAll(),
    steps: common,
  });
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((err: unknown) => {
  console.error(`Startup failed: ${(err as Error).message}`);
  process.exit(1);
});
