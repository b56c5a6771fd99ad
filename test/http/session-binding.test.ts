import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebSessions } from "../../src/http/middleware/web-session.js";
import type { TestApp } from "../helpers/app.js";
import { formsApp } from "../forms/helpers.js";

const INVALID = {
  code: "invalid_session",
  message:
    "Sesi tidak dikenal atau sudah tidak berlaku; mulai percakapan baru tanpa sessionId. (Unknown or invalid session: start a new conversation without a sessionId.)",
  requestId: expect.any(String),
};

describe("web sessions are bound to the web and to the browser that got them", () => {
  let t: TestApp;
  const tg = { sessionId: "tg:424242421", channel: "telegram" as const, userId: "424242421" };
  const memoryOf = async (id: string) => JSON.stringify((await t.services.conversations.get(id))?.memory ?? null);

  beforeAll(async () => {
    t = await formsApp();
    // A Telegram citizen is half-way through a form: name given, NIK asked next.
    for (const message of ["saya mau ganti ktp yang hilang", "mulai", "setuju", "Siti Rahmawati"]) await t.services.engine.answer({ message, ...tg });
  });
  afterAll(() => t.cleanup());

  describe("security", () => {
    it("never uses a Telegram session key: the turn runs in a fresh web session and the half-filled form is neither shown, filled nor cancelled", async () => {
      const before = await memoryOf("tg:424242421");
      expect(before).toContain("ktp-el-hilang-rusak");
      for (const message of ["lanjut", "7471085203950001", "batal", "kirim"]) {
        const res = await t.post("/api/chat", { message, sessionId: "tg:424242421" });
        expect(res.status).toBe(200);
        const body = await res.json();
        expect(body.sessionId).toMatch(/^web1_/);
        expect(body.answer).not.toMatch(/Nomor Kartu Keluarga|Siti|dibatalkan|\(\d\/6\)/);
      }
      const stream = await t.post("/api/chat/stream", { message: "batal", sessionId: "tg:424242421" });
      expect(stream.status).toBe(200);
      expect(await stream.text()).not.toMatch(/dibatalkan|Siti/);
      expect(await memoryOf("tg:424242421")).toBe(before);
      // The citizen's own channel still has the form where it was.
      const own = await t.services.engine.answer({ message: "7471085203950001", ...tg });
      expect(own.answer).toMatch(/^\(3\/6\) Nomor Kartu Keluarga/);
    });

    it("never uses a WhatsApp session key or a guessed id, and creates no session under them", async () => {
      for (const sessionId of ["wa:6281234567890@c.us", "aaaaaaaa", "web-12345678"]) {
        const res = await t.post("/api/chat", { message: "syarat ktp baru apa aja?", sessionId });
        expect(res.status).toBe(200);
        const body = await res.json();
        expect(body.sessionId).not.toBe(sessionId);
        expect(body.sessionId).toMatch(/^web1_/);
        expect(await t.services.conversations.get(sessionId)).toBeNull();
      }
    });

    it("never uses a token whose signature was altered, or that another server signed", async () => {
      const { sessionId } = await (await t.post("/api/chat", { message: "halo" })).json();
      const last = sessionId.at(-1) === "A" ? "B" : "A";
      const foreign = createWebSessions(Buffer.alloc(32, 9)).issue();
      for (const forged of [sessionId.slice(0, -1) + last, foreign, `${sessionId.split(".")[0]}.`]) {
        const res = await t.post("/api/chat", { message: "halo", sessionId: forged });
        expect(res.status).toBe(200);
        expect((await res.json()).sessionId).not.toBe(forged);
      }
    });

    it("refuses feedback and form submissions that name a session this server did not issue", async () => {
      const feedback = await t.post("/api/feedback", { sessionId: "tg:424242421", messageIndex: 0, rating: "down" });
      expect(feedback.status).toBe(403);
      expect(await feedback.json()).toEqual({ error: INVALID });
      const submit = await t.post("/api/forms/ktp-el-hilang-rusak/submissions", { fields: {}, sessionId: "tg:424242421" });
      expect(submit.status).toBe(403);
      expect(await submit.json()).toEqual({ error: INVALID });
    });
  });

  describe("happy path", () => {
    it("issues a signed session on the first turn and keeps it on the next", async () => {
      const first = await (await t.post("/api/chat", { message: "syarat bikin ktp baru apa aja?" })).json();
      expect(first.sessionId).toMatch(/^web1_[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/);
      const res = await t.post("/api/chat", { message: "kalau yang hilang gimana?", sessionId: first.sessionId });
      expect(res.status).toBe(200);
      const follow = await res.json();
      expect(follow.sessionId).toBe(first.sessionId);
      expect(follow.citations[0].label).toBe("Standar Pelayanan Penggantian KTP-el yang Hilang atau Rusak, Persyaratan");
      const stored = await t.services.conversations.get(first.sessionId);
      expect(stored).toMatchObject({ id: first.sessionId, channel: "web" });
      const rated = await t.post("/api/feedback", { sessionId: first.sessionId, messageIndex: 1, rating: "up" });
      expect(rated.status).toBe(201);
    });

    it("streams with the issued session in the done event", async () => {
      const res = await t.post("/api/chat/stream", { message: "halo" });
      const done = /event: done\ndata: (.+)\n/.exec(await res.text())?.[1] as string;
      expect(JSON.parse(done).sessionId).toMatch(/^web1_/);
    });

    it("never lets two browsers share a session: each first turn gets its own", async () => {
      const a = await (await t.post("/api/chat", { message: "halo" })).json();
      const b = await (await t.post("/api/chat", { message: "halo" })).json();
      expect(a.sessionId).not.toBe(b.sessionId);
    });
  });
});
