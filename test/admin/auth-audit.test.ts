import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditLog } from "../../src/admin/audit.js";
import { openDatabase } from "../../src/store/database.js";
import { adminApp, finishJob, keyFor, send, type AdminTestApp } from "./helpers.js";

const TSX = resolve(import.meta.dirname, "../../node_modules/.bin/tsx");

describe("admin API roles and audit", () => {
  let t: AdminTestApp;
  let admin: Awaited<ReturnType<typeof keyFor>>;
  let curator: Awaited<ReturnType<typeof keyFor>>;
  let operator: Awaited<ReturnType<typeof keyFor>>;
  beforeAll(async () => {
    t = await adminApp();
    admin = await keyFor(t, "admin", "Admin Diskominfo");
    curator = await keyFor(t, "curator", "Kurator Diskominfo");
    operator = await keyFor(t, "operator", "Loket Dukcapil");
  });
  afterAll(() => t.cleanup());

  it("refuses a request without a key with 401", async () => {
    const res = await t.app.request("/api/admin/audit");
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: "unauthorized",
      message: "Kunci API tidak ada atau tidak berlaku. (Missing or invalid API key.)",
    });
  });

  it("refuses an operator doing a curator action with 403, and lets the curator do it", async () => {
    const body = { status: "berlaku" };
    const denied = await send(t, "PATCH", "/api/admin/corpus/documents/kendari-37-2024/status", operator.headers, body);
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    expect((await send(t, "POST", "/api/admin/reindex", operator.headers)).status).toBe(403);
    expect((await t.app.request("/api/admin/review", { headers: operator.headers })).status).toBe(403);
    const ok = await send(t, "PATCH", "/api/admin/corpus/documents/kendari-37-2024/status", curator.headers, body);
    expect(ok.status).toBe(200);
    await finishJob(t, ((await ok.json()) as { jobId: string }).jobId, curator.headers);
  });

  it("keeps data-subject deletion for admins only", async () => {
    for (const k of [curator, operator])
      expect((await send(t, "POST", "/api/admin/data-subject/delete", k.headers, { ticket: "KDI-2026-999999" })).status).toBe(403);
    expect((await send(t, "POST", "/api/admin/data-subject/delete", admin.headers, { ticket: "KDI-2026-999999" })).status).toBe(404);
  });

  it("refuses a revoked key with 401", async () => {
    const k = await keyFor(t, "curator", "Kurator lama");
    expect((await t.app.request("/api/admin/audit", { headers: k.headers })).status).toBe(200);
    await t.admin.apiKeys.revoke(k.id);
    expect((await t.app.request("/api/admin/audit", { headers: k.headers })).status).toBe(401);
  });

  it("audits re-index and corpus changes with the actor", async () => {
    const res = await send(t, "POST", "/api/admin/reindex", curator.headers);
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    await finishJob(t, jobId, curator.headers);
    const { entries } = (await (await t.app.request("/api/admin/audit?limit=50", { headers: admin.headers })).json()) as {
      entries: Array<Record<string, unknown>>;
    };
    expect(entries[0]).toMatchObject({ action: "reindex.start", target: jobId, actor: { id: curator.id, name: "Kurator Diskominfo", role: "curator" } });
    const status = (await (await t.app.request("/api/admin/audit?action=corpus.status", { headers: curator.headers })).json()) as {
      entries: Array<Record<string, unknown>>;
    };
    expect(status.entries).toHaveLength(1);
    expect(status.entries[0]).toMatchObject({
      action: "corpus.status",
      target: "kendari-37-2024",
      actor: { id: curator.id, role: "curator" },
      details: { status: "berlaku" },
    });
  });

  it("audits an operator's submission status change and handoff actions, without message text", async () => {
    const forms = t.services.forms!;
    const sub = await forms.submissions.create({
      prefix: "KDI",
      serviceId: "ktp-el-baru",
      opd: "disdukcapil",
      channel: "web",
      userKey: "web-user-1",
      fields: {},
      masked: {},
      nikHash: null,
      submitterTokenHash: "x",
      confidential: false,
    });
    const patch = await send(t, "PATCH", `/api/admin/submissions/${sub.ticket}`, operator.headers, { status: "diproses", note: "Berkas lengkap." });
    expect(patch.status).toBe(200);
    const h = await forms.handoffs.open({ sessionId: "s-h1", channel: "web", userKey: "web-user-1", opd: "disdukcapil" });
    expect((await send(t, "POST", `/api/admin/handoffs/${h.id}/messages`, operator.headers, { text: "Halo, ada yang bisa dibantu?" })).status).toBe(201);
    expect((await send(t, "POST", `/api/admin/handoffs/${h.id}/close`, operator.headers)).status).toBe(200);
    const rows = (await t.admin.audit.list({ limit: 3 })).reverse();
    expect(rows.map((r) => [r.action, r.target, r.actor.id, r.actor.role])).toEqual([
      ["submission.status", sub.ticket, operator.id, "operator"],
      ["handoff.message", h.id, operator.id, "operator"],
      ["handoff.close", h.id, operator.id, "operator"],
    ]);
    expect(rows[0]!.details).toEqual({ status: "diproses" });
    expect(JSON.stringify(rows)).not.toContain("Halo, ada yang bisa dibantu?");
  });

  it("documents the admin routes in /openapi.json", async () => {
    const doc = (await (await t.app.request("/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.startsWith("/api/admin/") && !/submissions|handoffs/.test(p))
        .sort(),
    ).toEqual([
      "/api/admin/audit",
      "/api/admin/canned-replies",
      "/api/admin/corpus/documents/{id}",
      "/api/admin/corpus/documents/{id}/status",
      "/api/admin/corpus/regulations",
      "/api/admin/corpus/services/{id}",
      "/api/admin/data-subject/delete",
      "/api/admin/inbox",
      "/api/admin/jobs/{id}",
      "/api/admin/reindex",
      "/api/admin/review",
      "/api/admin/review.csv",
      "/api/admin/review/links",
      "/api/admin/review/out-of-scope",
      "/api/admin/stats",
      "/api/admin/stats.csv",
    ]);
  });

  it("refuses to update or delete audit rows (SQLite raises)", async () => {
    await expect(t.services.db.updateTable("audit_log").set({ action: "x" }).execute()).rejects.toThrow("audit_log is append-only");
    await expect(t.services.db.deleteFrom("audit_log").execute()).rejects.toThrow("audit_log is append-only");
    expect((await t.admin.audit.list()).length).toBeGreaterThan(0);
  });
});

describe("admin CLI audit", () => {
  it("records key creation and revocation from the command line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lt-cli-"));
    try {
      const env = { ...process.env, DATA_DIR: dir };
      const created = spawnSync(TSX, ["src/cli/admin.ts", "create-key", "--role", "curator", "--name", "Kurator CLI"], { env, encoding: "utf8" });
      expect(created.status).toBe(0);
      const id = /Created (key_[0-9a-f]+) \(curator\): Kurator CLI/.exec(created.stdout)?.[1];
      expect(id).toBeDefined();
      expect(spawnSync(TSX, ["src/cli/admin.ts", "revoke-key", id!], { env, encoding: "utf8" }).stdout).toBe(`Revoked ${id}.\n`);
      const db = openDatabase(join(dir, "app.db"));
      const rows = (await new AuditLog(db).list()).reverse();
      await db.destroy();
      expect(rows.map((r) => [r.action, r.target, r.actor.id])).toEqual([
        ["key.create", id, "cli"],
        ["key.revoke", id, "cli"],
      ]);
      expect(rows[0]!.details).toEqual({ role: "curator", name: "Kurator CLI", opd: null });
      const purge = spawnSync(TSX, ["src/cli/admin.ts", "purge"], { env: { ...env, RETENTION_DAYS: "30" }, encoding: "utf8" });
      expect(purge.stdout).toMatch(/^Deleted 0 sessions and 0 turns older than 30 days \(before \d{4}-\d{2}-\d{2}T[\d:.]+Z\)\.\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
