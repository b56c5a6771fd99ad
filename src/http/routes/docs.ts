import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app.js";
import { completeDocument, registerSecuritySchemes } from "../openapi.js";

const INFO = {
  title: "Layanan Tanya API",
  version: "1.0.0",
  description: "Grounded answers from regulations and standar pelayanan. REST API per Perwali Kendari 1/2022 Pasal 10(2).",
};

/** swagger-ui-dist files served under /docs/assets/ (from the installed package, no CDN). */
const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui-standalone-preset.js": "text/javascript; charset=utf-8",
};
const assetDir = () => dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Layanan Tanya API</title><link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
<script src="/docs/init.js"></script></body></html>`;
const INIT = `window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout" });`;

/**
 * `GET /openapi.json` (OpenAPI 3.1 from the route schemas, completed by `completeDocument`) and
 * `GET /docs`, the API reference rendered by Swagger UI from the installed `swagger-ui-dist`.
 *
 * @example
 * await app.request("/openapi.json"); // 200 {"openapi":"3.1.0",...}
 */
export function registerDocs(app: OpenAPIHono<AppEnv>, options: { publicUrl?: string }): void {
  registerSecuritySchemes(app);
  const specRoute = createRoute({
    method: "get",
    path: "/openapi.json",
    operationId: "getOpenApiDocument",
    tags: ["operations"],
    summary: "This OpenAPI 3.1 document",
    security: [],
    responses: { 200: { description: "The document", content: { "application/json": { schema: z.object({ openapi: z.string() }).passthrough() } } } },
  });
  app.openapi(specRoute, (c) =>
    c.json(completeDocument(app.getOpenAPI31Document({ openapi: "3.1.0", info: INFO }), { serverUrl: options.publicUrl ?? "/" }) as never, 200),
  );
  const page = createRoute({
    method: "get",
    path: "/docs",
    operationId: "getApiReference",
    tags: ["operations"],
    summary: "The API reference (Swagger UI)",
    security: [],
    responses: { 200: { description: "An HTML page", content: { "text/html": { schema: z.string() } } } },
  });
  app.openapi(page, (c) => c.html(PAGE) as never);
  app.get("/docs/init.js", (c) => c.body(INIT, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=3600" }));
  app.get("/docs/assets/:file", (c) => {
    const type = ASSETS[c.req.param("file")];
    if (!type) return c.notFound();
    return c.body(readFileSync(join(assetDir(), c.req.param("file"))), 200, { "content-type": type, "cache-control": "public, max-age=86400" });
  });
}
