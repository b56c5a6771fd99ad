import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv, AppDeps } from "../app.js";
import { apiError, ErrorEnvelopeSchema } from "../errors.js";

const HealthSchema = z.object({ status: z.literal("ok") }).openapi("Health", { example: { status: "ok" } });
const ReadySchema = z
  .object({
    status: z.literal("ready"),
    /** The index version this replica serves (the name in DATA_DIR/index/CURRENT when it loaded). */
    indexVersion: z.string().nullable(),
    chunkCount: z.number().int(),
    version: z.string().nullable().openapi({ deprecated: true, description: "Same as indexVersion." }),
    chunks: z.number().int().openapi({ deprecated: true, description: "Same as chunkCount." }),
    documents: z.number().int(),
    embedder: z.string(),
  })
  .openapi("Ready", {
    example: {
      status: "ready",
      indexVersion: "v-20261124-010000000Z-ab12",
      chunkCount: 504,
      version: "v-20261124-010000000Z-ab12",
      chunks: 504,
      documents: 21,
      embedder: "local-hash-v1:d512:…",
    },
  });

/**
 * `GET /healthz` (the process is up) and `GET /readyz` (an index is loaded and answering).
 *
 * @example
 * await app.request("/healthz"); // 200 {"status":"ok"}
 */
export function registerHealth(app: OpenAPIHono<AppEnv>, deps: Pick<AppDeps, "index">): void {
  const health = createRoute({
    method: "get",
    path: "/healthz",
    operationId: "getHealth",
    tags: ["operations"],
    summary: "Liveness: the process is up",
    security: [],
    responses: { 200: { description: "Up", content: { "application/json": { schema: HealthSchema } } } },
  });
  app.openapi(health, (c) => c.json({ status: "ok" as const }, 200));
  const ready = createRoute({
    method: "get",
    path: "/readyz",
    operationId: "getReady",
    tags: ["operations"],
    summary: "Readiness: an index is loaded",
    security: [],
    responses: {
      200: { description: "Ready to answer", content: { "application/json": { schema: ReadySchema } } },
      503: { description: "No index loaded yet", content: { "application/json": { schema: ErrorEnvelopeSchema } } },
    },
  });
  app.openapi(ready, (c) => {
    const index = deps.index.get();
    if (!index) return apiError(c, 503, "not_ready", "Indeks belum dimuat. (The index is not loaded yet.)") as never;
    return c.json(
      {
        status: "ready" as const,
        indexVersion: index.version,
        chunkCount: index.size,
        version: index.version,
        chunks: index.size,
        documents: index.documents().length,
        embedder: index.manifest.embedder.id,
      },
      200,
    );
  });
}
