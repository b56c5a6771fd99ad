import { describe, expect, it } from "vitest";
import { WhatsAppAdapter, type WhatsAppOptions } from "../../channels/whatsapp/client.js";
import { canned } from "../../src/answer/statuses.js";
import { ANSWERED, fakeEngine, fakeSleep, FORM, NO_ANSWER, silentLog } from "./fakes.js";
import { CITIZEN, FakeWaClient, fakeTimers, waMessage } from "./whatsapp-fakes.js";

async function started(engine: WhatsAppOptions["engine"], over: Partial<WhatsAppOptions> = {}) {
  const clients: FakeWaClient[] = [];
  const { sleep, waits } = fakeSleep();
  const { timers, scheduled } = fakeTimers();
  const qrs: string[] = [];
  const adapter = new WhatsAppAdapter({
    factory: () => {
      const c = new FakeWaClient();
      clients.push(c);
      return c;
    },
    engine,
    log: silentLog().log,
    sleep,
    timers,
    printQr: (qr) => void qrs.push(qr),
    reconnect: { baseMs: 1000, maxMs: 8000 },
    ...over,
  });
  await adapter.start();
  const client = () => clients[clients.length - 1]!;
  const receive = async (msg: ReturnType<typeof waMessage>["msg"]) => {
    client().emit("message", msg);
    await adapter.idle();
  };
  return { adapter, clients, client, receive, waits, scheduled, qrs };
}

describe("WhatsApp replies", () => {
  it("shows typing and sends an answered reply with *bold* and sources", async () => {
    const { engine, requests } = fakeEngine(ANSWERED);
    const { client, receive } = await started(engine);
    const { msg, typing } = waMessage("syarat ktp baru apa aja?");
    await receive(msg);
    expect(requests).toEqual([{ message: "syarat ktp baru apa aja?", sessionId: `wa:${CITIZEN}`, channel: "whatsapp", userId: CITIZEN }]);
    expect(typing.count).toBe(1);
    expect(client().sent).toEqual([
      {
        chatId: CITIZEN,
        text:
          "*Syarat KTP-el baru*:\n1. Fotokopi KK\n2. Usia 17 tahun & sudah _rekam_ <biometrik>\n\n" +
          "Sumber:\n1. Standar Pelayanan KTP-el, Persyaratan\n2. Perwali Kendari 37/2024 Pasal 7 ayat (1)",
      },
    ]);
  });

  it("hands over a message kept for the citizen, in WhatsApp's formatting, before the reply", async () => {
    const kept = [
      { channel: "whatsapp" as const, userId: CITIZEN, text: "**Tiket KDI-2026-000007** diproses. Silakan _datang_ besok.", kind: "status_change" as const },
    ];
    const notifier = { notify: async () => undefined, attach: () => undefined, takePending: async () => kept.splice(0) };
    const { client, receive } = await started(fakeEngine(NO_ANSWER).engine, { notifier });
    await receive(waMessage("halo").msg);
    expect(client().sent[0]).toEqual({ chatId: CITIZEN, text: "*Tiket KDI-2026-000007* diproses. Silakan _datang_ besok." });
    expect(client().sent[1]).toEqual({ chatId: CITIZEN, text: canned("no_answer", "id") });
  });

  it("sends a no_answer as the canned text", async () => {
    const { client, receive } = await started(fakeEngine(NO_ANSWER).engine);
    await receive(waMessage("jadwal bioskop").msg);
    expect(client().sent).toEqual([{ chatId: CITIZEN, text: canned("no_answer", "id") }]);
  });

  it("offers form actions as numbered options, and a reply of 1 sends that action's reply", async () => {
    const { engine, requests } = fakeEngine((req) => (req.message === "ajukan ktp-el baru" ? NO_ANSWER : FORM));
    const { client, receive } = await started(engine);
    await receive(waMessage("mau bikin ktp").msg);
    expect(client().sent).toEqual([
      { chatId: CITIZEN, text: "Untuk mengajukan KTP-el baru, pilih salah satu:\n\nBalas 1 untuk Ajukan KTP-el\nBalas 2 untuk Batal" },
    ]);
    await receive(waMessage(" 1 ").msg);
    expect(requests.map((r) => r.message)).toEqual(["mau bikin ktp", "ajukan ktp-el baru"]);
    await receive(waMessage("1").msg);
    expect(requests[2]!.message).toBe("1");
  });

  it("ignores group chats, status broadcasts and its own messages", async () => {
    const { engine, requests } = fakeEngine(NO_ANSWER);
    const { client, receive } = await started(engine);
    await receive(waMessage("halo grup", { from: "120363025246125486@g.us" }).msg);
    await receive(waMessage("status", { from: "status@broadcast", isStatus: true }).msg);
    await receive(waMessage("pesan saya", { fromMe: true }).msg);
    expect(requests).toEqual([]);
    expect(client().sent).toEqual([]);
  });

  it("in a group answers only a message that mentions it, and moves a form to the private chat", async () => {
    const GROUP = "120363025246125486@g.us";
    const BOT = "6281100000001@c.us";
    const MEMBER = "6281234567890@c.us";
    const form = fakeEngine(FORM);
    const { client, receive } = await started(form.engine);
    client().info = { wid: { _serialized: BOT, user: "6281100000001" } };
    await receive(waMessage("mau bikin ktp baru", { from: GROUP, author: MEMBER }).msg);
    expect(form.requests).toEqual([]);
    await receive(waMessage("@6281100000001 mau bikin ktp baru", { from: GROUP, author: MEMBER, mentionedIds: [BOT] }).msg);
    expect(form.requests[0]).toMatchObject({ message: "mau bikin ktp baru", sessionId: `wa:g${GROUP}:${MEMBER}` });
    expect(client().sent).toEqual([
      {
        chatId: GROUP,
        text: "Demi menjaga data pribadi Anda, formulir, cek status tiket, dan layanan petugas tidak dilayani di grup.\nLanjutkan di chat pribadi: https://wa.me/6281100000001?text=mau%20bikin%20ktp%20baru",
      },
    ]);
    const general = fakeEngine(ANSWERED);
    const other = await started(general.engine);
    other.client().info = { wid: { _serialized: BOT, user: "6281100000001" } };
    await other.receive(waMessage("@6281100000001 syarat ktp baru apa aja?", { from: GROUP, author: MEMBER, mentionedIds: [BOT] }).msg);
    expect(other.client().sent.map((m) => m.chatId)).toContain(GROUP);
    expect(other.client().sent.some((m) => m.text.includes("wa.me"))).toBe(false);
  });

  it("answers a redelivered message only once", async () => {
    const { dbDedupe } = await import("../../channels/dedupe.js");
    const { openDatabase } = await import("../../src/store/database.js");
    const db = openDatabase(":memory:");
    const { client, receive } = await started(fakeEngine(NO_ANSWER).engine, { dedupe: dbDedupe(db, "whatsapp") });
    const { msg } = waMessage("halo");
    await receive(msg);
    await receive(msg);
    expect(client().sent).toHaveLength(1);
    await db.destroy();
  });

  it("splits a long reply into parts under 4000 characters, sent in order, one second apart", async () => {
    const answer = Array.from({ length: 50 }, (_, i) => `Paragraf ${i + 1}: ${"isi peraturan ".repeat(12)}`.trim()).join("\n\n");
    const { client, receive, waits } = await started(fakeEngine({ ...NO_ANSWER, answer }).engine);
    await receive(waMessage("pasal lengkap").msg);
    const texts = client().sent.map((s) => s.text);
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(4000);
    expect(texts.join("\n\n")).toBe(answer);
    expect(waits).toEqual(texts.map(() => 1000));
  });
});

describe("WhatsApp connection", () => {
  it("exposes the latest QR for admins until the client is ready", async () => {
    const { adapter, client, qrs } = await started(fakeEngine(NO_ANSWER).engine);
    client().emit("qr", "2@AbCdEf==,xyz");
    expect(adapter.qrState()).toMatchObject({ state: "qr", qr: "2@AbCdEf==,xyz" });
    expect(qrs).toEqual(["2@AbCdEf==,xyz"]);
    expect(adapter.health().status).toBe("degraded");
    client().emit("ready");
    expect(adapter.qrState()).toMatchObject({ state: "ready", qr: null });
    expect(adapter.health()).toEqual({ status: "ok", detail: "connected" });
  });

  it("schedules a reconnect with exponential backoff after 'disconnected'", async () => {
    const { adapter, clients, scheduled } = await started(fakeEngine(NO_ANSWER).engine);
    clients[0]!.emit("disconnected", "NAVIGATION");
    expect(adapter.health().status).toBe("down");
    expect(scheduled.map((s) => s.ms)).toEqual([1000]);
    scheduled[0]!.fn();
    await new Promise((r) => setImmediate(r));
    expect(clients[0]!.destroyed).toBe(1);
    expect(clients).toHaveLength(2);
    expect(clients[1]!.initialized).toBe(1);
    clients[1]!.emit("disconnected", "LOGOUT");
    expect(scheduled.map((s) => s.ms)).toEqual([1000, 2000]);
    await adapter.stop();
    expect(scheduled[1]!.cleared).toBe(true);
  });
});
