import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DbFeedbackStore } from "../../src/feedback/store.js";
import { webWidgetRoutes } from "../../channels/web/routes.js";
import { createApp } from "../../src/http/app.js";
import { createMetrics } from "../../src/observability/metrics.js";
import { testApp, type TestApp } from "../helpers/app.js";

const README = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
type Doc = {
  paths: Record<string, Record<string, { operationId?: string; tags?: string[]; security?: unknown[] }>>;
  components: { securitySchemes: Record<string, unknown> };
};

/** Paths in the README's HTTP API table rows (`/api/documents/:id` → `/api/documents/{id}`), `*` rows as prefixes. */
function readmeRoutes(): string[] {
  const section = README.slice(README.indexOf("## HTTP API"), README.indexOf("## Configuration"));
  const rows = section.split("\n").filter((line) => /^\| [A-Z*]+ \|/.test(line));
  return rows.flatMap((row) => [...row.matchAll(/`(\/[^`\s]*)`/g)].map((m) => m[1]!.replace(/:(\w+)/g, "{$1}").split("?")[0]!));
}

describe("OpenAPI document and /docs", () => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  let doc: Doc;
  beforeAll(async () => {
    t = await testApp({}, { forms: true }, { admin: true });
    // the full app as main.ts builds it: forms, admin API, metrics and the web widget's routes
    app = createApp(
      {
        env: t.services.env,
        engine: t.services.engine,
        index: t.services.index,
        feedback: new DbFeedbackStore(t.services.db),
        forms: t.services.forms,
        admin: t.admin,
        metrics: createMetrics(),
      },
      [webWidgetRoutes()],
    );
    doc = await (await app.request("/openapi.json")).json();
  });
  afterAll(() => t.cleanup());

  it("passes Redocly's recommended ruleset without errors", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: "/openapi.json", config });
    const errors = problems.filter((p) => p.severity === "error").map((p) => `${p.ruleId}: ${p.message} ${p.location[0]?.pointer ?? ""}`);
    expect(errors).toEqual([]);
  });

  it("describes every route the app serves under /api and the operational ones, with an operation id and a tag", () => {
    const served = app.routes.filter(
      (r) => r.method !== "ALL" && (r.path.startsWith("/api/") || ["/healthz", "/readyz", "/openapi.json", "/metrics", "/docs"].includes(r.path)),
    );
    expect(served.length).toBeGreaterThan(25);
    for (const r of served) {
      const op = doc.paths[r.path.replace(/:(\w+)/g, "{$1}")]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      expect(op!.operationId, `${r.method} ${r.path}`).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op!.tags?.length, `${r.method} ${r.path}`).toBe(1);
    }
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("describes the widget's origin check", () => {
    expect(doc.paths["/api/widget/origin"]?.get).toMatchObject({ operationId: "getWidgetOrigin", tags: ["chat"] });
  });

  it("has every route the README names", () => {
    const routes = readmeRoutes();
    expect(routes).toEqual(expect.arrayContaining(["/api/chat", "/healthz", "/readyz", "/openapi.json", "/metrics", "/docs", "/api/admin/*"]));
    const paths = Object.keys(doc.paths);
    for (const r of routes) {
      if (r.endsWith("*"))
        expect(
          paths.some((p) => p.startsWith(r.slice(0, -1))),
          r,
        ).toBe(true);
      else expect(paths, r).toContain(r);
    }
  });

  it("puts the admin API behind the bearer API key and keeps the chat public", () => {
    expect(doc.components.securitySchemes.apiKey).toEqual(expect.objectContaining({ type: "http", scheme: "bearer" }));
    expect(doc.paths["/api/admin/review"]!.get!.security).toEqual([{ apiKey: [] }]);
    expect(doc.paths["/api/submissions/{ticket}"]!.get!.security).toEqual([{ submitterToken: [] }]);
    expect(doc.paths["/api/chat"]!.post!.security).toEqual([]);
    expect(doc.paths["/healthz"]!.get!.operationId).toBe("getHealth");
  });

  it("renders the reference at /docs with Swagger UI served from the installed package", async () => {
    const page = await (await app.request("/docs")).text();
    expect(page).toContain('<script src="/docs/assets/swagger-ui-bundle.js"></script>');
    expect(page).not.toMatch(/https?:\/\//);
    const bundle = await app.request("/docs/assets/swagger-ui-bundle.js");
    expect(bundle.status).toBe(200);
    const dist = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
    expect(await bundle.text()).toBe(readFileSync(join(dist, "swagger-ui-bundle.js"), "utf8"));
    expect((await app.request("/docs/init.js")).status).toBe(200);
    expect((await app.request("/docs/assets/..%2Fpackage.json")).status).toBe(404);
  });
});
