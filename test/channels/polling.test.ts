import { delay, HttpResponse } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { dbDedupe } from "../../channels/dedupe.js";
import { TelegramAdapter } from "../../channels/telegram/bot.js";
import { openDatabase, type Db } from "../../src/store/database.js";
import { fakeEngine, NO_ANSWER, silentLog, telegramApi, textUpdate } from "./fakes.js";

let db: Db;
afterEach(() => db.destroy());

describe("Telegram long polling", () => {
  it("without a webhook URL, deletes the webhook, polls, and answers what it receives", async () => {
    const update = textUpdate("halo");
    const api = telegramApi({
      getUpdates: (_body, n) => (n === 1 ? [update] : delay(200).then(() => [])),
    });
    db = openDatabase(":memory:");
    const tg = new TelegramAdapter({
      token: "123:ABC",
      apiRoot: "https://api.telegram.org",
      engine: fakeEngine(NO_ANSWER).engine,
      dedupe: dbDedupe(db, "telegram"),
      log: silentLog().log,
    });
    await tg.start();
    expect(tg.health()).toEqual({ status: "ok", detail: "@layanan_kendari_bot via long polling" });
    for (let i = 0; i < 100 && api.sent().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await tg.stop();
    expect(api.methods().slice(0, 3)).toEqual(["getMe", "deleteWebhook", "getUpdates"]);
    expect(api.sent()).toEqual([{ chat_id: 42, text: NO_ANSWER.answer, parse_mode: "HTML" }]);
    expect(tg.health().status).toBe("stopped");
  });
});
