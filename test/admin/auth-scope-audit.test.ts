import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminApp, keyFor, send, type AdminTestApp } from "./helpers.js";

describe("one key repository, one scope rule, one audit writer", () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await adminApp();
  });
  afterAll(() => t.cleanup());

  it("shares one ApiKeyRepository between the forms routes and the console", () => {
    expect(t.admin.apiKeys).toBe(t.services.forms!.apiKeys);
    expect(t.admin.apiKeys).toBe(t.services.apiKeys);
  });

  it("refuses an operator key without an OPD in the API and on the console's page alike", async () => {
    const stray = await keyFor(t, "operator", "Operator tanpa OPD", null);
    expect((await t.app.request("/api/admin/submissions", { headers: stray.headers })).status).toBe(403);
    expect((await t.app.request("/api/admin/handoffs", { headers: stray.headers })).status).toBe(403);
    const page = await t.app.request("/admin/layanan", { headers: { cookie: `lt_console=${stray.key}` } });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain("Kunci operator ini tidak terhubung ke OPD mana pun.");
  });

  it("shows an operator only its own OPD's submissions on the console", async () => {
    const forms = t.services.forms!;
    const base = { channel: "web", userKey: "web-u", fields: {}, masked: {}, nikHash: null, submitterTokenHash: "x", confidential: false } as const;
    const own = await forms.submissions.create({ ...base, prefix: "KDI", serviceId: "ktp-el-baru", opd: "disdukcapil" });
    const other = await forms.submissions.create({ ...base, prefix: "KDI", serviceId: "bansos", opd: "dinsos" });
    const operator = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    const html = await (await t.app.request("/admin/layanan", { headers: { cookie: `lt_console=${operator.key}` } })).text();
    expect(html).toContain(own.ticket);
    expect(html).not.toContain(other.ticket);
  });

  it("writes exactly one audit row for a change, and none for a refused or failed one", async () => {
    const curator = await keyFor(t, "curator", "Kurator Audit");
    const operator = await keyFor(t, "operator", "Operator Audit");
    const before = (await t.admin.audit.list({ limit: 1000 })).length;
    expect((await send(t, "DELETE", "/api/admin/corpus/documents/tidak-ada", curator.headers)).status).toBe(404);
    expect((await send(t, "POST", "/api/admin/reindex", operator.headers)).status).toBe(403);
    expect((await send(t, "POST", "/api/admin/reindex", {})).status).toBe(401);
    expect(await t.admin.audit.list({ limit: 1000 })).toHaveLength(before);
    const res = await send(t, "POST", "/api/admin/reindex", curator.headers);
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    await t.admin.jobs.wait(jobId);
    const rows = await t.admin.audit.list({ limit: 1000 });
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]).toMatchObject({ action: "reindex.start", target: jobId, actor: { id: curator.id, name: "Kurator Audit", role: "curator" }, details: {} });
  });
});
