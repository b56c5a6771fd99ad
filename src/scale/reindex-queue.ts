/**
 * Re-index jobs shared by replicas through BullMQ: an API replica enqueues, a worker process
 * (`ROLE=worker`) runs the ingest, and any replica reads status, progress and result back.
 * One job runs at a time across all replicas (global concurrency 1), and at most one more waits.
 */
import { randomUUID } from "node:crypto";
import { type Job as BullJob, type JobState, Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { isFinished, type Job, type JobStatus, type ReindexFn, type ReindexQueue, type ReindexResult } from "../admin/jobs.js";

/** Where the BullMQ keys live. */
export interface BullConnection {
  url: string;
  /** BullMQ key prefix, e.g. `layanan-tanya:bull` (REDIS_KEY_PREFIX + "bull"). */
  prefix: string;
}

const QUEUE = "reindex";
/** How many finished jobs Redis keeps for the console. */
const KEEP = { count: 100 };
/** Serialises `start` across replicas, so two requests cannot both enqueue. */
const START_LOCK_MS = 5_000;

interface ReindexData {
  reason: string;
}

type BullReindexJob = BullJob<ReindexData, ReindexResult>;

const STATUS: Partial<Record<JobState | "unknown", JobStatus>> = { active: "running", completed: "done", failed: "failed" };

/**
 * A BullMQ job as `GET /api/admin/jobs/:id` shows it (the shape of the in-process {@link Job}).
 * The state is read first and a finished job is read again, so a job that finished in between
 * never shows "done" without its result.
 */
async function toJob(queue: Queue<ReindexData, ReindexResult>, fetched: BullReindexJob): Promise<Job> {
  const status = STATUS[await fetched.getState()] ?? "queued";
  const job = status === "done" || status === "failed" ? (((await queue.getJob(fetched.id!)) as BullReindexJob | undefined) ?? fetched) : fetched;
  const progress = job.progress as { done?: number; total?: number } | number;
  const result = status === "done" ? job.returnvalue : null;
  return {
    id: job.id!,
    status,
    reason: job.data.reason,
    progress: typeof progress === "object" ? { done: progress.done ?? 0, total: progress.total ?? 0 } : { done: 0, total: 0 },
    counts: result?.counts ?? null,
    problems: result?.problems ?? [],
    version: result?.version ?? null,
    error: status === "failed" ? (job.failedReason ?? "failed") : null,
    startedAt: job.processedOn ? new Date(job.processedOn).toISOString() : null,
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

/**
 * The API side: starts jobs and reads them back. Any number of replicas may hold one.
 *
 * @example
 * const jobs = new BullReindexQueue({ url: env.REDIS_URL, prefix: `${env.REDIS_KEY_PREFIX}bull` });
 * const job = await jobs.start("manual"); // a second replica's start returns the same job
 */
export class BullReindexQueue implements ReindexQueue {
  private readonly redis: Redis;
  private readonly queue: Queue<ReindexData, ReindexResult>;

  constructor(
    private readonly connection: BullConnection,
    private readonly pollMs = 200,
  ) {
    this.redis = new Redis(connection.url, { maxRetriesPerRequest: null });
    this.queue = new Queue(QUEUE, { connection: this.redis, prefix: connection.prefix });
  }

  async start(reason: string, followUp = false): Promise<Job> {
    return this.locked(async () => {
      const pending = (await this.queue.getJobs(["active", "waiting", "prioritized", "delayed"])) as BullReindexJob[];
      pending.sort((a, b) => a.timestamp - b.timestamp);
      const [launched, queued] = pending;
      if (launched && !followUp) return toJob(this.queue, launched);
      if (launched && queued) return toJob(this.queue, queued);
      const id = `job_${randomUUID().slice(0, 8)}`;
      const job = await this.queue.add("reindex", { reason }, { jobId: id, removeOnComplete: KEEP, removeOnFail: KEEP });
      return toJob(this.queue, job);
    });
  }

  async get(id: string): Promise<Job | null> {
    const job = (await this.queue.getJob(id)) as BullReindexJob | undefined;
    return job ? toJob(this.queue, job) : null;
  }

  async latest(): Promise<Job | null> {
    const jobs = (await this.queue.getJobs(["active", "waiting", "prioritized", "delayed", "completed", "failed"], 0, 4)) as BullReindexJob[];
    const newest = jobs.filter(Boolean).sort((a, b) => b.timestamp - a.timestamp)[0];
    return newest ? toJob(this.queue, newest) : null;
  }

  /** Polls Redis until the job has finished (a worker in another process runs it). */
  async wait(id: string): Promise<Job | null> {
    for (;;) {
      const job = await this.get(id);
      if (isFinished(job)) return job;
      await new Promise((r) => setTimeout(r, this.pollMs));
    }
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.redis.disconnect();
  }

  /** Runs `fn` while holding a short Redis lock shared by every replica's queue. */
  private async locked<T>(fn: () => Promise<T>): Promise<T> {
    const key = `${this.connection.prefix}:${QUEUE}:start-lock`;
    const token = randomUUID();
    const deadline = Date.now() + START_LOCK_MS;
    while ((await this.redis.set(key, token, "PX", START_LOCK_MS, "NX")) !== "OK") {
      if (Date.now() > deadline) throw new Error("re-index queue: could not take the start lock");
      await new Promise((r) => setTimeout(r, 20));
    }
    try {
      return await fn();
    } finally {
      if ((await this.redis.get(key)) === token) await this.redis.del(key);
    }
  }
}

export interface ReindexWorkerOptions {
  /** Runs the incremental ingest (the same function the in-process queue runs). */
  reindex: ReindexFn;
  /** After a successful ingest, e.g. reload this process's index (other replicas follow the index notify). */
  swap?: () => void;
  /** A job whose worker stopped renewing its lock this long ago runs again elsewhere (default 30 s). */
  lockDurationMs?: number;
  /** How often stalled jobs are looked for (default 30 s). */
  stalledIntervalMs?: number;
}

/** A running re-index worker. */
export interface ReindexWorker {
  /** Finishes the job in progress, then stops; `force` stops at once (the job runs again after its lock expires). */
  close(force?: boolean): Promise<void>;
}

/**
 * The worker side (`ROLE=worker`): runs queued jobs one at a time, reporting progress to Redis.
 * Global concurrency 1 keeps a second worker replica from starting the queued follow-up early.
 *
 * @example
 * const worker = await startReindexWorker({ url: env.REDIS_URL, prefix: `${env.REDIS_KEY_PREFIX}bull` }, { reindex });
 */
export async function startReindexWorker(connection: BullConnection, options: ReindexWorkerOptions): Promise<ReindexWorker> {
  const redis = new Redis(connection.url, { maxRetriesPerRequest: null });
  const queue = new Queue(QUEUE, { connection: redis, prefix: connection.prefix });
  await queue.setGlobalConcurrency(1);
  const worker = new Worker<ReindexData, ReindexResult>(
    QUEUE,
    async (job) => {
      let reported: Promise<unknown> = Promise.resolve();
      const report = await options.reindex((done, total) => {
        reported = reported.then(() => job.updateProgress({ done, total })).catch(() => undefined);
      });
      await reported; // the last progress lands before the result
      options.swap?.();
      return report;
    },
    {
      connection: redis,
      prefix: connection.prefix,
      concurrency: 1,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? 30_000,
    },
  );
  await worker.waitUntilReady();
  return {
    async close(force = false) {
      await worker.close(force);
      await queue.close();
      redis.disconnect();
    },
  };
}
