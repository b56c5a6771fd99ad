import { randomUUID } from "node:crypto";

/** What a re-index reports (the shape of ingest's report; src does not import ingest). */
export interface ReindexResult {
  counts: Record<string, number>;
  problems: Array<{ file: string; problem: string }>;
  version: string | null;
  chunkCount: number;
}

/** Runs the incremental ingest; passed in from the composition root. */
export type ReindexFn = (onProgress: (done: number, total: number) => void) => Promise<ReindexResult>;

export type JobStatus = "queued" | "running" | "done" | "failed";

/** A re-index job as `GET /api/admin/jobs/:id` shows it. */
export interface Job {
  id: string;
  status: JobStatus;
  reason: string;
  progress: { done: number; total: number };
  counts: Record<string, number> | null;
  problems: Array<{ file: string; problem: string }>;
  version: string | null;
  error: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

/**
 * Where re-index jobs are started and read back: in-process ({@link InProcessReindexQueue}) or
 * shared by replicas through BullMQ (src/scale/reindex-queue.ts). One job runs at a time.
 */
export interface ReindexQueue {
  /** Starts a job, or returns the one queued or running (see {@link ReindexJobs.start} for `followUp`). */
  start(reason: string, followUp?: boolean): Promise<Job>;
  get(id: string): Promise<Job | null>;
  /** The most recently started job, for the console overview. */
  latest(): Promise<Job | null>;
  /** Resolves when the job has finished (done or failed), or with null for an unknown job. */
  wait(id: string): Promise<Job | null>;
  close(): Promise<void>;
}

/** True for a job that will not change any more. */
export function isFinished(job: Job | null): boolean {
  return job === null || job.status === "done" || job.status === "failed";
}

/**
 * Background re-index jobs, one at a time: while one is queued or running, `start` returns it.
 * The job runs the ingest, then `swap()` (the live index reload); requests keep being answered
 * from the old index until the swap.
 *
 * @example
 * const jobs = new ReindexJobs(reindex, () => services.index.reload());
 * const job = jobs.start("manual"); await jobs.wait(job.id); jobs.get(job.id)?.status // "done"
 */
export class ReindexJobs {
  private readonly jobs = new Map<string, Job>();
  private running: Job | null = null;
  private queued: Job | null = null;
  private current: Promise<void> = Promise.resolve();

  constructor(
    private readonly reindex: ReindexFn,
    private readonly swap: () => void,
  ) {}

  /**
   * Starts a job, or returns the one running. With `followUp` (a corpus change), a change made
   * while a job runs gets one queued job that starts when the running one ends.
   */
  start(reason: string, followUp = false): Job {
    if (this.running) {
      if (!followUp) return { ...this.running };
      this.queued ??= this.create(reason);
      return { ...this.queued };
    }
    const job = this.create(reason);
    this.launch(job);
    return { ...job };
  }

  private create(reason: string): Job {
    const job: Job = {
      id: `job_${randomUUID().slice(0, 8)}`,
      status: "queued",
      reason,
      progress: { done: 0, total: 0 },
      counts: null,
      problems: [],
      version: null,
      error: null,
      startedAt: null,
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    return job;
  }

  private launch(job: Job): void {
    this.running = job;
    this.current = new Promise<void>((resolve) => setImmediate(() => void this.run(job).finally(resolve))).then(() => {
      this.running = null;
      const next = this.queued;
      this.queued = null;
      if (next) this.launch(next);
    });
  }

  get(id: string): Job | null {
    const job = this.jobs.get(id);
    return job ? { ...job } : null;
  }

  /** The latest job, for the console overview. */
  latest(): Job | null {
    const all = [...this.jobs.values()];
    return all.length ? { ...all[all.length - 1]! } : null;
  }

  /** Resolves when the job has finished (done or failed). */
  async wait(id: string): Promise<Job | null> {
    for (;;) {
      const job = this.jobs.get(id);
      if (!job || isFinished(job)) return this.get(id);
      await this.current;
      await new Promise((r) => setImmediate(r));
    }
  }

  private async run(job: Job): Promise<void> {
    job.status = "running";
    job.startedAt = new Date().toISOString();
    try {
      const report = await this.reindex((done, total) => (job.progress = { done, total }));
      this.swap();
      Object.assign(job, { status: "done", counts: report.counts, problems: report.problems, version: report.version });
    } catch (err) {
      Object.assign(job, { status: "failed", error: (err as Error).message });
    } finally {
      job.finishedAt = new Date().toISOString();
    }
  }
}

/**
 * {@link ReindexJobs} behind the {@link ReindexQueue} interface: the queue of a single process
 * (no REDIS_URL). Jobs run here and their status lives in memory.
 *
 * @example
 * const queue = new InProcessReindexQueue(new ReindexJobs(reindex, () => services.index.reload()));
 * const job = await queue.start("manual"); (await queue.wait(job.id))?.status // "done"
 */
export class InProcessReindexQueue implements ReindexQueue {
  constructor(readonly jobs: ReindexJobs) {}

  async start(reason: string, followUp = false): Promise<Job> {
    return this.jobs.start(reason, followUp);
  }

  async get(id: string): Promise<Job | null> {
    return this.jobs.get(id);
  }

  async latest(): Promise<Job | null> {
    return this.jobs.latest();
  }

  wait(id: string): Promise<Job | null> {
    return this.jobs.wait(id);
  }

  /** Lets the job in progress finish (a job cannot be interrupted). */
  async close(): Promise<void> {
    const latest = this.jobs.latest();
    if (latest) await this.jobs.wait(latest.id);
  }
}
