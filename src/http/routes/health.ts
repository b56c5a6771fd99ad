import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv, AppDeps } from "../app.js";
import { apiError } from "../errors.js";

/** `GET /healthz` (the process is up) and `GET /readyz` (an index is loaded and answering). */
export function registerHealth(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", (c) => {
    const index = deps.index.get();
    if (!index) return apiError(c, 503, "not_ready", "Indeks belum dimuat. (The index is not loaded yet.)");
    return c.json({ status: "ready", version: index.version, chunks: index.size, documents: index.documents().length, embedder: index.manifest.embedder.id });
  });
}
