import { randomUUID } from "node:crypto";
import { Queue } from "bullmq";
import { afterEach, describe, expect, it } from "vitest";
import { InProcessReindexQueue, ReindexJobs, type ReindexFn, type ReindexQueue, type ReindexResult } from "../../src/admin/jobs.js";
import { connectRedis } from "../../src/scale/redis.js";
import { BullReindexQueue, startReindexWorker } from "../../src/scale/reindex-queue.js";
import { REDIS_TEST_URL, redisAvailable } from "./redis-helper.js";

const available = await redisAvailable();

/** Two replicas' views of one re-index queue; every worker in the harness runs `reindex`. */
interface Harness {
  clients: [ReindexQueue, ReindexQueue];
  cleanup(): Promise<void>;
}

type Factory = (reindex: ReindexFn, swap: () => void) => Promise<Harness>;

const inProcess: Factory = async (reindex, swap) => {
  const jobs = new ReindexJobs(reindex, swap);
  const clients: [ReindexQueue, ReindexQueue] = [new InProcessReindexQueue(jobs), new InProcessReindexQueue(jobs)];
  return { clients, cleanup: () => clients[0].close() };
};

/** Two API replicas and two worker replicas over one Redis, under a prefix unique to the test. */
const bull: Factory = async (reindex, swap) => {
  const connection = { url: REDIS_TEST_URL, prefix: `lt-test-${randomUUID()}` };
  const clients: [BullReindexQueue, BullReindexQueue] = [new BullReindexQueue(connection, 20), new BullReindexQueue(connection, 20)];
  const workers = [await startReindexWorker(connection, { reindex, swap }), await startReindexWorker(connection, { reindex, swap })];
  return {
    clients,
    async cleanup() {
      for (const w of workers) await w.close(true);
      for (const c of clients) await c.close();
      const admin = new Queue("reindex", { connection: { url: REDIS_TEST_URL }, prefix: connection.prefix });
      await admin.obliterate({ force: true });
      await admin.close();
      const redis = await connectRedis({ url: REDIS_TEST_URL });
      const left = await redis.keys(`${connection.prefix}*`);
      if (left.length) await redis.del(...left);
      redis.disconnect();
    },
  };
};

const REPORT: ReindexResult = {
  counts: { added: 2, updated: 1, removed: 0 },
  problems: [{ file: "x.pdf", problem: "no text" }],
  version: "v42",
  chunkCount: 9,
};

/** A fake ingest that reports progress, then waits until the test releases it. */
function gatedReindex() {
  let running = 0;
  let maxRunning = 0;
  let runs = 0;
  const gates: Array<() => void> = [];
  const reindex: ReindexFn = async (onProgress) => {
    runs++;
    running++;
    maxRunning = Math.max(maxRunning, running);
    onProgress(1, 3);
    await new Promise<void>((resolve) => gates.push(resolve));
    onProgress(3, 3);
    running--;
    return { ...REPORT, version: `v${runs}` };
  };
  return {
    reindex,
    stats: () => ({ running, maxRunning, runs }),
    /** Resolves when `n` runs have started and are waiting to be released. */
    async started(n: number) {
      await until(() => gates.length >= n);
    },
    release() {
      for (const g of gates.splice(0)) g();
    },
  };
}

async function until(ok: () => boolean | Promise<boolean>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

const implementations: Array<[string, Factory, boolean]> = [
  ["in-process", inProcess, true],
  ["BullMQ", bull, available],
];

describe.each(implementations)("re-index queue (%s)", (_name, factory, enabled) => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });
  async function setup(reindex: ReindexFn, swap: () => void = () => undefined) {
    const h = await factory(reindex, swap);
    cleanup = h.cleanup;
    return h.clients;
  }

  it.skipIf(!enabled)("runs one re-index at a time: both replicas get the same job while it runs", async () => {
    const fake = gatedReindex();
    const [a, b] = await setup(fake.reindex);
    const [first, second] = await Promise.all([a.start("manual"), b.start("manual")]);
    expect(second.id).toBe(first.id);
    expect(first.id).toMatch(/^job_[0-9a-f]{8}$/);
    await fake.started(1);
    expect((await b.start("manual")).id).toBe(first.id);
    fake.release();
    expect((await a.wait(first.id))?.status).toBe("done");
    expect(fake.stats()).toMatchObject({ runs: 1, maxRunning: 1 });
  });

  it.skipIf(!enabled)("shows progress and the result to another replica", async () => {
    const fake = gatedReindex();
    let swaps = 0;
    const [a, b] = await setup(fake.reindex, () => swaps++);
    const { id } = await a.start("manual");
    await fake.started(1);
    await until(async () => (await b.get(id))?.progress.done === 1);
    expect(await b.get(id)).toMatchObject({ id, status: "running", reason: "manual", progress: { done: 1, total: 3 }, counts: null, finishedAt: null });
    expect(typeof (await b.get(id))?.startedAt).toBe("string");
    fake.release();
    const done = await b.wait(id);
    expect(done).toMatchObject({
      id,
      status: "done",
      progress: { done: 3, total: 3 },
      counts: REPORT.counts,
      problems: REPORT.problems,
      version: "v1",
      error: null,
    });
    expect(typeof done?.finishedAt).toBe("string");
    expect((await a.latest())?.id).toBe(id);
    expect(swaps).toBe(1);
  });

  it.skipIf(!enabled)("queues one follow-up behind the running job and runs it after, never two at once", async () => {
    const fake = gatedReindex();
    const [a, b] = await setup(fake.reindex);
    const running = await a.start("manual");
    await fake.started(1);
    const follow = await b.start("upload kendari-8-2026", true);
    expect(follow.id).not.toBe(running.id);
    expect(follow.status).toBe("queued");
    expect((await a.start("delete kendari-9-2026", true)).id).toBe(follow.id); // one follow-up, shared
    expect((await a.start("manual")).id).toBe(running.id);
    await new Promise((r) => setTimeout(r, 100)); // a second worker replica is idle but must not start it
    expect(fake.stats()).toMatchObject({ running: 1, runs: 1 });
    fake.release();
    await fake.started(1);
    expect((await a.get(running.id))?.status).toBe("done");
    fake.release();
    expect(await b.wait(follow.id)).toMatchObject({ status: "done", reason: "upload kendari-8-2026", version: "v2" });
    expect(fake.stats().maxRunning).toBe(1);
    expect((await b.latest())?.id).toBe(follow.id);
  });

  it.skipIf(!enabled)("marks a failed ingest failed with its message, and the next start runs a new job", async () => {
    let fail = true;
    const [a, b] = await setup(async () => {
      if (fail) throw new Error("embedder unreachable");
      return REPORT;
    });
    const { id } = await a.start("manual");
    expect(await b.wait(id)).toMatchObject({ id, status: "failed", error: "embedder unreachable", counts: null, version: null });
    fail = false;
    const next = await b.start("manual");
    expect(next.id).not.toBe(id);
    expect((await a.wait(next.id))?.status).toBe("done");
  });

  it.skipIf(!enabled)("answers an unknown job with null", async () => {
    const [a] = await setup(async () => REPORT);
    expect(await a.get("job_00000000")).toBeNull();
    expect(await a.latest()).toBeNull();
  });
});
