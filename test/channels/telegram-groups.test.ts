import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { dbDedupe } from "../../channels/dedupe.js";
import { TelegramAdapter } from "../../channels/telegram/bot.js";
import { renderTelegram } from "../../channels/telegram/render.js";
import type { Engine } from "../../src/answer/engine.js";
import { canned } from "../../src/answer/statuses.js";
import { openDatabase, type Db } from "../../src/store/database.js";
import type { TestApp } from "../helpers/app.js";
import { formsApp } from "../forms/helpers.js";
import { ANSWERED, BOT_INFO, fakeEngine, FORM, groupTextUpdate, silentLog, startUpdate, telegramApi, textUpdate } from "./fakes.js";

const LINK =
  /^Demi menjaga data pribadi Anda, formulir, cek status tiket, dan layanan petugas tidak dilayani di grup\.\nLanjutkan di chat pribadi: https:\/\/t\.me\/layanan_kendari_bot\?start=([A-Za-z0-9_-]{22})$/;

const GREETING = renderTelegram({ answer: canned("greeting", "id"), citations: [], actions: [] }).messages[0]!.text;

let db: Db;
function adapter(engine: Engine, extra: Partial<ConstructorParameters<typeof TelegramAdapter>[0]> = {}) {
  db = openDatabase(":memory:");
  return new TelegramAdapter({
    token: "123:ABC",
    apiRoot: "https://api.telegram.org",
    engine,
    dedupe: dbDedupe(db, "telegram"),
    log: silentLog().log,
    botInfo: BOT_INFO,
    ...extra,
  });
}
afterEach(() => db?.destroy());

describe("Telegram groups (fake engine)", () => {
  it("answers a general question in the group from the member's own group session", async () => {
    const api = telegramApi();
    const { engine, requests } = fakeEngine(ANSWERED);
    await adapter(engine).bot.handleUpdate(groupTextUpdate("syarat ktp baru apa aja?"));
    expect(requests).toEqual([{ message: "syarat ktp baru apa aja?", sessionId: "tg:g-100123:42", channel: "telegram", userId: "g-100123:42", inGroup: true }]);
    expect(api.sent()).toHaveLength(1);
    expect(api.sent()[0]).toMatchObject({ chat_id: -100123, text: expect.stringContaining("Syarat KTP-el baru") });
  });

  it("posts only a private-chat link for a form, and /start with its token continues the request privately", async () => {
    const api = telegramApi();
    const { engine, requests } = fakeEngine(FORM);
    const bot = adapter(engine).bot;
    await bot.handleUpdate(groupTextUpdate("mau bikin ktp baru"));
    expect(api.sent()).toHaveLength(1);
    const posted = api.sent()[0]!;
    expect(posted.chat_id).toBe(-100123);
    expect(posted.reply_markup).toBeUndefined();
    const token = LINK.exec(String(posted.text))?.[1] as string;
    expect(token).toBeTruthy();

    // another member cannot use the link
    await bot.handleUpdate(startUpdate(token, 43));
    expect(api.sent()[1]).toMatchObject({ chat_id: 43, text: GREETING });
    await bot.handleUpdate(startUpdate(token, 42));
    expect(requests.at(-1)).toEqual({ message: "mau bikin ktp baru", sessionId: "tg:42", channel: "telegram", userId: "42" });
    expect(api.sent()[2]).toMatchObject({ chat_id: 42, text: FORM.answer });
    // a link works once
    await bot.handleUpdate(startUpdate(token, 42));
    expect(api.sent()[3]).toMatchObject({ chat_id: 42, text: GREETING });
    expect(requests).toHaveLength(2);
  });

  it("never posts an operator message waiting for the member in the group", async () => {
    const api = telegramApi();
    const taken: string[] = [];
    const notifier = {
      takePending: (channel: string, userId: string) => (
        taken.push(`${channel}:${userId}`),
        [{ channel: "telegram" as const, userId, text: "Pesan dari petugas: NIK Anda 7471********0001 sudah kami cek.", kind: "operator_message" as const }]
      ),
    };
    await adapter(fakeEngine(ANSWERED).engine, { notifier: notifier as never }).bot.handleUpdate(groupTextUpdate("jam buka dukcapil?"));
    expect(taken).toEqual([]);
    expect(api.sent().map((m) => m.text)).not.toContainEqual(expect.stringContaining("petugas"));
  });
});

describe("Telegram groups (real engine and forms)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await formsApp();
  });
  afterAll(() => t.cleanup());

  it("never posts a member's half-filled private form, its summary or a handoff in the group", async () => {
    const api = telegramApi();
    const bot = adapter(t.services.engine, { handoffs: t.services.forms!.handoffs }).bot;
    for (const text of [
      "saya mau ganti ktp yang hilang",
      "mulai",
      "setuju",
      "Siti Rahmawati",
      "7471085203950001",
      "7471081234560002",
      "hilang",
      "0812 3456 7890",
      "Jl. Mawar No. 10, Kadia",
    ]) {
      await bot.handleUpdate(textUpdate(text));
    }
    const privately = api.sent().at(-1)!;
    expect(privately).toMatchObject({ chat_id: 42, text: expect.stringContaining("Periksa kembali data pengajuan") });
    const before = api.sent().length;

    for (const text of ["lanjut", "kirim", "ubah nama lengkap", "cek status KDI-2026-000001", "hubungi petugas", "saya mau ganti ktp yang hilang"]) {
      await bot.handleUpdate(groupTextUpdate(text));
    }
    const inGroup = api.sent().slice(before);
    expect(inGroup.every((m) => m.chat_id === -100123)).toBe(true);
    for (const m of inGroup) {
      const text = String(m.text);
      expect(text).not.toMatch(/Siti|Periksa kembali|7471|0812|Mawar|nomor tiket|petugas akan/i);
    }
    expect(inGroup.filter((m) => LINK.test(String(m.text))).length).toBeGreaterThanOrEqual(3);
    // the private form is untouched and no handoff stays open for the member, in the group or privately
    expect(await t.services.forms!.submissions.get(`KDI-${new Date().getUTCFullYear()}-000001`)).toBeNull();
    expect(await t.services.forms!.handoffs.openFor("telegram", "g-100123:42")).toBeNull();
    expect(await t.services.forms!.handoffs.openFor("telegram", "42")).toBeNull();
    const summary = await t.services.engine.answer({ message: "lanjut", sessionId: "tg:42", channel: "telegram", userId: "42" });
    expect(summary.answer).toContain("Periksa kembali data pengajuan");
  });
});
