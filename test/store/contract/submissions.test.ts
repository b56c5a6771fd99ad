import { afterEach, expect, it } from "vitest";
import { type NewSubmission, SubmissionRepository } from "../../../src/forms/submissions.js";
import type { InboxChange } from "../../../src/notify/inbox-feed.js";
import type { Db } from "../../../src/store/database.js";
import { describeEachDialect } from "../../helpers/dialects.js";

const input = (over: Partial<NewSubmission> = {}): NewSubmission => ({
  prefix: "KDI",
  serviceId: "ktp-el-baru",
  opd: "disdukcapil",
  channel: "web",
  userKey: "s1",
  fields: { nama_lengkap: "Siti", nik: "v1.aaa.bbb.ccc" },
  masked: { nama_lengkap: "Siti", nik: "7471********0001" },
  nikHash: "h1",
  submitterTokenHash: "t1",
  confidential: false,
  ...over,
});

describeEachDialect("SubmissionRepository", (open) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("stores a submission under the first ticket of its prefix and year, with a system note", async () => {
    ({ db, close } = await open());
    const repo = new SubmissionRepository(db);
    const s = await repo.create(input({ confidential: true }), new Date("2026-03-04T05:06:07.000Z"));
    expect(s).toEqual({
      ticket: "KDI-2026-000001",
      serviceId: "ktp-el-baru",
      opd: "disdukcapil",
      channel: "web",
      userKey: "s1",
      status: "diterima",
      fields: { nama_lengkap: "Siti", nik: "v1.aaa.bbb.ccc" },
      masked: { nama_lengkap: "Siti", nik: "7471********0001" },
      nikHash: "h1",
      submitterTokenHash: "t1",
      confidential: true,
      notes: [{ at: "2026-03-04T05:06:07.000Z", status: "diterima", text: "", by: "system" }],
      assignee: null,
      createdAt: "2026-03-04T05:06:07.000Z",
      updatedAt: "2026-03-04T05:06:07.000Z",
    });
    expect(await repo.get("kdi-2026-000001")).toEqual(s);
    expect(await repo.get("KDI-2026-000002")).toBeNull();
  });

  it("counts tickets per prefix and per year", async () => {
    ({ db, close } = await open());
    const repo = new SubmissionRepository(db);
    const t = async (prefix: string, at: string) => (await repo.create(input({ prefix }), new Date(at))).ticket;
    expect(await t("KDI", "2026-01-01T00:00:00Z")).toBe("KDI-2026-000001");
    expect(await t("KDI", "2026-06-01T00:00:00Z")).toBe("KDI-2026-000002");
    expect(await t("ADU", "2026-06-01T00:00:00Z")).toBe("ADU-2026-000001");
    expect(await t("KDI", "2027-01-01T00:00:00Z")).toBe("KDI-2027-000001");
    expect(await t("KDI", "2026-12-31T23:59:59Z")).toBe("KDI-2026-000003");
  });

  it("gives 20 parallel creates 20 distinct consecutive tickets", async () => {
    ({ db, close } = await open());
    const repo = new SubmissionRepository(db);
    const at = new Date("2026-05-05T00:00:00Z");
    await Promise.all(Array.from({ length: 4 }, () => repo.list())); // every pooled connection open first
    const made = await Promise.all(Array.from({ length: 20 }, (_, i) => repo.create(input({ userKey: `u${i}` }), at)));
    const tickets = made.map((s) => s.ticket).sort();
    expect(tickets).toEqual(Array.from({ length: 20 }, (_, i) => `KDI-2026-${String(i + 1).padStart(6, "0")}`));
    expect((await repo.list()).length).toBe(20);
  });

  it("lists newest first, filtered by OPD, status, service and channel", async () => {
    ({ db, close } = await open());
    const repo = new SubmissionRepository(db);
    const a = await repo.create(input());
    const b = await repo.create(input({ opd: "dinkes", serviceId: "pengaduan", channel: "telegram" }));
    const c = await repo.create(input({ channel: "telegram" }));
    await repo.update(c.ticket, "diproses", "", "key_1");
    const tickets = async (f: Parameters<SubmissionRepository["list"]>[0]) => (await repo.list(f)).map((s) => s.ticket);
    expect(await tickets({})).toEqual([c.ticket, b.ticket, a.ticket]);
    expect(await tickets({ opd: "disdukcapil" })).toEqual([c.ticket, a.ticket]);
    expect(await tickets({ status: "diterima" })).toEqual([b.ticket, a.ticket]);
    expect(await tickets({ serviceId: "pengaduan" })).toEqual([b.ticket]);
    expect(await tickets({ channel: "telegram", opd: "disdukcapil" })).toEqual([c.ticket]);
    expect(await tickets({ status: "selesai" })).toEqual([]);
  });

  it("updates the status and appends the note; an unknown ticket gives null", async () => {
    ({ db, close } = await open());
    const repo = new SubmissionRepository(db);
    const s = await repo.create(input());
    const u = await repo.update(s.ticket.toLowerCase(), "selesai", "KTP dapat diambil.", "key_1");
    expect(u?.status).toBe("selesai");
    expect(u?.notes.map((n) => [n.status, n.text, n.by])).toEqual([
      ["diterima", "", "system"],
      ["selesai", "KTP dapat diambil.", "key_1"],
    ]);
    expect(await repo.get(s.ticket)).toEqual(u);
    expect(await repo.update("KDI-2026-999999", "selesai", "x", "key_1")).toBeNull();
  });

  it("keeps every note when many are appended at once", async () => {
    ({ db, close } = await open());
    const repo = new SubmissionRepository(db);
    const s = await repo.create(input());
    await Promise.all(Array.from({ length: 4 }, () => repo.list())); // every pooled connection open first, so the appends run side by side
    await Promise.all(Array.from({ length: 10 }, (_, i) => repo.update(s.ticket, "diproses", `catatan ${i}`, "key_1")));
    const notes = (await repo.get(s.ticket))?.notes.map((n) => n.text) ?? [];
    expect(notes).toHaveLength(11);
    expect(new Set(notes)).toEqual(new Set(["", ...Array.from({ length: 10 }, (_, i) => `catatan ${i}`)]));
  });

  it("assigns and unassigns; an unknown ticket gives null", async () => {
    ({ db, close } = await open());
    const repo = new SubmissionRepository(db);
    const s = await repo.create(input());
    expect((await repo.assign(s.ticket, "key_1"))?.assignee).toBe("key_1");
    expect((await repo.get(s.ticket))?.assignee).toBe("key_1");
    expect((await repo.assign(s.ticket, null))?.assignee).toBeNull();
    expect(await repo.assign("KDI-2026-999999", "key_1")).toBeNull();
  });

  it("records the citizen's consent", async () => {
    ({ db, close } = await open());
    const repo = new SubmissionRepository(db);
    const s = await repo.create(input());
    expect(await repo.consentAt(s.ticket)).toBeNull();
    await repo.recordConsent(s.ticket, "2026-03-04T05:06:07.000Z");
    expect(await repo.consentAt(s.ticket)).toBe("2026-03-04T05:06:07.000Z");
    expect(await repo.consentAt("KDI-2026-999999")).toBeNull();
  });

  it("publishes creation and changes, never for an unknown ticket", async () => {
    ({ db, close } = await open());
    const repo = new SubmissionRepository(db);
    const seen: InboxChange[] = [];
    repo.changes.subscribe((c) => seen.push(c));
    const s = await repo.create(input());
    await repo.assign(s.ticket, "key_1");
    await repo.update(s.ticket, "diproses", "", "key_1");
    await repo.update("KDI-2026-999999", "diproses", "", "key_1");
    await repo.assign("KDI-2026-999999", null);
    expect(seen.map((c) => [c.kind, c.id, c.opd, c.change])).toEqual([
      ["submission", s.ticket, "disdukcapil", "created"],
      ["submission", s.ticket, "disdukcapil", "updated"],
      ["submission", s.ticket, "disdukcapil", "updated"],
    ]);
  });
});
