/**
 * Messages outside a reply (officer replies, status changes) across replicas: the API side
 * enqueues them on BullMQ (local Redis), a worker sends them to the Bot API (msw) or through the
 * WhatsApp session. Skipped when Redis is unreachable, failed under CI=true.
 */
import { randomUUID } from "node:crypto";
import { Queue } from "bullmq";
import { HttpResponse } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { dbDedupe } from "../../channels/dedupe.js";
import {
  channelBull,
  type OutboundWorkerOptions,
  outboundDeliveries,
  outboundQueues,
  startTelegramOutboundWorker,
  startWhatsAppOutboundWorker,
} from "../../channels/outbound.js";
import { TelegramAdapter } from "../../channels/telegram/bot.js";
import { WhatsAppAdapter } from "../../channels/whatsapp/client.js";
import { OutboxNotifier } from "../../src/notify/notifier.js";
import type { OutboundMessage } from "../../src/notify/types.js";
import type { OutboundMessageJob, OutboundWorker } from "../../src/scale/outbound-queue.js";
import { connectRedis } from "../../src/scale/redis.js";
import { openDatabase, type Db } from "../../src/store/database.js";
import { REDIS_TEST_URL, redisAvailable } from "../scale/redis-helper.js";
import { BOT_INFO, fakeEngine, NO_ANSWER, silentLog, telegramApi } from "./fakes.js";
import { CITIZEN, FakeWaClient, waMessage } from "./whatsapp-fakes.js";

const available = await redisAvailable();

const SHARDS = 4;
const ENV = { TELEGRAM_BOT_TOKEN: "123:ABC", TELEGRAM_API_ROOT: "https://api.telegram.org" };
const FAST = { backoffMs: 50 };

const officer = (text: string, userId = "42"): OutboundMessage => ({ channel: "telegram", userId, text, kind: "operator_message" });

async function until(ok: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

/** An API replica (notifier with the queued deliveries) and workers, under a BullMQ prefix unique to the test. */
function harness() {
  const bull = { url: REDIS_TEST_URL, prefix: `lt-test-${randomUUID()}`, shards: SHARDS };
  const db: Db = openDatabase(":memory:");
  const queues = outboundQueues(bull);
  const notifier = new OutboxNotifier(db);
  const deliveries = outboundDeliveries(queues);
  notifier.attach("telegram", deliveries.telegram);
  notifier.attach("whatsapp", deliveries.whatsapp);
  const workers: OutboundWorker[] = [];
  const log = silentLog();
  const options = (over: Partial<OutboundWorkerOptions> = {}): OutboundWorkerOptions => ({ log: log.log, retry: FAST, ...over });
  return {
    bull,
    db,
    notifier,
    log,
    async telegramWorker(over: Partial<OutboundWorkerOptions> = {}) {
      workers.push(await startTelegramOutboundWorker(ENV, bull, options(over)));
    },
    async whatsappWorker(adapter: Pick<WhatsAppAdapter, "sendText">, over: Partial<OutboundWorkerOptions> = {}) {
      workers.push(await startWhatsAppOutboundWorker(adapter, bull, options(over)));
    },
    /** The outbox rows, as the notifier stores them. */
    async outbox() {
      return db.selectFrom("outbox").select(["channel", "user_key", "kind", "text"]).orderBy("id").execute();
    },
    /** Failed jobs kept in the channel's shard queues. */
    async failed(channel: "telegram" | "whatsapp") {
      const { prefix } = channelBull(bull, channel);
      let n = 0;
      for (let i = 0; i < SHARDS; i++) {
        const q = new Queue(`outbound-${i}`, { connection: { url: REDIS_TEST_URL }, prefix });
        n += await q.getFailedCount();
        await q.close();
      }
      return n;
    },
    async cleanup() {
      for (const w of workers) await w.close();
      await queues.close();
      await db.destroy();
      const redis = await connectRedis({ url: REDIS_TEST_URL });
      const left = await redis.keys(`${bull.prefix}*`);
      if (left.length) await redis.del(...left);
      redis.disconnect();
    },
  };
}

/** What a direct delivery (one process, no Redis) sends for `message`. */
async function directlySent(message: OutboundMessage) {
  const api = telegramApi();
  const db = openDatabase(":memory:");
  const adapter = new TelegramAdapter({
    token: ENV.TELEGRAM_BOT_TOKEN,
    apiRoot: ENV.TELEGRAM_API_ROOT,
    engine: fakeEngine(NO_ANSWER).engine,
    dedupe: dbDedupe(db, "telegram"),
    log: silentLog().log,
    botInfo: BOT_INFO,
  });
  await adapter.deliver(message);
  await adapter.idle();
  await db.destroy();
  return api.sent();
}

/** The 429 Telegram answers with when a chat gets too many messages. */
const tooMany = (retryAfter: number) =>
  HttpResponse.json(
    { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } },
    { status: 429 },
  );

describe.skipIf(!available)("outbound messages over BullMQ", () => {
  let h: ReturnType<typeof harness> | undefined;
  afterEach(async () => {
    await h?.cleanup();
    h = undefined;
  });

  it("sends an officer reply enqueued by the API through the worker exactly once, rendered as a direct delivery", async () => {
    const short = officer("**Tiket** KTP-2024-0007: berkas Anda _sudah_ diterima & <diverifikasi>.");
    const long = officer(`Rincian:\n${"Persyaratan lengkap dan sah. ".repeat(200)}`);
    const direct = [...(await directlySent(short)), ...(await directlySent(long))];
    expect(direct).toHaveLength(4); // the long one is split into three messages
    expect(direct[0]).toEqual({
      chat_id: 42,
      text: "<b>Tiket</b> KTP-2024-0007: berkas Anda <i>sudah</i> diterima &amp; &lt;diverifikasi&gt;.",
      parse_mode: "HTML",
    });

    h = harness();
    const api = telegramApi();
    await h.notifier.notify(short);
    await h.notifier.notify(long);
    await settle();
    expect(api.calls).toEqual([]); // the API replica does not call Telegram itself
    expect(await h.notifier.takePending("telegram", "42")).toEqual([]); // nor keeps it in the outbox

    await h.telegramWorker();
    await until(() => api.sent().length >= 4);
    await settle(500);
    expect(api.sent()).toEqual(direct);
    expect(api.methods()).toEqual(["sendMessage", "sendMessage", "sendMessage", "sendMessage"]);
  });

  it("keeps each chat's order over five messages with two worker replicas", async () => {
    h = harness();
    const arrived: Array<{ chatId: unknown; text: unknown }> = [];
    telegramApi({
      sendMessage: async (body) => {
        await settle(Math.random() * 40); // uneven latency: a later message must still wait for the earlier one
        arrived.push({ chatId: body.chat_id, text: body.text });
        return undefined;
      },
    });
    await h.telegramWorker();
    await h.telegramWorker();
    for (let i = 1; i <= 5; i++) {
      await h.notifier.notify(officer(`Pesan ${i}`, "42"));
      await h.notifier.notify(officer(`Pesan ${i}`, "77"));
    }
    await until(() => arrived.length === 10);
    const texts = (chatId: number) => arrived.filter((a) => a.chatId === chatId).map((a) => a.text);
    expect(texts(42)).toEqual(["Pesan 1", "Pesan 2", "Pesan 3", "Pesan 4", "Pesan 5"]);
    expect(texts(77)).toEqual(["Pesan 1", "Pesan 2", "Pesan 3", "Pesan 4", "Pesan 5"]);
  });

  it("waits out a 429 retry_after, then resends, and the chat's later messages stay behind it", async () => {
    h = harness();
    const tries: Array<{ text: unknown; at: number; ok: boolean }> = [];
    telegramApi({
      sendMessage: (body) => {
        const first = body.text === "Pesan 2" && !tries.some((t) => t.text === "Pesan 2");
        tries.push({ text: body.text, at: Date.now(), ok: !first });
        return first ? tooMany(1) : undefined;
      },
    });
    await h.telegramWorker();
    await h.telegramWorker();
    for (let i = 1; i <= 5; i++) await h.notifier.notify(officer(`Pesan ${i}`));
    await until(() => tries.filter((t) => t.ok).length === 5);
    await settle();
    expect(tries.filter((t) => t.ok).map((t) => t.text)).toEqual(["Pesan 1", "Pesan 2", "Pesan 3", "Pesan 4", "Pesan 5"]);
    const second = tries.filter((t) => t.text === "Pesan 2");
    expect(second.map((t) => t.ok)).toEqual([false, true]);
    expect(second[1]!.at - second[0]!.at).toBeGreaterThanOrEqual(950); // the 1 s Telegram asked for
    const third = tries.find((t) => t.text === "Pesan 3")!;
    expect(third.at).toBeGreaterThanOrEqual(second[1]!.at); // not sent during the wait
    expect(h.log.lines.filter((l) => l.startsWith("ERROR"))).toEqual([]);
  });

  it("keeps a message that failed for good in the outbox as written, once with two worker replicas, and logs no chat id", async () => {
    h = harness();
    const api = telegramApi({
      sendMessage: () => HttpResponse.json({ ok: false, error_code: 400, description: "Bad Request: chat not found" }, { status: 400 }),
    });
    const failed: OutboundMessageJob[] = [];
    const over = {
      retry: { attempts: 2, backoffMs: 50 },
      onFailed: (job: OutboundMessageJob) => void failed.push(job),
      onGiveUp: h.notifier.keep.bind(h.notifier),
    };
    await h.telegramWorker(over);
    await h.telegramWorker(over); // a second replica: it hears of the failure too, and must not keep or count it again
    await h.notifier.notify(officer("**Tiket** KTP-2024-0007 selesai.", "987654321"));
    await until(async () => (await h!.outbox()).length > 0 && failed.length > 0);
    await settle(500);
    expect(api.sent()).toHaveLength(2); // both tries
    expect(await h.outbox()).toEqual([{ channel: "telegram", user_key: "987654321", kind: "operator_message", text: "**Tiket** KTP-2024-0007 selesai." }]);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ channel: "telegram", chatId: "987654321", text: "<b>Tiket</b> KTP-2024-0007 selesai." });
    const errors = h.log.lines.filter((l) => l.startsWith("ERROR"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^ERROR \[telegram\] outbound message \S+ was not sent and is given up: .*chat not found; it is kept in the outbox for the next reply\.$/,
    );
    expect(errors[0]).not.toContain("987654321");
    expect(await h.failed("telegram")).toBe(1);
    // The citizen's next message hands it over as written; the adapter renders it again.
    expect(await h.notifier.takePending("telegram", "987654321")).toEqual([officer("**Tiket** KTP-2024-0007 selesai.", "987654321")]);
  });

  it("keeps a long message whole when one part fails for good, and does not send its later parts", async () => {
    h = harness();
    const long = officer(`Rincian:\n${"Persyaratan lengkap dan sah. ".repeat(200)}`);
    expect(await directlySent(long)).toHaveLength(3);
    const api = telegramApi({
      sendMessage: (body) =>
        String(body.text).startsWith("Rincian")
          ? HttpResponse.json({ ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }, { status: 403 })
          : undefined,
    });
    await h.telegramWorker({ retry: { attempts: 2, backoffMs: 50 }, onGiveUp: h.notifier.keep.bind(h.notifier) });
    await h.notifier.notify(long);
    await h.notifier.notify(officer("Terima kasih."));
    await until(() => api.sent().some((b) => b.text === "Terima kasih."));
    expect(api.sent().map((b) => String(b.text).slice(0, 7))).toEqual(["Rincian", "Rincian", "Terima "]);
    expect(await h.outbox()).toEqual([{ channel: "telegram", user_key: "42", kind: "operator_message", text: long.text }]);
    expect(await h.failed("telegram")).toBe(3); // the failed part and the two not sent
  });

  it("keeps a WhatsApp message in the outbox when the session stays down past the retries (a QR re-login)", async () => {
    h = harness();
    const tries: string[] = [];
    const down = {
      sendText: async (chatId: string) => {
        tries.push(chatId);
        throw new Error(`not connected, cannot send to ${chatId}`);
      },
    };
    const failed: OutboundMessageJob[] = [];
    await h.whatsappWorker(down, {
      retry: { attempts: 2, backoffMs: 50 },
      onFailed: (job) => void failed.push(job),
      onGiveUp: h.notifier.keep.bind(h.notifier),
    });
    await h.notifier.notify({ channel: "whatsapp", userId: CITIZEN, text: "Tiket KTP-2024-0007 selesai.", kind: "status_change" });
    await until(() => failed.length === 1);
    expect(tries).toEqual([CITIZEN, CITIZEN]);
    expect(await h.outbox()).toEqual([{ channel: "whatsapp", user_key: CITIZEN, kind: "status_change", text: "Tiket KTP-2024-0007 selesai." }]);
    const errors = h.log.lines.filter((l) => l.startsWith("ERROR"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^ERROR \[whatsapp\] outbound message \S+ was not sent and is given up: not connected/);
    expect(errors[0]).not.toMatch(/6281234567890/); // neither from the chat id nor from the channel's error

    // The citizen writes again once the session is back: the kept message comes first.
    const client = new FakeWaClient();
    const whatsapp = new WhatsAppAdapter({
      factory: () => client,
      engine: fakeEngine(NO_ANSWER).engine,
      log: silentLog().log,
      notifier: h.notifier,
      minIntervalMs: 0,
    });
    await whatsapp.start();
    client.emit("message", waMessage("halo").msg);
    await until(() => client.sent.length >= 2);
    expect(client.sent[0]).toEqual({ chatId: CITIZEN, text: "Tiket KTP-2024-0007 selesai." });
    expect(await h.outbox()).toEqual([]);
    await whatsapp.stop();
  });

  it("sends WhatsApp jobs only through the WhatsApp session, spaced per chat, and Telegram's worker leaves them alone", async () => {
    h = harness();
    const api = telegramApi();
    await h.telegramWorker();
    await h.notifier.notify({ channel: "whatsapp", userId: CITIZEN, text: "**Tiket** diproses", kind: "status_change" });
    await h.notifier.notify({ channel: "whatsapp", userId: CITIZEN, text: "Tiket selesai", kind: "status_change" });
    await settle(500);
    expect(api.calls).toEqual([]);

    const client = new FakeWaClient();
    const at: number[] = [];
    const send = client.sendMessage.bind(client);
    client.sendMessage = async (chatId, text) => {
      at.push(Date.now());
      await send(chatId, text);
    };
    const whatsapp = new WhatsAppAdapter({ factory: () => client, engine: fakeEngine(NO_ANSWER).engine, log: silentLog().log, minIntervalMs: 300 });
    await whatsapp.start();
    await h.whatsappWorker(whatsapp);
    await until(() => client.sent.length === 2);
    expect(client.sent).toEqual([
      { chatId: CITIZEN, text: "*Tiket* diproses" },
      { chatId: CITIZEN, text: "Tiket selesai" },
    ]);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(290);
    expect(await h.notifier.takePending("whatsapp", CITIZEN)).toEqual([]);
    await h.cleanup();
    h = undefined;
    await whatsapp.stop();
  });
});
