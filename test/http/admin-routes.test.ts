import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_ROUTES } from "../../src/http/routes/admin.js";
import { adminRoute } from "../../src/http/routes/admin-route.js";
import { reindexRoute } from "../../src/http/routes/admin-reindex.js";
import { adminApp, keyFor, type AdminTestApp } from "../admin/helpers.js";

const MB = 1024 * 1024;

/** A 20 MB multipart body produced on demand, counting the bytes anything reads from it. */
function hugeUpload(total = 20 * MB) {
  const seen = { bytes: 0 };
  const chunk = new Uint8Array(256 * 1024).fill(0x41);
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (seen.bytes >= total) return controller.close();
        seen.bytes += chunk.length;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { body, seen };
}

describe("admin routes: one list, key checked first", () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await adminApp();
  });
  afterAll(() => t.cleanup());

  const upload = (headers: Record<string, string>, body: ReadableStream<Uint8Array>) =>
    t.app.request("/api/admin/corpus/regulations", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=----lt", ...headers },
      body,
      duplex: "half",
    } as RequestInit);

  it("answers an unauthenticated 20 MB upload with 401 without reading the body", async () => {
    const { body, seen } = hugeUpload();
    const started = performance.now();
    const res = await upload({}, body);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    expect(seen.bytes).toBe(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("answers an operator's 20 MB upload with 403 without reading the body, and reads it for a curator", async () => {
    const operator = await keyFor(t, "operator");
    const refused = hugeUpload();
    expect((await upload(operator.headers, refused.body)).status).toBe(403);
    expect(refused.seen.bytes).toBe(0);
    const curator = await keyFor(t, "curator");
    const read = hugeUpload(2 * MB);
    const res = await upload(curator.headers, read.body);
    expect(res.status).toBe(400); // not a valid multipart body: it was read and refused
    expect(read.seen.bytes).toBeGreaterThan(0);
  });

  it("refuses every admin route without a key with 401, before validating the request", async () => {
    const statuses: Record<string, number> = {};
    for (const { route } of ADMIN_ROUTES) {
      const path = route.path.replace(/\{[^}]+\}/g, "x");
      const res = await t.app.request(path, {
        method: route.method.toUpperCase(),
        headers: { "content-type": "application/json" },
        ...(route.method === "get" ? {} : { body: "{" }),
      });
      statuses[`${route.method.toUpperCase()} ${route.path}`] = res.status;
    }
    expect(Object.keys(statuses)).toHaveLength(27);
    expect(Object.entries(statuses).filter(([, s]) => s !== 401)).toEqual([]);
  });

  it("declares an audit action for every change, and refuses to build one without", () => {
    const changes = ADMIN_ROUTES.filter((r) => r.route.method !== "get").map((r) => `${r.route.method} ${r.route.path} → ${r.audit}`);
    expect(changes).toEqual([
      "post /api/admin/corpus/regulations → corpus.upload",
      "put /api/admin/corpus/services/{id} → corpus.service",
      "patch /api/admin/corpus/documents/{id}/status → corpus.status",
      "delete /api/admin/corpus/documents/{id} → corpus.delete",
      "post /api/admin/reindex → reindex.start",
      "post /api/admin/review/links → review.link",
      "post /api/admin/review/out-of-scope → review.out_of_scope",
      "post /api/admin/data-subject/delete → data_subject.delete",
      "patch /api/admin/submissions/{ticket} → submission.status",
      "post /api/admin/handoffs/{id}/messages → handoff.message",
      "post /api/admin/handoffs/{id}/close → handoff.close",
      "post /api/admin/submissions/{ticket}/notes → submission.note",
      "put /api/admin/submissions/{ticket}/assignee → submission.assign",
      "post /api/admin/submissions/{ticket}/reveal → submission.reveal",
      "put /api/admin/handoffs/{id}/assignee → handoff.assign",
      "post /api/admin/canned-replies → canned_reply.create",
    ]);
    expect(() => adminRoute({ route: reindexRoute, roles: ["admin"], handler: () => null })).toThrow("POST /api/admin/reindex: a change needs an audit action");
    expect(() => adminRoute({ route: reindexRoute, roles: [], audit: "x", handler: () => null })).toThrow("POST /api/admin/reindex: no roles");
  });
});

describe("admin routes: body limits after the key check", () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await adminApp({ MAX_UPLOAD_BYTES: "4096", MAX_BODY_BYTES: "512" });
  });
  afterAll(() => t.cleanup());

  it("refuses an authenticated upload over MAX_UPLOAD_BYTES with 413, and a change over MAX_BODY_BYTES", async () => {
    const curator = await keyFor(t, "curator");
    const big = hugeUpload(64 * 1024);
    const res = await t.app.request("/api/admin/corpus/regulations", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=----lt", ...curator.headers },
      body: big.body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: "payload_too_large",
      message: "Isi permintaan terlalu besar (maksimal 4096 byte). (Request body too large.)",
    });
    const admin = await keyFor(t, "admin");
    const patch = await t.app.request("/api/admin/submissions/KDI-2026-999999", {
      method: "PATCH",
      headers: { "content-type": "application/json", ...admin.headers },
      body: JSON.stringify({ status: "diproses", note: "x".repeat(600) }),
    });
    expect(patch.status).toBe(413);
  });
});
