import { HttpResponse } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { dbDedupe } from "../../channels/dedupe.js";
import { TelegramAdapter } from "../../channels/telegram/bot.js";
import { telegramWebhook } from "../../channels/telegram/webhook.js";
import type { Engine } from "../../src/answer/engine.js";
import { canned } from "../../src/answer/statuses.js";
import { loadEnv } from "../../src/config/env.js";
import { createApp } from "../../src/http/app.js";
import { openDatabase, type Db } from "../../src/store/database.js";
import { testApp, type TestApp } from "../helpers/app.js";
import { ANSWERED, BOT_INFO, callbackUpdate, fakeEngine, fakeSleep, FORM, NO_ANSWER, silentLog, telegramApi, textUpdate } from "./fakes.js";

const SECRET = "rahasia-webhook-123";
let db: Db;

function adapter(engine: Engine, sleep = fakeSleep().sleep) {
  db = openDatabase(":memory:");
  return new TelegramAdapter({
    token: "123:ABC",
    apiRoot: "https://api.telegram.org",
    engine,
    dedupe: dbDedupe(db, "telegram"),
    log: silentLog().log,
    sleep,
    botInfo: BOT_INFO,
  });
}

afterEach(() => db?.destroy());

describe("Telegram replies", () => {
  it("shows typing, then sends an answered reply with its sources as HTML", async () => {
    const api = telegramApi();
    const { engine, requests } = fakeEngine(ANSWERED);
    await adapter(engine).bot.handleUpdate(textUpdate("syarat ktp baru apa aja?"));
    expect(requests).toEqual([{ message: "syarat ktp baru apa aja?", sessionId: "tg:42", channel: "telegram", userId: "42" }]);
    expect(api.methods()).toEqual(["sendChatAction", "sendMessage"]);
    expect(api.calls[0]!.body).toEqual({ chat_id: 42, action: "typing" });
    expect(api.sent()).toEqual([
      {
        chat_id: 42,
        text:
          "<b>Syarat KTP-el baru</b>:\n1. Fotokopi KK\n2. Usia 17 tahun &amp; sudah <i>rekam</i> &lt;biometrik&gt;\n\n" +
          "Sumber:\n1. Standar Pelayanan KTP-el, Persyaratan\n2. Perwali Kendari 37/2024 Pasal 7 ayat (1)",
        parse_mode: "HTML",
      },
    ]);
  });

  it("sends a no_answer as the canned text", async () => {
    const api = telegramApi();
    await adapter(fakeEngine(NO_ANSWER).engine).bot.handleUpdate(textUpdate("jadwal bioskop"));
    expect(api.sent()).toEqual([{ chat_id: 42, text: canned("no_answer", "id"), parse_mode: "HTML" }]);
  });

  it("sends form actions as inline buttons, and a button press sends its reply to the engine", async () => {
    const api = telegramApi();
    const { engine, requests } = fakeEngine(FORM);
    const bot = adapter(engine).bot;
    await bot.handleUpdate(textUpdate("mau bikin ktp"));
    const [sent] = api.sent();
    const keyboard = (sent!.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard;
    const stamp = /^([A-Za-z0-9_-]{8})\|/.exec(keyboard[0]![0]!.callback_data)?.[1];
    expect(sent).toEqual({
      chat_id: 42,
      text: "Untuk mengajukan KTP-el baru, pilih salah satu:",
      parse_mode: "HTML",
      reply_markup: {
        inline_keyboard: [[{ text: "Ajukan KTP-el", callback_data: `${stamp}|ajukan ktp-el baru` }], [{ text: "Batal", callback_data: `${stamp}|batal` }]],
      },
    });
    await bot.handleUpdate(callbackUpdate(`${stamp}|ajukan ktp-el baru`));
    expect(requests[1]).toEqual({ message: "ajukan ktp-el baru", sessionId: "tg:42", channel: "telegram", userId: "42" });
    expect(api.methods()).toContain("answerCallbackQuery");
    expect(api.sent()).toHaveLength(2);
  });

  it("greets on /start and helps on /bantuan without asking the engine", async () => {
    const api = telegramApi();
    const { engine, requests } = fakeEngine(NO_ANSWER);
    const bot = adapter(engine).bot;
    await bot.handleUpdate(textUpdate("/start"));
    await bot.handleUpdate(textUpdate("/bantuan"));
    expect(requests).toEqual([]);
    expect(api.sent().map((m) => m.text)).toEqual([canned("greeting", "id").replace("*bantuan*", "<b>bantuan</b>"), canned("help", "id")]);
  });

  it("replies exactly once to an update delivered twice", async () => {
    const api = telegramApi();
    const bot = adapter(fakeEngine(NO_ANSWER).engine).bot;
    const update = textUpdate("halo");
    await bot.handleUpdate(update);
    await bot.handleUpdate(update);
    expect(api.sent()).toHaveLength(1);
  });

  it("waits retry_after seconds on a 429, then resends and succeeds", async () => {
    const api = telegramApi({
      sendMessage: (_body, n) =>
        n === 1
          ? HttpResponse.json({ ok: false, error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } }, { status: 429 })
          : undefined,
    });
    const { sleep, waits } = fakeSleep();
    await adapter(fakeEngine(NO_ANSWER).engine, sleep).bot.handleUpdate(textUpdate("halo"));
    expect(waits).toEqual([3000]);
    const expected = { chat_id: 42, text: canned("no_answer", "id"), parse_mode: "HTML" };
    expect(api.sent()).toEqual([expected, expected]);
  });
});

describe("Telegram turns that go wrong or carry extra messages", () => {
  it("sends the canned error text when the engine throws", async () => {
    const api = telegramApi();
    const engine: Engine = { answer: async () => Promise.reject(new Error("boom")) };
    await adapter(engine).bot.handleUpdate(textUpdate("halo"));
    expect(api.sent()).toEqual([{ chat_id: 42, text: canned("error", "id"), parse_mode: "HTML" }]);
  });

  it("delivers pending operator messages before the reply", async () => {
    const api = telegramApi();
    db = openDatabase(":memory:");
    const taken: string[] = [];
    const tg = new TelegramAdapter({
      token: "123:ABC",
      apiRoot: "https://api.telegram.org",
      engine: fakeEngine(NO_ANSWER).engine,
      dedupe: dbDedupe(db, "telegram"),
      log: silentLog().log,
      botInfo: BOT_INFO,
      notifier: {
        notify: async () => undefined,
        attach: () => undefined,
        takePending: async (channel, userId) => (
          taken.push(`${channel}:${userId}`), [{ channel, userId, text: "Petugas: silakan datang besok.", kind: "operator_message" }]
        ),
      },
    });
    await tg.bot.handleUpdate(textUpdate("halo"));
    expect(taken).toEqual(["telegram:42"]);
    expect(api.sent().map((m) => m.text)).toEqual(["Petugas: silakan datang besok.", NO_ANSWER.answer]);
  });
});

describe("Telegram webhook", () => {
  function webhookApp(engine: Engine) {
    const tg = adapter(engine);
    const app = createApp({ env: loadEnv({}), engine, index: { get: () => null } }, [telegramWebhook(tg, { path: "/telegram/webhook", secret: SECRET })]);
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      app.request("/telegram/webhook", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    return { tg, post };
  }

  it("refuses a request without the secret header with 403 in the error envelope", async () => {
    const api = telegramApi();
    const { tg, post } = webhookApp(fakeEngine(NO_ANSWER).engine);
    const res = await post(textUpdate("halo"));
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    await tg.idle();
    expect(api.calls).toEqual([]);
  });

  it("refuses a wrong secret with 403", async () => {
    const { post } = webhookApp(fakeEngine(NO_ANSWER).engine);
    const res = await post(textUpdate("halo"), { "X-Telegram-Bot-Api-Secret-Token": "salah" });
    expect(res.status).toBe(403);
  });

  it("answers 200 before a slow engine finishes, replies once, and ignores a redelivery", async () => {
    const api = telegramApi();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { engine } = fakeEngine(async () => (await gate, NO_ANSWER));
    const { tg, post } = webhookApp(engine);
    const update = textUpdate("halo");
    const first = await post(update, { "X-Telegram-Bot-Api-Secret-Token": SECRET });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true });
    expect(api.sent()).toEqual([]);
    const again = await post(update, { "X-Telegram-Bot-Api-Secret-Token": SECRET });
    expect(again.status).toBe(200);
    release();
    await tg.idle();
    expect(api.sent()).toEqual([{ chat_id: 42, text: canned("no_answer", "id"), parse_mode: "HTML" }]);
  });
});

describe("Telegram with the real engine", () => {
  let t: TestApp;
  afterEach(() => t?.cleanup());

  it("answers a question from the corpus with sources, in session tg:42", async () => {
    t = await testApp();
    const api = telegramApi();
    const tg = new TelegramAdapter({
      token: "123:ABC",
      apiRoot: "https://api.telegram.org",
      engine: t.services.engine,
      dedupe: dbDedupe(t.services.db, "telegram"),
      log: silentLog().log,
      botInfo: BOT_INFO,
    });
    await tg.bot.handleUpdate(textUpdate("syarat ktp baru apa aja?"));
    const [sent] = api.sent();
    expect(sent).toMatchObject({ chat_id: 42, parse_mode: "HTML" });
    expect(String(sent!.text)).toMatch(/\n\nSumber:\n1\. \S/);
    expect(await t.services.conversations.get("tg:42")).toMatchObject({ id: "tg:42", channel: "telegram", userKey: "42" });
  });
});
