import { OpenAPIHono } from "@hono/zod-openapi";
import { randomBytes } from "node:crypto";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import type { AdminDeps } from "../admin/deps.js";
import type { Engine } from "../answer/engine.js";
import type { Env } from "../config/env.js";
import type { FeedbackStore } from "../feedback/store.js";
import type { FormsServices } from "../forms/services.js";
import type { LiveIndex } from "../index/live-index.js";
import { apiError, fieldErrors } from "./errors.js";
import { limitBody } from "./middleware/body-limit.js";
import { clientKey } from "./middleware/client-key.js";
import { originAllowlist } from "./middleware/origin-allowlist.js";
import { rateLimit } from "./middleware/rate-limit.js";
import { httpMetrics } from "./middleware/metrics.js";
import { requestLog } from "./middleware/request-log.js";
import type { Logger } from "../observability/logger.js";
import type { Metrics } from "../observability/metrics.js";
import type { RedisClient } from "../scale/redis.js";
import { registerDocs } from "./routes/docs.js";
import { registerMetrics } from "./routes/metrics.js";
import { createWebSessions, type WebSessions } from "./middleware/web-session.js";
import { securityHeaders } from "./middleware/security-headers.js";
import { registerConsole } from "./console/routes.js";
import { registerAdmin } from "./routes/admin.js";
import { registerChat } from "./routes/chat.js";
import { registerChatStream } from "./routes/chat-stream.js";
import { LiveStreams } from "./live-streams.js";
import { registerChatEvents } from "./routes/chat-events.js";
import { registerChatTranscript } from "./routes/chat-transcript.js";
import { registerDocumentsGet } from "./routes/documents-get.js";
import { registerDocumentsList } from "./routes/documents-list.js";
import { registerFeedback } from "./routes/feedback.js";
import { registerForms } from "./routes/forms.js";
import { registerHealth } from "./routes/health.js";
import { registerServicesGet } from "./routes/services-get.js";
import { registerServicesList } from "./routes/services-list.js";

export type AppEnv = { Variables: { requestId: string } };

/** What the routes need; built in `src/main.ts` (or by a test, with fakes). */
export interface AppDeps {
  env: Env;
  engine: Engine;
  index: Pick<LiveIndex, "get">;
  /** Answer ratings from the web widget; `POST /api/feedback` is served when present. */
  feedback?: FeedbackStore;
  /** Service forms, tickets and handoffs; their routes are served when present. */
  forms?: FormsServices;
  /** Curator/operator console and admin API (audit, corpus, re-index, review, stats); served when present. */
  admin?: AdminDeps;
  /** Signs web chat session tokens (the field-encryption key fits); a random per-process secret when absent. */
  sessionSecret?: Buffer;
  /** Structured logger: one line per request when present (`src/observability/logger.ts`). */
  logger?: Logger;
  /** Open SSE streams, ended together at shutdown (a private registry when absent). */
  liveStreams?: LiveStreams;
  /** Prometheus metrics: request latency middleware and `GET /metrics` when present. */
  metrics?: Metrics;
  /** State shared by replicas (REDIS_URL): the rate limits count in Redis when present. */
  redis?: RedisClient;
}

/** AppDeps as the routes see them: with the web session issuer built from `sessionSecret`. */
export type RouteDeps = AppDeps & { webSessions: WebSessions; liveStreams: LiveStreams };

/** Extra routes wired in by the composition root (channels' webhooks, admin). */
export type RouteRegistrar = (app: OpenAPIHono<AppEnv>) => void;

/**
 * The Hono app: middleware, one route per file, the error envelope and `/openapi.json`.
 *
 * @example
 * const app = createApp({ env, engine, index });
 * const res = await app.request("/healthz"); // 200 {"status":"ok"}
 */
export function createApp(appDeps: AppDeps, extra: RouteRegistrar[] = []): OpenAPIHono<AppEnv> {
  const deps: RouteDeps = {
    ...appDeps,
    webSessions: createWebSessions(appDeps.sessionSecret ?? randomBytes(32)),
    liveStreams: appDeps.liveStreams ?? new LiveStreams(),
  };
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = result.error.issues;
      const tooLong = issues.some((i) => i.path[0] === "message" && i.code === "too_big");
      const first = issues[0]?.message ?? "Permintaan tidak valid.";
      return apiError(c, 400, tooLong ? "message_too_long" : "invalid_request", first, fieldErrors(issues));
    },
  });

  app.use("*", requestId());
  app.use("*", securityHeaders()); // CSP, frame-ancestors, nosniff, Referrer-Policy (widget.js sets its own CORP)
  if (deps.logger) app.use("*", requestLog({ logger: deps.logger }));
  if (deps.metrics) app.use("*", httpMetrics(deps.metrics));
  app.use("/api/*", ...originAllowlist({ origins: deps.env.CORS_ORIGINS, publicUrl: deps.env.PUBLIC_URL, ...(deps.logger ? { logger: deps.logger } : {}) }));
  const smallBody = limitBody(deps.env.MAX_BODY_BYTES);
  // Admin routes get their body limit after the key check (routes/admin.ts): an unauthenticated upload is never read.
  app.use("/api/*", (c, next) => (c.req.path.startsWith("/api/admin/") ? next() : smallBody(c, next)));
  const limiter = rateLimit({ limit: deps.env.RATE_LIMIT_PER_MINUTE, key: (c) => clientKey(c, deps.env.TRUST_PROXY), name: "api", redis: deps.redis });
  app.use("/api/chat", limiter);
  app.use("/api/chat/stream", limiter);
  app.use("/api/feedback", limiter);

  for (const register of [
    registerHealth,
    registerChat,
    registerChatStream,
    registerDocumentsList,
    registerDocumentsGet,
    registerServicesList,
    registerServicesGet,
  ]) {
    register(app, deps);
  }
  if (deps.feedback) registerFeedback(app, { ...deps, feedback: deps.feedback });
  registerAdmin(app, deps); // every /api/admin/* route, from one list (routes/admin.ts)
  if (deps.forms) registerForms(app, { ...deps, forms: deps.forms });
  if (deps.forms) for (const register of [registerChatEvents, registerChatTranscript]) register(app, { ...deps, forms: deps.forms }); // live widget
  if (deps.admin) registerConsole(app, { ...deps, admin: deps.admin });
  for (const register of extra) register(app);

  if (deps.metrics) registerMetrics(app, { metrics: deps.metrics, token: deps.env.METRICS_TOKEN });
  registerDocs(app, { publicUrl: deps.env.PUBLIC_URL }); // /openapi.json and /docs

  app.notFound((c) => apiError(c, 404, "not_found", "Alamat tidak ditemukan. (No such route.)"));
  app.onError((err, c) => {
    if (err instanceof HTTPException && err.status === 400) {
      return apiError(c, 400, "invalid_json", "Isi permintaan bukan JSON yang valid. (The request body is not valid JSON.)");
    }
    if (err instanceof HTTPException && err.status < 500) return apiError(c, err.status as 401, "invalid_request", err.message);
    if (deps.logger) deps.logger.error({ requestId: c.get("requestId"), method: c.req.method, path: c.req.path, err }, "unhandled error");
    else console.error(`[${c.get("requestId")}] ${c.req.method} ${c.req.path}: ${(err as Error).message}`);
    return apiError(c, 500, "internal", "Terjadi gangguan di server. (Internal error.)");
  });
  return app;
}
