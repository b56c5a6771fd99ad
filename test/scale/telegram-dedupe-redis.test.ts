import { afterAll, describe, expect, it } from "vitest";
import { redisDedupe } from "../../channels/dedupe.js";
import { TelegramAdapter } from "../../channels/telegram/bot.js";
import { ANSWERED, BOT_INFO, fakeEngine, fakeSleep, silentLog, telegramApi, textUpdate } from "../channels/fakes.js";
import { redisAvailable, redisScope } from "./redis-helper.js";

const available = await redisAvailable();

describe.skipIf(!available)("Telegram dedupe shared through Redis", () => {
  const scope = redisScope();
  afterAll(() => scope.cleanup());

  async function replica() {
    return new TelegramAdapter({
      token: "123:ABC",
      apiRoot: "https://api.telegram.org",
      engine: fakeEngine(ANSWERED).engine,
      dedupe: redisDedupe(await scope.client(), "telegram"),
      log: silentLog().log,
      sleep: fakeSleep().sleep,
      botInfo: BOT_INFO,
    });
  }

  it("replies once to an update delivered to two bot instances at the same time", async () => {
    const api = telegramApi();
    const [a, b] = [await replica(), await replica()];
    const update = textUpdate("syarat ktp baru apa aja?");
    await Promise.all([a.bot.handleUpdate(update), b.bot.handleUpdate(structuredClone(update))]);
    await Promise.all([a.idle(), b.idle()]);
    expect(api.sent()).toHaveLength(1);
    expect(api.sent()[0]).toMatchObject({ chat_id: 42, parse_mode: "HTML" });
    expect(String(api.sent()[0]!.text)).toContain("<b>Syarat KTP-el baru</b>");
  });

  it("still answers the next update", async () => {
    const api = telegramApi();
    const [a, b] = [await replica(), await replica()];
    await a.bot.handleUpdate(textUpdate("syarat ktp"));
    await b.bot.handleUpdate(textUpdate("syarat kk"));
    expect(api.sent()).toHaveLength(2);
  });
});
