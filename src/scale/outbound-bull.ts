/**
 * The BullMQ outbound queue: API replicas enqueue, worker processes send (see `outbound-queue.ts`
 * for the contract). Chats are spread over shard queues, each worked with concurrency 1, so a
 * chat's messages keep their order across worker replicas.
 *
 * A job holds a chat id and text (personal data), so BullMQ keeps it no longer than needed: a sent
 * job is removed at once (only its status, without chat or text, stays for an hour), a failed one
 * stays an hour (at most 100 per shard) since the worker hands it to `onGiveUp` (the outbox).
 */
import { randomUUID } from "node:crypto";
import { type Job as BullJob, Queue, UnrecoverableError, Worker } from "bullmq";
import { Redis } from "ioredis";
import {
  chatKey,
  errorText,
  type OutboundMessageJob,
  type OutboundQueue,
  type OutboundState,
  type OutboundStatus,
  type OutboundWorker,
  type RetryPolicy,
  retryDelay,
  type SendOutbound,
} from "./outbound-queue.js";
import type { BullConnection } from "./reindex-queue.js";

/** Data of a BullMQ job: the message and its failed tries (kept with the job across processes). */
interface OutboundData {
  message: OutboundMessageJob;
  tries: number;
  error: string | null;
}

export interface BullOutboundOptions extends BullConnection {
  /** Queues the chats are spread over (hash of the chat); producers and workers must agree (default 8). */
  shards?: number;
}

/** FNV-1a of the chat key, mod the shard count: a chat always lands in the same queue. */
export function shardOf(m: OutboundMessageJob, shards: number): number {
  let h = 0x811c9dc5;
  for (const ch of chatKey(m)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h % shards;
}

const shardName = (i: number) => `outbound-${i}`;
/** A failed job (chat id and text) stays this long: its message is in the outbox by then. */
const KEEP_FAILED = { age: 3600, count: 100 };
/** The status of a sent job (tries and last error, no chat or text) stays this long, in seconds. */
const SENT_STATUS_TTL = 3600;
/** A message whose part failed for good is remembered this long, so its later parts are skipped. */
const GIVEN_UP_TTL = 24 * 3600;
const sentKey = (o: BullConnection, id: string) => `${o.prefix}:outbound-sent:${id}`;
const givenUpKey = (o: BullConnection, originId: string) => `${o.prefix}:outbound-given-up:${originId}`;

function shardQueues(redis: Redis, o: BullOutboundOptions): Queue<OutboundData>[] {
  return Array.from({ length: o.shards ?? 8 }, (_, i) => new Queue<OutboundData>(shardName(i), { connection: redis, prefix: o.prefix }));
}

/**
 * The producer over BullMQ: a chat's messages go to one shard queue, in order.
 *
 * @example
 * const outbound = new BullOutboundQueue({ url: env.REDIS_URL, prefix: `${env.REDIS_KEY_PREFIX}bull` });
 * await outbound.enqueue({ channel: "telegram", chatId: "42", text: "Tiket Anda selesai." });
 */
export class BullOutboundQueue implements OutboundQueue {
  private readonly redis: Redis;
  private readonly queues: Queue<OutboundData>[];

  constructor(private readonly options: BullOutboundOptions) {
    this.redis = new Redis(options.url, { maxRetriesPerRequest: null });
    this.queues = shardQueues(this.redis, options);
  }

  async enqueue(m: OutboundMessageJob): Promise<string> {
    const shard = shardOf(m, this.queues.length);
    const id = `s${shard}-${randomUUID()}`;
    await this.queues[shard]!.add("send", { message: m, tries: 0, error: null }, { jobId: id, removeOnComplete: true, removeOnFail: KEEP_FAILED });
    return id;
  }

  async get(id: string): Promise<OutboundStatus | null> {
    const queue = this.queues[Number(/^s(\d+)-/.exec(id)?.[1] ?? -1)];
    const job = (await queue?.getJob(id)) as BullJob<OutboundData> | undefined;
    if (!job) return queue ? this.sentStatus(id) : null;
    const state = await job.getState();
    const fresh = ((await queue!.getJob(id)) as BullJob<OutboundData> | undefined) ?? job; // read after the state: a finished job's data is final
    const { tries, error } = fresh.data;
    const mapped: OutboundState =
      state === "completed" ? "sent" : state === "failed" ? "failed" : state === "active" ? "active" : tries > 0 ? "retrying" : "waiting";
    return { id, state: mapped, tries, error };
  }

  async close(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close()));
    this.redis.disconnect();
  }

  /** A sent job is removed at once; the worker left its status behind. */
  private async sentStatus(id: string): Promise<OutboundStatus | null> {
    const raw = await this.redis.get(sentKey(this.options, id));
    if (!raw) return null;
    const { tries, error } = JSON.parse(raw) as Pick<OutboundData, "tries" | "error">;
    return { id, state: "sent", tries, error };
  }
}

export interface BullOutboundWorkerOptions extends BullOutboundOptions, RetryPolicy {
  send: SendOutbound;
  /**
   * Called once for a message that failed for good, by the worker replica that tried it last, before
   * the job moves to the failed list (e.g. to keep it in the outbox, log and count it). A rejection is ignored.
   */
  onGiveUp?: (failure: { id: string; message: OutboundMessageJob; error: string }) => Promise<void>;
  /** A crashed worker's message is sent again after its lock expires (default 30 s). */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

export interface BullOutboundWorker extends OutboundWorker {
  /** `force`: stop at once, as a crash would; the message in progress is sent again once its lock expires. */
  close(force?: boolean): Promise<void>;
}

/**
 * The consumer (`ROLE=worker`): one worker per shard, concurrency 1 and global concurrency 1, so a
 * chat's messages are sent in order even with several worker replicas. A failed try pauses the
 * shard (queue rate limit) and puts the job back at the head of its queue instead of letting a
 * later message pass it: `retry_after` and the exponential back-off both keep the order.
 *
 * @example
 * const worker = await startOutboundWorker({ url: env.REDIS_URL, prefix, send, retryAfter: telegramRetryAfter });
 */
export async function startOutboundWorker(o: BullOutboundWorkerOptions): Promise<BullOutboundWorker> {
  const redis = new Redis(o.url, { maxRetriesPerRequest: null });
  const queues = shardQueues(redis, o);
  await Promise.all(queues.map((q) => q.setGlobalConcurrency(1)));
  const workers = queues.map(
    (queue, i) =>
      new Worker<OutboundData>(
        shardName(i),
        async (job) => {
          const m = job.data.message;
          if (m.origin && (await redis.exists(givenUpKey(o, m.origin.id)))) {
            throw new UnrecoverableError("not sent: an earlier part of its message failed, and the whole message was kept");
          }
          try {
            await o.send(m);
          } catch (err) {
            const tries = job.data.tries + 1;
            await job.updateData({ ...job.data, tries, error: errorText(err) });
            const delay = retryDelay(err, tries, o);
            if (delay === null) {
              // Here, not from QueueEvents: only this replica ran the job, so it is kept (and counted) once.
              await o.onGiveUp?.({ id: String(job.id), message: m, error: errorText(err) }).catch(() => undefined);
              if (m.origin) await redis.set(givenUpKey(o, m.origin.id), "1", "EX", GIVEN_UP_TTL);
              throw new UnrecoverableError(errorText(err));
            }
            await queue.rateLimit(delay);
            throw Worker.RateLimitError();
          }
          const status: Pick<OutboundData, "tries" | "error"> = { tries: job.data.tries, error: job.data.error };
          await redis.set(sentKey(o, String(job.id)), JSON.stringify(status), "EX", SENT_STATUS_TTL).catch(() => undefined); // sent: never retry
        },
        {
          connection: redis,
          prefix: o.prefix,
          concurrency: 1,
          // A limiter must be set for the manual rate limit above to hold the shard; this one never binds.
          limiter: { max: 1_000_000, duration: 1000 },
          lockDuration: o.lockDurationMs ?? 30_000,
          stalledInterval: o.stalledIntervalMs ?? 30_000,
        },
      ),
  );
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  return {
    async close(force = false) {
      await Promise.all(workers.map((w) => w.close(force)));
      await Promise.all(queues.map((q) => q.close()));
      redis.disconnect();
    },
  };
}
