import { randomUUID } from "node:crypto";
import { Queue } from "bullmq";
import { afterEach, describe, expect, it } from "vitest";
import { ChatQueue } from "../../channels/queue.js";
import { type BullOutboundWorkerOptions, BullOutboundQueue, startOutboundWorker } from "../../src/scale/outbound-bull.js";
import {
  InProcessOutboundQueue,
  type OutboundMessageJob,
  type OutboundQueue,
  type OutboundWorker,
  type RetryPolicy,
  type SendOutbound,
} from "../../src/scale/outbound-queue.js";
import { connectRedis } from "../../src/scale/redis.js";
import { REDIS_TEST_URL, redisAvailable } from "./redis-helper.js";

const available = await redisAvailable();

/** A Telegram-like 429: the channel asks to wait `retryAfter` seconds. */
class TooManyRequests extends Error {
  constructor(readonly retryAfter: number) {
    super(`429: retry after ${retryAfter}`);
  }
}

const POLICY: RetryPolicy = {
  attempts: 3,
  backoffMs: 60,
  retryAfter: (err) => (err instanceof TooManyRequests ? err.retryAfter : null),
  maxWaitSeconds: 5,
};

/** Two replicas' producers over one queue, and a way to start a worker with a send function. */
interface Harness {
  producers: [OutboundQueue, OutboundQueue];
  worker(send: SendOutbound): Promise<OutboundWorker>;
  /** Stops a worker as a crash would (BullMQ only). */
  crash?(worker: OutboundWorker): Promise<void>;
  cleanup(): Promise<void>;
}

const inProcess = async (): Promise<Harness> => {
  const queue = new InProcessOutboundQueue(new ChatQueue(), POLICY);
  const workers: OutboundWorker[] = [];
  return {
    producers: [queue, queue],
    async worker(send) {
      workers.push(queue.work(send));
      return workers.at(-1)!;
    },
    async cleanup() {
      for (const w of workers) await w.close();
    },
  };
};

const SHARDS = 4;

/** Producers and workers over local Redis, under a prefix unique to the test; short locks so a crash is noticed quickly. */
const bull = async (): Promise<Harness> => {
  const connection = { url: REDIS_TEST_URL, prefix: `lt-test-${randomUUID()}`, shards: SHARDS };
  const producers: [BullOutboundQueue, BullOutboundQueue] = [new BullOutboundQueue(connection), new BullOutboundQueue(connection)];
  const workers: Array<Awaited<ReturnType<typeof startOutboundWorker>>> = [];
  return {
    producers,
    async worker(send) {
      workers.push(await startOutboundWorker({ ...connection, ...POLICY, send, lockDurationMs: 600, stalledIntervalMs: 200 }));
      return workers.at(-1)!;
    },
    async crash(worker) {
      await (worker as (typeof workers)[number]).close(true);
    },
    async cleanup() {
      for (const w of workers) await w.close(true);
      for (const p of producers) await p.close();
      for (let i = 0; i < SHARDS; i++) {
        const q = new Queue(`outbound-${i}`, { connection: { url: REDIS_TEST_URL }, prefix: connection.prefix });
        await q.obliterate({ force: true });
        await q.close();
      }
      const redis = await connectRedis({ url: REDIS_TEST_URL });
      const left = await redis.keys(`${connection.prefix}*`);
      if (left.length) await redis.del(...left);
      redis.disconnect();
    },
  };
};

const msg = (chatId: string, text: string): OutboundMessageJob => ({ channel: "telegram", chatId, text });

async function until(ok: () => boolean | Promise<boolean>, timeoutMs = 8_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Records every try: chat, text, time. */
function recorder(fail: (m: OutboundMessageJob, tryNo: number) => Error | null = () => null) {
  const tries: Array<{ chatId: string; text: string; at: number; ok: boolean }> = [];
  const send: SendOutbound = async (m) => {
    const tryNo = tries.filter((t) => t.chatId === m.chatId && t.text === m.text).length + 1;
    const err = fail(m, tryNo);
    tries.push({ chatId: m.chatId, text: m.text, at: Date.now(), ok: !err });
    if (err) throw err;
  };
  const sent = (chatId: string) => tries.filter((t) => t.chatId === chatId && t.ok).map((t) => t.text);
  return { send, tries, sent };
}

describe.each([
  ["in-process", inProcess, true],
  ["BullMQ", bull, available],
] as const)("outbound queue (%s)", (name, factory, enabled) => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.cleanup();
    h = undefined;
  });
  async function setup() {
    h = await factory();
    return h;
  }

  it.skipIf(!enabled)("keeps a chat's order while waiting out retry_after, and shows the status to another replica", async () => {
    const { producers, worker } = await setup();
    const r = recorder((m, tryNo) => (m.text === "A1" && tryNo === 1 ? new TooManyRequests(0.3) : null));
    await worker(r.send);
    await worker(r.send); // a second worker replica must wait too
    const ids: string[] = [];
    for (const [i, text] of ["A1", "A2", "A3"].entries()) ids.push(await producers[i % 2]!.enqueue(msg("100", text)));
    const other = await producers[1].enqueue(msg("200", "B1"));
    await until(() => r.sent("100").length === 3);
    expect(r.sent("100")).toEqual(["A1", "A2", "A3"]);
    const a1 = r.tries.filter((t) => t.text === "A1");
    expect(a1.map((t) => t.ok)).toEqual([false, true]);
    expect(a1[1]!.at - a1[0]!.at).toBeGreaterThanOrEqual(280); // waited the 0.3 s Telegram asked for
    await until(async () => (await producers[0].get(ids[0]!))?.state === "sent");
    expect(await producers[0].get(ids[0]!)).toEqual({ id: ids[0], state: "sent", tries: 1, error: "429: retry after 0.3" });
    expect(await producers[1].get(ids[2]!)).toMatchObject({ state: "sent", tries: 0, error: null });
    await until(async () => (await producers[0].get(other))?.state === "sent");
    expect(r.sent("200")).toEqual(["B1"]);
    expect(await producers[0].get("s0-00000000-0000-0000-0000-000000000000")).toBeNull();
  });

  it.skipIf(!enabled)("retries a failing send with growing back-off, then marks it failed and goes on with the chat", async () => {
    const { producers, worker } = await setup();
    const r = recorder((m) => (m.text === "Tiket selesai" ? new Error("ECONNRESET") : null));
    await worker(r.send);
    const id = await producers[0].enqueue(msg("300", "Tiket selesai"));
    const next = await producers[1].enqueue(msg("300", "Terima kasih"));
    await until(async () => (await producers[1].get(id))?.state === "failed");
    expect(await producers[1].get(id)).toEqual({ id, state: "failed", tries: 3, error: "ECONNRESET" });
    const at = r.tries.filter((t) => t.text === "Tiket selesai").map((t) => t.at);
    expect(at).toHaveLength(3);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(55); // 60 ms
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(115); // 120 ms
    await until(async () => (await producers[0].get(next))?.state === "sent");
    expect(r.tries.map((t) => t.text)).toEqual(["Tiket selesai", "Tiket selesai", "Tiket selesai", "Terima kasih"]);
  });

  it.skipIf(!enabled)("loses no message when a worker is closed mid-send and a new one starts", async () => {
    const { producers, worker } = await setup();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = recorder();
    const firstWorker = await worker(async (m) => {
      await gate;
      await first.send(m);
    });
    const ids: string[] = [];
    for (const text of ["1", "2", "3"]) ids.push(await producers[0].enqueue(msg("400", text)));
    await until(async () => (await producers[0].get(ids[0]!))?.state === "active");
    const closing = firstWorker.close();
    release();
    await closing;
    expect(first.sent("400")).toEqual(["1"]); // the send in progress finished; the rest waited
    const second = recorder();
    await worker(second.send);
    await until(() => second.sent("400").length === 2);
    expect(second.sent("400")).toEqual(["2", "3"]);
    for (const id of ids) expect((await producers[1].get(id))?.state).toBe("sent");
  });

  it.skipIf(!enabled || name !== "BullMQ")("sends a crashed worker's message again, still in order, from a new worker", async () => {
    const { producers, worker, crash } = await setup();
    const first = recorder();
    const stuck = await worker(async (m) => {
      first.tries.push({ chatId: m.chatId, text: m.text, at: Date.now(), ok: false });
      await new Promise(() => undefined); // hangs, as a process that died mid-send
    });
    const ids: string[] = [];
    for (const text of ["1", "2"]) ids.push(await producers[0].enqueue(msg("500", text)));
    await until(() => first.tries.length === 1);
    await crash!(stuck);
    const second = recorder();
    await worker(second.send);
    await until(() => second.sent("500").length === 2);
    expect(second.sent("500")).toEqual(["1", "2"]);
    for (const id of ids) expect((await producers[1].get(id))?.state).toBe("sent");
  });
});

/** Every value stored under a prefix, as text (hashes, strings, lists, sets, sorted sets, streams). */
async function storedText(prefix: string): Promise<string> {
  const redis = await connectRedis({ url: REDIS_TEST_URL });
  const out: string[] = [];
  for (const key of await redis.keys(`${prefix}*`)) {
    const type = await redis.type(key);
    if (type === "hash") out.push(JSON.stringify(await redis.hgetall(key)));
    else if (type === "string") out.push(String(await redis.get(key)));
    else if (type === "list") out.push(JSON.stringify(await redis.lrange(key, 0, -1)));
    else if (type === "set") out.push(JSON.stringify(await redis.smembers(key)));
    else if (type === "zset") out.push(JSON.stringify(await redis.zrange(key, 0, -1)));
    else if (type === "stream") out.push(JSON.stringify(await redis.xrange(key, "-", "+")));
  }
  redis.disconnect();
  return out.join("\n");
}

describe.skipIf(!available)("outbound queue (BullMQ): failures and personal data", () => {
  const PHONE = "6281234567890";
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });
  function setup() {
    const connection = { url: REDIS_TEST_URL, prefix: `lt-test-${randomUUID()}`, shards: SHARDS };
    const producer = new BullOutboundQueue(connection);
    cleanup.push(async () => {
      await producer.close();
      const redis = await connectRedis({ url: REDIS_TEST_URL });
      const left = await redis.keys(`${connection.prefix}*`);
      if (left.length) await redis.del(...left);
      redis.disconnect();
    });
    const worker = async (send: SendOutbound, over: Partial<BullOutboundWorkerOptions> = {}) => {
      const w = await startOutboundWorker({ ...connection, ...POLICY, send, ...over });
      cleanup.push(() => w.close(true));
      return w;
    };
    return { connection, producer, worker };
  }

  it("removes a sent message's chat and text from Redis at once, and still reports it sent", async () => {
    const { connection, producer, worker } = setup();
    await worker(recorder().send);
    const id = await producer.enqueue({ channel: "whatsapp", chatId: `${PHONE}@c.us`, text: "Tiket KTP-2024-0007 selesai." });
    await until(async () => (await producer.get(id))?.state === "sent");
    expect(await producer.get(id)).toEqual({ id, state: "sent", tries: 0, error: null });
    const stored = await storedText(connection.prefix);
    expect(stored).not.toContain(PHONE);
    expect(stored).not.toContain("KTP-2024-0007");
  });

  it("keeps a failed message in the failed list for an hour at most, 100 per shard", async () => {
    const { connection, producer, worker } = setup();
    await worker(recorder(() => new Error("ECONNRESET")).send, { attempts: 1 });
    const id = await producer.enqueue(msg("700", "Tiket selesai"));
    await until(async () => (await producer.get(id))?.state === "failed");
    const queue = new Queue(`outbound-${Number(/^s(\d+)-/.exec(id)?.[1])}`, { connection: { url: REDIS_TEST_URL }, prefix: connection.prefix });
    const job = await queue.getJob(id);
    expect(job?.opts.removeOnFail).toEqual({ age: 3600, count: 100 });
    expect(job?.opts.removeOnComplete).toBe(true);
    await queue.close();
  });

  it("hands a message that failed for good to onGiveUp exactly once with two worker replicas, and goes on with the chat", async () => {
    const { producer, worker } = setup();
    const r = recorder((m) => (m.text === "Tiket selesai" ? new Error("chat not found") : null));
    const given: Array<{ id: string; message: OutboundMessageJob; error: string }> = [];
    const onGiveUp = async (failure: (typeof given)[number]) => void given.push(failure);
    await worker(r.send, { onGiveUp });
    await worker(r.send, { onGiveUp });
    const id = await producer.enqueue(msg("800", "Tiket selesai"));
    const next = await producer.enqueue(msg("800", "Terima kasih"));
    await until(async () => (await producer.get(next))?.state === "sent");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(given).toEqual([{ id, message: msg("800", "Tiket selesai"), error: "chat not found" }]);
    expect(r.sent("800")).toEqual(["Terima kasih"]);
  });

  it("does not send the later parts of a message once one part failed for good", async () => {
    const { producer, worker } = setup();
    const r = recorder((m) => (m.text === "part 1" ? new Error("chat not found") : null));
    const given: OutboundMessageJob[] = [];
    await worker(r.send, { onGiveUp: async ({ message }) => void given.push(message) });
    const origin = { id: randomUUID(), kind: "operator_message" as const, text: "part 1 part 2" };
    const first = await producer.enqueue({ ...msg("900", "part 1"), origin });
    const second = await producer.enqueue({ ...msg("900", "part 2"), origin });
    const other = await producer.enqueue(msg("900", "Terima kasih"));
    await until(async () => (await producer.get(other))?.state === "sent");
    expect(r.sent("900")).toEqual(["Terima kasih"]);
    expect(given.map((m) => m.text)).toEqual(["part 1"]);
    expect(await producer.get(first)).toMatchObject({ state: "failed", tries: POLICY.attempts });
    expect(await producer.get(second)).toMatchObject({ state: "failed", tries: 0 });
  });
});
