import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sseEvents } from "../../channels/web/widget/api.js";
import { testApp, type TestApp } from "../helpers/app.js";

/** The next SSE event of an open stream, or a timeout. */
type Next = (ms?: number) => Promise<{ event: string; data: string } | "timeout">;

describe("live delivery to the web widget: GET /api/chat/events and GET /api/chat/transcript", () => {
  let t: TestApp;
  const streams: ReadableStream<Uint8Array>[] = [];
  beforeAll(async () => {
    t = await testApp({ RATE_LIMIT_PER_MINUTE: "1000" }, { forms: true });
  });
  afterAll(async () => {
    for (const s of streams) await s.cancel().catch(() => undefined);
    await t.cleanup();
  });

  /** A citizen who asked for an officer: their session token, the handoff and an operator key of its OPD. */
  async function handedOver() {
    const { sessionId } = await (await t.post("/api/chat", { message: "hubungi petugas", opd: "disdukcapil" })).json();
    const handoff = (await t.services.forms!.handoffs.openFor("web", sessionId))!;
    const key = (await t.services.forms!.apiKeys.create({ role: "operator", name: "Petugas", opd: handoff.opd })).key;
    const reply = (text: string) => t.post(`/api/admin/handoffs/${handoff.id}/messages`, { text }, { authorization: `Bearer ${key}` });
    return { sessionId: sessionId as string, handoff, reply };
  }

  async function open(sessionId: string, after = 0): Promise<Next> {
    const res = await t.app.request(`/api/chat/events?session=${encodeURIComponent(sessionId)}&after=${after}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    streams.push(res.body!);
    const events = sseEvents(res.body!);
    return (ms = 1500) =>
      Promise.race([events.next().then((r) => (r.done ? ("timeout" as const) : r.value)), new Promise<"timeout">((r) => setTimeout(() => r("timeout"), ms))]);
  }

  it("pushes an officer's reply to the open stream of that session within the request", async () => {
    const { sessionId, reply } = await handedOver();
    const next = await open(sessionId);
    expect((await reply("Baik, kami cek data Anda.")).status).toBe(201);
    const event = await next();
    expect(event).not.toBe("timeout");
    const m = JSON.parse((event as { data: string }).data);
    expect(m).toEqual({
      id: expect.any(Number),
      kind: "operator_message",
      text: "Pesan dari petugas Dinas Kependudukan dan Pencatatan Sipil Kota Kendari: Baik, kami cek data Anda.",
      at: expect.any(String),
    });
    // Delivered live, so the citizen's next message does not repeat it.
    expect(await (await t.post("/api/chat", { message: "oke", sessionId })).json()).toMatchObject({ status: "handoff", answer: "" });
  });

  it("never carries another session's messages", async () => {
    const a = await handedOver();
    const b = await handedOver();
    const nextA = await open(a.sessionId);
    const nextB = await open(b.sessionId);
    await a.reply("Pesan untuk A saja.");
    expect(JSON.parse(((await nextA()) as { data: string }).data).text).toContain("Pesan untuk A saja.");
    expect(await nextB(400)).toBe("timeout");
    expect(JSON.stringify(await (await t.app.request(`/api/chat/transcript?session=${b.sessionId}`)).json())).not.toContain("Pesan untuk A saja.");
  });

  it("hands over, on opening, what was kept while no widget was open, once", async () => {
    const { sessionId, reply } = await handedOver();
    await reply("Dokumen Anda sudah kami terima.");
    const first = await (await open(sessionId))();
    expect(JSON.parse((first as { data: string }).data).text).toBe(
      "Pesan dari petugas Dinas Kependudukan dan Pencatatan Sipil Kota Kendari: Dokumen Anda sudah kami terima.",
    );
    const cursor = JSON.parse((first as { data: string }).data).id as number;
    expect(await (await open(sessionId, cursor))(300)).toBe("timeout");
    const again = await (await open(sessionId, 0))();
    expect(JSON.parse((again as { data: string }).data).id).toBe(cursor);
  });

  it("restores the session's conversation: questions masked as stored, no bubble for relayed messages, the officer's reply", async () => {
    const { sessionId, reply } = await handedOver();
    await t.post("/api/chat", { message: "NIK saya 7471085203950001", sessionId });
    await open(sessionId);
    await reply("Terima kasih, kami proses.");
    const res = await t.app.request(`/api/chat/transcript?session=${encodeURIComponent(sessionId)}`);
    expect(res.status).toBe(200);
    const { entries, cursor } = await res.json();
    expect(entries.map((e: { role: string; text: string }) => [e.role, e.text.slice(0, 40)])).toEqual([
      ["user", "hubungi petugas"],
      ["bot", "Baik, percakapan ini kami teruskan ke pe"],
      ["user", "NIK saya 7471********0001"],
      ["notice", "Pesan dari petugas Dinas Kependudukan da"],
    ]);
    expect(cursor).toBe(entries[3].id);
  });

  it("refuses a session this server did not issue, on both routes", async () => {
    const { sessionId } = await handedOver();
    const altered = `${sessionId.slice(0, -1)}${sessionId.endsWith("A") ? "B" : "A"}`;
    for (const id of ["tg:424242421", altered, "web1_x"]) {
      for (const path of ["/api/chat/events", "/api/chat/transcript"]) {
        const res = await t.app.request(`${path}?session=${encodeURIComponent(id)}`);
        expect(res.status).toBe(403);
        expect((await res.json()).error.code).toBe("invalid_session");
      }
    }
  });

  it("records a thumbs-down on the first click, and the optional reason updates that same rating", async () => {
    const { sessionId } = await (await t.post("/api/chat", { message: "syarat kk baru apa aja?" })).json();
    expect((await t.post("/api/feedback", { sessionId, messageIndex: 0, answerHash: "1a2b3c4d", rating: "down" })).status).toBe(201);
    const rows = () => t.services.db.selectFrom("feedback").select(["rating", "reason"]).where("session_id", "=", sessionId).orderBy("id").execute();
    expect(await rows()).toEqual([{ rating: "down", reason: null }]);
    await t.post("/api/feedback", { sessionId, messageIndex: 0, answerHash: "1a2b3c4d", rating: "down", reason: "Biaya tidak disebut" });
    expect(await rows()).toEqual([{ rating: "down", reason: "Biaya tidak disebut" }]);
  });
});
