import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./app.js";

type Doc = ReturnType<OpenAPIHono<AppEnv>["getOpenAPI31Document"]>;
type Operation = {
  operationId?: string;
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ in?: string; name?: string }>;
  requestBody?: { content?: Record<string, { example?: unknown }> };
};

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

/** Tags, in the order the reference shows them. */
export const TAGS = [
  { name: "chat", description: "Questions and grounded answers (JSON or Server-Sent Events)" },
  { name: "documents", description: "Regulations and their citable units" },
  { name: "services", description: "Service standards (standar pelayanan)" },
  { name: "forms", description: "Service forms, tickets and the submitter's status" },
  { name: "feedback", description: "Ratings of answers" },
  { name: "admin", description: "Curators, operators and admins, with an API key" },
  { name: "operations", description: "Health, readiness, metrics and this document" },
];

const EXAMPLES: Record<string, unknown> = {
  "post /api/chat": { message: "brp biaya bikin ktp baru?", lang: "id" },
  "post /api/chat/stream": { message: "syarat kk baru apa aja?" },
  "post /api/feedback": { sessionId: "3f2b…", rating: "up" },
};

function tagOf(path: string): string {
  const m = /^\/api\/([a-z-]+)/.exec(path);
  const first = m?.[1];
  if (!first) return "operations";
  if (first === "submissions") return "forms";
  return TAGS.some((t) => t.name === first) ? first : "operations";
}

function securityOf(path: string): Array<Record<string, string[]>> {
  if (path.startsWith("/api/admin/")) return [{ apiKey: [] }];
  if (path.startsWith("/api/submissions/")) return [{ submitterToken: [] }];
  return [];
}

/** `get /api/documents/{id}` → `getDocumentsById`. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, "/")
    .split(/[/.-]/)
    .filter(Boolean)
    .map((w) => (w.startsWith("{") ? `By ${w.slice(1, -1)}` : w))
    .flatMap((w) => w.split(" "));
  return method + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}

/**
 * Completes the generated document in one place, for every route: an operation id, a tag and the
 * security requirement (admin → API key, a submission → the submitter's token, the rest public)
 * where a route did not set its own; the Authorization header parameters the security schemes
 * replace; request examples; the server, tags and licence.
 *
 * @example
 * const doc = completeDocument(app.getOpenAPI31Document({ openapi: "3.1.0", info }), { serverUrl: "/" });
 */
export function completeDocument(doc: Doc, options: { serverUrl: string }): Doc {
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      op.operationId ??= operationIdOf(method, path);
      op.tags ??= [tagOf(path)];
      op.security ??= securityOf(path);
      if (op.parameters) op.parameters = op.parameters.filter((p) => !(p.in === "header" && p.name?.toLowerCase() === "authorization"));
      if (op.parameters?.length === 0) delete op.parameters;
      const example = EXAMPLES[`${method} ${path}`];
      const json = op.requestBody?.content?.["application/json"];
      if (example && json && json.example === undefined) json.example = example;
    }
  }
  doc.servers = [{ url: options.serverUrl, description: "This service" }];
  doc.tags = TAGS;
  doc.info.license = { name: "Apache-2.0", identifier: "Apache-2.0" };
  return doc;
}

/**
 * Registers the security schemes the document refers to.
 *
 * @example
 * registerSecuritySchemes(app);
 */
export function registerSecuritySchemes(app: OpenAPIHono<AppEnv>): void {
  const registry = app.openAPIRegistry;
  registry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: "A role API key (admin, curator, operator) from `npm run admin -- create-key`.",
  });
  registry.registerComponent("securitySchemes", "submitterToken", {
    type: "http",
    scheme: "bearer",
    description: "The submitter token returned with a ticket.",
  });
  registry.registerComponent("securitySchemes", "metricsToken", {
    type: "http",
    scheme: "bearer",
    description: "METRICS_TOKEN (unset: loopback clients only).",
  });
}
