import { HttpResponse } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { channelsForRole, startChannels, type Channels } from "../../channels/index.js";
import type { ChannelName, Deliver, Notifier } from "../../src/notify/types.js";
import { loadEnv } from "../../src/config/env.js";
import { createApp } from "../../src/http/app.js";
import { openDatabase, type Db } from "../../src/store/database.js";
import { fakeEngine, fakeSleep, NO_ANSWER, silentLog, telegramApi, textUpdate } from "./fakes.js";
import { FakeWaClient, fakeTimers, waMessage } from "./whatsapp-fakes.js";

const SECRET = "rahasia-webhook-123";
const env = loadEnv({
  TELEGRAM_BOT_TOKEN: "123:ABC",
  TELEGRAM_WEBHOOK_URL: "https://chat.kendarikota.go.id/telegram/webhook",
  TELEGRAM_WEBHOOK_SECRET: SECRET,
  WHATSAPP_ENABLED: "true",
  DATA_DIR: "/tmp/layanan-tanya-channels-test",
});

function recordingNotifier() {
  const attached: Partial<Record<ChannelName, Deliver>> = {};
  const notifier: Notifier = { notify: async () => undefined, attach: (channel, deliver) => void (attached[channel] = deliver), takePending: async () => [] };
  return { notifier, attached };
}

let db: Db;
let channels: Channels | undefined;
afterEach(async () => {
  await channels?.stop();
  channels = undefined;
  await db.destroy();
});

describe("startChannels", () => {
  it("keeps the API and WhatsApp running when Telegram fails to start", async () => {
    const api = telegramApi({ getMe: () => HttpResponse.json({ ok: false, error_code: 401, description: "Unauthorized" }, { status: 401 }) });
    db = openDatabase(":memory:");
    const wa = new FakeWaClient();
    const { log, lines } = silentLog();
    const { notifier, attached } = recordingNotifier();
    const { engine } = fakeEngine(NO_ANSWER);
    channels = await startChannels({ env, engine, db, log, notifier, whatsapp: { factory: () => wa, sleep: fakeSleep().sleep, timers: fakeTimers().timers } });

    expect(channels.adapters.map((a) => a.name)).toEqual(["whatsapp"]);
    expect(channels.registrars).toEqual([]);
    expect(lines.some((l) => l.startsWith("ERROR [channels] telegram failed to start") && l.includes("401"))).toBe(true);
    expect(api.methods()).toEqual(["getMe"]);
    expect(Object.keys(attached)).toEqual(["whatsapp"]);

    const app = createApp({ env, engine, index: { get: () => null } }, channels.registrars);
    expect((await app.request("/healthz")).status).toBe(200);
    wa.emit("message", waMessage("halo").msg);
    await (channels.adapters[0] as unknown as { idle(): Promise<void> }).idle();
    expect(wa.sent).toHaveLength(1);

    await attached.whatsapp!({ channel: "whatsapp", userId: "6281234567890@c.us", text: "Status tiket KTP-123: selesai.", kind: "status_change" });
    expect(wa.sent[1]).toEqual({ chatId: "6281234567890@c.us", text: "Status tiket KTP-123: selesai." });
  });

  it("keeps the API and Telegram running when the WhatsApp client cannot be created", async () => {
    const api = telegramApi();
    db = openDatabase(":memory:");
    const { log, lines } = silentLog();
    const { notifier, attached } = recordingNotifier();
    const { engine } = fakeEngine(NO_ANSWER);
    channels = await startChannels({
      env,
      engine,
      db,
      log,
      notifier,
      whatsapp: {
        factory: () => {
          throw new Error("Failed to launch the browser process: /usr/bin/chromium not found");
        },
      },
    });

    expect(channels.adapters.map((a) => a.name)).toEqual(["telegram"]);
    expect(lines.some((l) => l.startsWith("ERROR [channels] whatsapp failed to start") && l.includes("chromium"))).toBe(true);
    expect(api.calls.map((c) => [c.method, c.body])).toEqual([
      ["getMe", {}],
      ["setWebhook", { url: "https://chat.kendarikota.go.id/telegram/webhook", secret_token: SECRET, allowed_updates: ["message", "callback_query"] }],
    ]);
    expect(Object.keys(attached)).toEqual(["telegram"]);

    const app = createApp({ env, engine, index: { get: () => null } }, channels.registrars);
    expect((await app.request("/healthz")).status).toBe(200);
    const res = await app.request("/telegram/webhook", {
      method: "POST",
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
      body: JSON.stringify(textUpdate("halo")),
    });
    expect(res.status).toBe(200);
    await channels.stop();
    channels = undefined;
    expect(api.sent()).toEqual([{ chat_id: 42, text: NO_ANSWER.answer, parse_mode: "HTML" }]);

    await attached.telegram!({ channel: "telegram", userId: "42", text: "Petugas: berkas Anda <lengkap> & diproses.", kind: "operator_message" });
    expect(api.sent()[1]).toEqual({ chat_id: 42, text: "Petugas: berkas Anda &lt;lengkap&gt; &amp; diproses.", parse_mode: "HTML" });
  });

  it("serves the API without waiting for a WhatsApp login that is still pending", async () => {
    db = openDatabase(":memory:");
    const wa = new FakeWaClient();
    wa.initialize = () => new Promise<void>(() => undefined); // e.g. waiting for the QR to be scanned
    const { log, lines } = silentLog();
    const { engine } = fakeEngine(NO_ANSWER);
    const onlyWhatsapp = loadEnv({ WHATSAPP_ENABLED: "true", DATA_DIR: "/tmp/layanan-tanya-channels-test" });
    const t0 = Date.now();
    channels = await startChannels({
      env: onlyWhatsapp,
      engine,
      db,
      log,
      startWaitMs: 50,
      whatsapp: { factory: () => wa, sleep: fakeSleep().sleep, timers: fakeTimers().timers },
    });
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(channels.adapters.map((a) => a.name)).toEqual(["whatsapp"]);
    expect(lines).toContain("[channels] whatsapp is still starting after 50 ms; the API serves now and the channel comes up in the background.");
    const app = createApp({ env: onlyWhatsapp, engine, index: { get: () => null } }, channels.registrars);
    expect((await app.request("/healthz")).status).toBe(200);
  });

  it("starts nothing when no channel is configured", async () => {
    db = openDatabase(":memory:");
    channels = await startChannels({ env: loadEnv({}), engine: fakeEngine(NO_ANSWER).engine, db, log: silentLog().log });
    expect(channels.adapters).toEqual([]);
    expect(channels.registrars).toEqual([]);
  });
});

describe("channels per process role", () => {
  it("starts Telegram on API replicas only by webhook, WhatsApp only in its own process, and nothing on a worker", () => {
    const warnings: string[] = [];
    const polling = loadEnv({ TELEGRAM_BOT_TOKEN: "123:ABC", WHATSAPP_ENABLED: "true" });
    const pick = (e: typeof env) => ({ telegram: Boolean(e.TELEGRAM_BOT_TOKEN), whatsapp: e.WHATSAPP_ENABLED });
    expect(pick(channelsForRole("all", polling))).toEqual({ telegram: true, whatsapp: true });
    expect(pick(channelsForRole("api", env))).toEqual({ telegram: true, whatsapp: false });
    expect(pick(channelsForRole("api", polling, (l) => warnings.push(l)))).toEqual({ telegram: false, whatsapp: false });
    expect(warnings).toEqual(["ROLE=api serves Telegram only by webhook: set TELEGRAM_WEBHOOK_URL (Telegram is not started here)"]);
    expect(pick(channelsForRole("whatsapp", env))).toEqual({ telegram: false, whatsapp: true });
    expect(pick(channelsForRole("worker", env))).toEqual({ telegram: false, whatsapp: false });
  });
});
