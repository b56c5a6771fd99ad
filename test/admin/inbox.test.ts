import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { adminApp, keyFor, send, type AdminTestApp } from "./helpers.js";
import { outbox, seedTicket } from "./inbox-helpers.js";

describe("officers' inbox API", () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await adminApp();
  });
  afterAll(() => t.cleanup());

  it("lists one OPD's tickets and handoffs, unassigned first, with filters and a waiting count", async () => {
    const op = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    const mine = await seedTicket(t, { channel: "telegram", userKey: "tg-1" });
    const assigned = await seedTicket(t, { serviceId: "akta-kelahiran" });
    const other = await seedTicket(t, { opd: "dinsos", serviceId: "dtks" });
    const h = await t.services.forms!.handoffs.open({ sessionId: "s9", channel: "web", userKey: "s9", opd: "disdukcapil" });
    await t.services.forms!.handoffs.addMessage(h.id, "citizen", "Halo, saya mau tanya KTP");
    await t.services.forms!.submissions.assign(assigned.ticket, op.id);

    const res = await send(t, "GET", "/api/admin/inbox", op.headers);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      items: Array<{ kind: string; id: string; assignee: string | null; waiting: boolean; preview: string }>;
      waiting: number;
    };
    const ids = body.items.map((i) => i.id);
    expect(ids).not.toContain(other.ticket);
    expect(ids.indexOf(assigned.ticket)).toBe(ids.length - 1);
    expect(body.items.find((i) => i.id === h.id)).toMatchObject({ kind: "handoff", waiting: true, preview: "Halo, saya mau tanya KTP" });
    expect(body.waiting).toBe(3);

    const tg = (await (await send(t, "GET", "/api/admin/inbox?channel=telegram", op.headers)).json()) as { items: Array<{ id: string }> };
    expect(tg.items.map((i) => i.id)).toEqual([mine.ticket]);
    const svc = (await (await send(t, "GET", "/api/admin/inbox?service=akta-kelahiran", op.headers)).json()) as { items: Array<{ id: string }> };
    expect(svc.items.map((i) => i.id)).toEqual([assigned.ticket]);
    const open = (await (await send(t, "GET", "/api/admin/inbox?status=open", op.headers)).json()) as { items: Array<{ id: string }> };
    expect(open.items.map((i) => i.id)).toEqual([h.id]);
    expect((await send(t, "GET", "/api/admin/inbox?opd=dinsos", op.headers)).status).toBe(403);
    const all = (await (await send(t, "GET", "/api/admin/inbox", (await keyFor(t, "admin")).headers)).json()) as { items: Array<{ id: string }> };
    expect(all.items.map((i) => i.id)).toContain(other.ticket);
  });

  it("keeps an internal note in the history, never in what the citizen sees", async () => {
    const op = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    const s = await seedTicket(t);
    const res = await send(t, "POST", `/api/admin/submissions/${s.ticket}/notes`, op.headers, { text: "Berkas KK belum ada, NIK 7471085203950001" });
    expect(res.status).toBe(201);
    const history = ((await res.json()) as { history: Array<{ action: string; text: string; actor: { name: string } }> }).history;
    expect(history.at(-1)).toMatchObject({ action: "note", actor: { name: "Loket Dukcapil" } });
    expect(history.at(-1)?.text).not.toContain("7471085203950001");
    expect((await t.services.forms!.submissions.get(s.ticket))?.notes.map((n) => n.text)).toEqual([""]);
    expect((await t.admin.audit.list({ action: "submission.note" }))[0]).toMatchObject({ target: s.ticket, actor: { id: op.id }, details: {} });
    const stranger = await keyFor(t, "operator", "Loket Dinsos", "dinsos");
    expect((await send(t, "POST", `/api/admin/submissions/${s.ticket}/notes`, stranger.headers, { text: "x" })).status).toBe(403);
    expect((await send(t, "GET", `/api/admin/submissions/${s.ticket}/history`, stranger.headers)).status).toBe(403);
  });

  it("assigns a ticket to an officer of its OPD only, and records it", async () => {
    const op = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    const colleague = await keyFor(t, "operator", "Rina (Dukcapil)", "disdukcapil");
    const stranger = await keyFor(t, "operator", "Loket Dinsos", "dinsos");
    const s = await seedTicket(t);
    const bad = await send(t, "PUT", `/api/admin/submissions/${s.ticket}/assignee`, op.headers, { assignee: stranger.id });
    expect(bad.status).toBe(400);
    const ok = await send(t, "PUT", `/api/admin/submissions/${s.ticket}/assignee`, op.headers, { assignee: colleague.id });
    expect(ok.status).toBe(200);
    expect((await t.services.forms!.submissions.get(s.ticket))?.assignee).toBe(colleague.id);
    const history = (
      (await (await send(t, "GET", `/api/admin/submissions/${s.ticket}/history`, op.headers)).json()) as { history: Array<{ action: string; text: string }> }
    ).history;
    expect(history.at(-1)).toMatchObject({ action: "assign", text: "Rina (Dukcapil)" });
    expect((await t.admin.audit.list({ action: "submission.assign" }))[0]).toMatchObject({ target: s.ticket, details: { assignee: colleague.id } });
    const h = await t.services.forms!.handoffs.open({ sessionId: "s-as", channel: "web", userKey: "s-as", opd: "disdukcapil" });
    expect((await send(t, "PUT", `/api/admin/handoffs/${h.id}/assignee`, stranger.headers, { assignee: stranger.id })).status).toBe(403);
    expect((await send(t, "PUT", `/api/admin/handoffs/${h.id}/assignee`, op.headers, { assignee: op.id })).status).toBe(200);
    expect((await t.services.forms!.handoffs.get(h.id))?.assignee).toBe(op.id);
  });

  it("reveals the data after a reason, writes an audit row, never caches it, and refuses another OPD", async () => {
    const op = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    const stranger = await keyFor(t, "operator", "Loket Dinsos", "dinsos");
    const s = await seedTicket(t);
    const before = (await t.admin.audit.list({ action: "submission.reveal" })).length;
    expect((await send(t, "POST", `/api/admin/submissions/${s.ticket}/reveal`, stranger.headers, { reason: "ingin tahu saja" })).status).toBe(403);
    expect((await send(t, "POST", `/api/admin/submissions/${s.ticket}/reveal`, op.headers, { reason: "ya" })).status).toBe(400);
    expect(await t.admin.audit.list({ action: "submission.reveal" })).toHaveLength(before);
    const res = await send(t, "POST", `/api/admin/submissions/${s.ticket}/reveal`, op.headers, { reason: "Menghubungi pemohon soal berkas" });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ ticket: s.ticket, fields: { nama_lengkap: "Siti Rahma", nik: "7471085203950001", no_hp: "081234567801" } });
    expect((await t.admin.audit.list({ action: "submission.reveal" }))[0]).toMatchObject({
      target: s.ticket,
      actor: { id: op.id, name: "Loket Dukcapil" },
      details: { reason: "Menghubungi pemohon soal berkas" },
    });
  });

  it("keeps canned replies per OPD", async () => {
    const op = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    const stranger = await keyFor(t, "operator", "Loket Dinsos", "dinsos");
    const res = await send(t, "POST", "/api/admin/canned-replies", op.headers, { title: "Salam", text: "Selamat pagi, ada yang bisa kami bantu?" });
    expect(res.status).toBe(201);
    expect((await send(t, "POST", "/api/admin/canned-replies", stranger.headers, { opd: "disdukcapil", title: "x", text: "y" })).status).toBe(403);
    const mine = (await (await send(t, "GET", "/api/admin/canned-replies", op.headers)).json()) as { replies: Array<{ title: string; opd: string }> };
    expect(mine.replies).toEqual([expect.objectContaining({ opd: "disdukcapil", title: "Salam" })]);
    const theirs = (await (await send(t, "GET", "/api/admin/canned-replies", stranger.headers)).json()) as { replies: unknown[] };
    expect(theirs.replies).toEqual([]);
  });

  it("a status change with a message reaches the citizen's own channel", async () => {
    const op = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    const s = await seedTicket(t, { channel: "whatsapp", userKey: "6281234567801@c.us" });
    const res = await send(t, "PATCH", `/api/admin/submissions/${s.ticket}`, op.headers, { status: "diproses", note: "Silakan bawa KK asli besok." });
    expect(res.status).toBe(200);
    const rows = await outbox(t, "6281234567801@c.us");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: "whatsapp", kind: "status_change" });
    expect(rows[0]?.text).toContain(s.ticket);
    expect(rows[0]?.text).toContain("Silakan bawa KK asli besok.");
  });
  it("masks a NIK an officer pastes into a reply or a status message, and keeps the office's phone number", async () => {
    const op = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    const h = await t.services.forms!.handoffs.open({ sessionId: "s-nik", channel: "web", userKey: "s-nik", opd: "disdukcapil" });
    const reply = "Data NIK 7471085203950021 sudah dicek, telepon kantor 0812-3456-7801.";
    expect((await send(t, "POST", `/api/admin/handoffs/${h.id}/messages`, op.headers, { text: reply })).status).toBe(201);
    const stored = (await t.services.forms!.handoffs.get(h.id))!.messages.at(-1)!;
    expect(stored.text).toBe("Data NIK 7471********0021 sudah dicek, telepon kantor 0812-3456-7801.");
    const s = await seedTicket(t, { channel: "whatsapp", userKey: "6281234567802@c.us" });
    await send(t, "PATCH", `/api/admin/submissions/${s.ticket}`, op.headers, { status: "diproses", note: "NIK 7471085203950021 valid." });
    expect((await outbox(t, "6281234567802@c.us"))[0]?.text).toContain("NIK 7471********0021 valid.");
    expect(JSON.stringify(await t.services.forms!.submissions.get(s.ticket))).not.toContain("7471085203950021");
  });

  it("records an officer's reply and close of a handoff in the internal history, with the officer's name", async () => {
    const op = await keyFor(t, "operator", "Rina (Dukcapil)", "disdukcapil");
    const h = await t.services.forms!.handoffs.open({ sessionId: "s-hist", channel: "web", userKey: "s-hist", opd: "disdukcapil" });
    expect((await send(t, "POST", `/api/admin/handoffs/${h.id}/messages`, op.headers, { text: "Silakan datang ke loket 3." })).status).toBe(201);
    expect((await send(t, "POST", `/api/admin/handoffs/${h.id}/close`, op.headers)).status).toBe(200);
    const history = await t.services.forms!.handoffs.inbox.history("handoff", h.id);
    expect(history.map((e) => ({ action: e.action, name: e.actor.name, text: e.text }))).toEqual([
      { action: "reply", name: "Rina (Dukcapil)", text: "Silakan datang ke loket 3." },
      { action: "close", name: "Rina (Dukcapil)", text: "" },
    ]);
  });
  it("tells the citizen once and records one close when two closes of a handoff arrive at once", async () => {
    const op = await keyFor(t, "operator", "Rina (Dukcapil)", "disdukcapil");
    const colleague = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    const h = await t.services.forms!.handoffs.open({ sessionId: "s-twice", channel: "web", userKey: "s-twice", opd: "disdukcapil" });
    const answers = await Promise.all([
      send(t, "POST", `/api/admin/handoffs/${h.id}/close`, op.headers),
      send(t, "POST", `/api/admin/handoffs/${h.id}/close`, colleague.headers),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    for (const r of answers) expect(((await r.json()) as { handoff: { status: string } }).handoff.status).toBe("closed");
    expect(await outbox(t, "s-twice")).toEqual([{ channel: "web", kind: "handoff_closed", text: expect.any(String) }]);
    const history = await t.services.forms!.handoffs.inbox.history("handoff", h.id);
    expect(history.map((e) => e.action)).toEqual(["close"]);
  });

  it("answers 409 and sends nothing when the handoff closes between reading it and storing the reply", async () => {
    const op = await keyFor(t, "operator", "Rina (Dukcapil)", "disdukcapil");
    const handoffs = t.services.forms!.handoffs;
    const h = await handoffs.open({ sessionId: "s-late", channel: "web", userKey: "s-late", opd: "disdukcapil" });
    await handoffs.close(h.id);
    // The route reads the thread while it is still open; the close lands before the reply is stored.
    const stale = vi.spyOn(handoffs, "get").mockResolvedValueOnce(h);
    try {
      const res = await send(t, "POST", `/api/admin/handoffs/${h.id}/messages`, op.headers, { text: "Silakan datang ke loket 3." });
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("conflict");
    } finally {
      stale.mockRestore();
    }
    expect((await handoffs.get(h.id))?.messages).toEqual([]);
    expect(await outbox(t, "s-late")).toEqual([]);
    expect((await handoffs.inbox.history("handoff", h.id)).map((e) => e.action)).toEqual([]);
  });
});
