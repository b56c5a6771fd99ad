import { sql } from "kysely";
import { afterEach, expect, it } from "vitest";
import { AuditLog, CLI_ACTOR } from "../../../src/admin/audit.js";
import type { Db } from "../../../src/store/database.js";
import { describeEachDialect } from "../../helpers/dialects.js";

const curator = { id: "key_c", name: "Kurator Diskominfo", role: "curator" as const };

describeEachDialect("AuditLog", (open) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("records who did what, with details, and returns the stored row", async () => {
    ({ db, close } = await open());
    const audit = new AuditLog(db);
    const e = await audit.record(curator, "corpus.status", "kendari-41-2021", { status: "dicabut", jobId: "job_1" });
    expect(e).toMatchObject({
      actor: { id: "key_c", name: "Kurator Diskominfo", role: "curator" },
      action: "corpus.status",
      target: "kendari-41-2021",
      details: { status: "dicabut", jobId: "job_1" },
    });
    expect(e.id).toBeGreaterThan(0);
    expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(await audit.list()).toEqual([e]);
    expect(await audit.record(CLI_ACTOR, "key.revoke")).toMatchObject({ target: "", details: {}, actor: { id: "cli", role: "admin" } });
  });

  it("lists newest first, filtered by action and limited", async () => {
    ({ db, close } = await open());
    const audit = new AuditLog(db);
    for (const [action, target] of [
      ["reindex.start", "job_1"],
      ["corpus.status", "a"],
      ["reindex.start", "job_2"],
      ["corpus.status", "b"],
    ] as const)
      await audit.record(curator, action, target);
    expect((await audit.list()).map((e) => e.target)).toEqual(["b", "job_2", "a", "job_1"]);
    expect((await audit.list({ action: "reindex.start" })).map((e) => e.target)).toEqual(["job_2", "job_1"]);
    expect((await audit.list({ limit: 2 })).map((e) => e.target)).toEqual(["b", "job_2"]);
    expect(await audit.list({ action: "nothing" })).toEqual([]);
  });

  it("is append-only: an update, a delete or a truncate of audit_log is refused", async () => {
    ({ db, close } = await open());
    const audit = new AuditLog(db);
    const e = await audit.record(curator, "review.link", "variant:1");
    await expect(db.updateTable("audit_log").set({ action: "x" }).execute()).rejects.toThrow("audit_log is append-only");
    await expect(db.deleteFrom("audit_log").where("id", "=", e.id).execute()).rejects.toThrow("audit_log is append-only");
    await expect(sql`DELETE FROM audit_log`.execute(db)).rejects.toThrow("audit_log is append-only");
    expect(await audit.list()).toEqual([e]);
  });

  it("keeps every row of parallel writers, each with its own id", async () => {
    ({ db, close } = await open());
    const audit = new AuditLog(db);
    const rows = await Promise.all(Array.from({ length: 20 }, (_, i) => audit.record(curator, "reindex.start", `job_${i}`)));
    expect(new Set(rows.map((r) => r.id)).size).toBe(20);
    expect(await audit.list({ limit: 100 })).toHaveLength(20);
  });
});
