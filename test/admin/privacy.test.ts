import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { purgeConversations } from "../../src/admin/retention.js";
import { adminApp, keyFor, send, type AdminTestApp } from "./helpers.js";
import { turnRow } from "../helpers/rows.js";

const NOW = new Date("2026-11-24T00:00:00.000Z");

async function session(t: AdminTestApp, id: string, at: string, channel = "web", userKey: string | null = null): Promise<void> {
  await t.services.db.insertInto("sessions").values({ id, channel, user_key: userKey, memory: "{}", created_at: at, updated_at: at }).execute();
  await t.services.db
    .insertInto("turns")
    .values(turnRow(id, channel, "syarat ktp", "answered", 2, null, at))
    .execute();
}

/** One `SELECT COUNT(*) AS n …` (portable SQL) as a number. */
const count = async (t: AdminTestApp, query: string) => (await sql.raw<{ n: number }>(query).execute(t.services.db)).rows[0]!.n;

describe("retention", () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await adminApp({ RETENTION_DAYS: "180" });
  });
  afterAll(() => t.cleanup());

  it("deletes conversations older than RETENTION_DAYS and keeps recent ones", async () => {
    await session(t, "old", "2026-04-01T00:00:00.000Z");
    await session(t, "recent", "2026-11-01T00:00:00.000Z");
    expect(await purgeConversations(t.services.db, 180, NOW)).toEqual({ sessions: 1, turns: 1, cutoff: "2026-05-28T00:00:00.000Z" });
    expect((await t.services.db.selectFrom("sessions").select("id").orderBy("id").execute()).map((r) => r.id)).toEqual(["recent"]);
    expect(await count(t, "SELECT COUNT(*) AS n FROM turns WHERE session_id = 'recent'")).toBe(1);
    expect(await count(t, "SELECT COUNT(*) AS n FROM turns WHERE session_id = 'old'")).toBe(0);
  });
});

describe("data-subject deletion", () => {
  let t: AdminTestApp;
  let admin: Awaited<ReturnType<typeof keyFor>>;
  beforeAll(async () => {
    t = await adminApp();
    admin = await keyFor(t, "admin", "Admin PDP");
  });
  afterAll(() => t.cleanup());

  async function submit(userKey: string, nik: string) {
    const forms = t.services.forms!;
    await session(t, userKey, new Date().toISOString(), "telegram", userKey);
    await forms.handoffs.open({ sessionId: userKey, channel: "telegram", userKey, opd: "disdukcapil" });
    return await forms.submissions.create({
      prefix: "KDI",
      serviceId: "ktp-el-baru",
      opd: "disdukcapil",
      channel: "telegram",
      userKey,
      fields: { nik: forms.crypto.encrypt(nik) },
      masked: { nik: "7471********0001" },
      nikHash: forms.crypto.hash(nik),
      submitterTokenHash: "x",
      confidential: false,
    });
  }

  it("erases by ticket: the submission, the conversation and the handoff; audited with the ticket", async () => {
    const sub = await submit("tg-111", "7471085203950001");
    const other = await submit("tg-222", "7471085203950002");
    const res = await send(t, "POST", "/api/admin/data-subject/delete", admin.headers, { ticket: sub.ticket });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ erased: { target: sub.ticket, submissions: 1, sessions: 1, turns: 1, handoffs: 1 } });
    expect(await t.services.forms!.submissions.get(sub.ticket)).toBeNull();
    expect(await count(t, "SELECT COUNT(*) AS n FROM sessions WHERE id = 'tg-111'")).toBe(0);
    expect(await count(t, "SELECT COUNT(*) AS n FROM handoffs WHERE user_key = 'tg-111'")).toBe(0);
    expect((await t.services.forms!.submissions.get(other.ticket))?.ticket).toBe(other.ticket);
    expect((await t.admin.audit.list({ action: "data_subject.delete" }))[0]).toMatchObject({
      target: sub.ticket,
      actor: { id: admin.id, name: "Admin PDP", role: "admin" },
      details: { by: "ticket", submissions: 1 },
    });
  });

  it("erases the officers' internal history of the ticket and its handoff, and the web session's live messages", async () => {
    const forms = t.services.forms!;
    const db = t.services.db;
    const officer = { id: "key_x", name: "Loket Dukcapil" };
    const h = await forms.handoffs.open({ sessionId: "web-tok-9", channel: "web", userKey: "web-tok-9", opd: "disdukcapil" });
    const sub = await forms.submissions.create({
      prefix: "KDI",
      serviceId: "ktp-el-baru",
      opd: "disdukcapil",
      channel: "web",
      userKey: "web-tok-9",
      fields: { nik: forms.crypto.encrypt("7471085203950021") },
      masked: { nik: "7471********0021" },
      nikHash: forms.crypto.hash("7471085203950021"),
      submitterTokenHash: "x",
      confidential: false,
    });
    const kept = await submit("tg-kept", "7471085203950022");
    await forms.submissions.inbox.record("submission", sub.ticket, officer, "note", "Warga atas nama Siti, rumah di Jl. Kenanga.");
    await forms.submissions.inbox.record("submission", kept.ticket, officer, "note", "Tetap.");
    await forms.handoffs.inbox.record("handoff", h.id, officer, "reply", "Silakan datang ke loket 3, Bu Siti.");
    await db
      .insertInto("web_messages")
      .values({ session_id: "web-tok-9", kind: "operator_message", text: "Halo Bu Siti", created_at: new Date().toISOString() })
      .execute();

    const res = await send(t, "POST", "/api/admin/data-subject/delete", admin.headers, { ticket: sub.ticket });
    expect(await res.json()).toEqual({ erased: { target: sub.ticket, submissions: 1, sessions: 0, turns: 0, handoffs: 1 } });
    expect(await forms.submissions.inbox.history("submission", sub.ticket)).toEqual([]);
    expect(await forms.handoffs.inbox.history("handoff", h.id)).toEqual([]);
    expect(await count(t, "SELECT COUNT(*) AS n FROM web_messages WHERE session_id = 'web-tok-9'")).toBe(0);
    expect((await forms.submissions.inbox.history("submission", kept.ticket)).map((e) => e.text)).toEqual(["Tetap."]);
  });

  it("erases by NIK through its keyed hash; the audit row holds only the masked NIK", async () => {
    const a = await submit("tg-333", "7471085203950009");
    const b = await submit("tg-444", "7471085203950009");
    const res = await send(t, "POST", "/api/admin/data-subject/delete", admin.headers, { nik: "7471085203950009" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ erased: { target: "7471********0009", submissions: 2, sessions: 2, turns: 2, handoffs: 2 } });
    expect(await t.services.forms!.submissions.get(a.ticket)).toBeNull();
    expect(await t.services.forms!.submissions.get(b.ticket)).toBeNull();
    const row = (await t.admin.audit.list({ action: "data_subject.delete" }))[0]!;
    expect(row.target).toBe("7471********0009");
    expect(JSON.stringify(row)).not.toContain("7471085203950009");
    expect(JSON.stringify(await t.services.db.selectFrom("audit_log").selectAll().execute())).not.toContain("7471085203950009");
  });

  it("erases by NIK the submissions and the web chats where the NIK was typed, however grouped", async () => {
    const a = await submit("tg-555", "7471085203950012");
    await t.services.engine.answer({ message: "NIK saya 74.71.08.520395.0012, status pengajuan ktp saya?", sessionId: "web-555" });
    await t.services.engine.answer({ message: "NIK 7471085203950013 syarat kk", sessionId: "web-556" });
    const res = await send(t, "POST", "/api/admin/data-subject/delete", admin.headers, { nik: "7471-0852-0395-0012" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ erased: { target: "7471********0012", submissions: 1, sessions: 2, turns: 2, handoffs: 1 } });
    expect(await t.services.forms!.submissions.get(a.ticket)).toBeNull();
    expect(await count(t, "SELECT COUNT(*) AS n FROM sessions WHERE id IN ('tg-555', 'web-555')")).toBe(0);
    expect(await count(t, "SELECT COUNT(*) AS n FROM turns WHERE session_id = 'web-556'")).toBe(1);
  });

  it("answers 404 when nothing matches", async () => {
    const res = await send(t, "POST", "/api/admin/data-subject/delete", admin.headers, { nik: "7471085203959999" });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "Tidak ada data yang cocok dengan tiket atau NIK ini. (Nothing matches this ticket or NIK.)",
    );
  });
});
