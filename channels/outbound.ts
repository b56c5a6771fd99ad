/**
 * Outbound messages across replicas (REDIS_URL): messages that are not the reply to an inbound
 * update (officer replies in a handoff, ticket status changes, officer alerts) are enqueued on
 * BullMQ by the API replica that produced them and sent by a worker. Telegram jobs are sent by
 * `ROLE=worker` (a stateless Bot API client), WhatsApp jobs by `ROLE=whatsapp` (the one session).
 * Each channel has its own BullMQ prefix, so a worker only ever takes its channel's jobs.
 *
 * A chat's messages are sent in order; a failed try is retried (Telegram's `retry_after` is waited
 * out, other errors back off exponentially). A message that fails for good is logged here and
 * stays in BullMQ's failed list of its shard queue (`<prefix>:<channel>:outbound-<n>:failed`) for
 * 24 hours (at most 1000 per shard), where an operator can read or retry it.
 *
 * Without REDIS_URL none of this runs: the adapters deliver in-process, as before.
 */
import { Queue, QueueEvents } from "bullmq";
import { Redis } from "ioredis";
import type { Env } from "../src/config/env.js";
import type { Deliver, OutboundMessage } from "../src/notify/types.js";
import {
  type BullOutboundOptions,
  BullOutboundQueue,
  type OutboundMessageJob,
  type OutboundQueue,
  type OutboundWorker,
  type RetryPolicy,
  type SendOutbound,
  startOutboundWorker,
} from "../src/scale/outbound-queue.js";
import type { ChannelLog } from "./contract.js";
import { telegramRetryAfter } from "./telegram/bot.js";
import { telegramClient, telegramJobs, telegramSender } from "./telegram/outbound.js";
import type { WhatsAppAdapter } from "./whatsapp/client.js";
import { whatsappJobs, whatsappSender } from "./whatsapp/outbound.js";

export type OutboundChannel = "telegram" | "whatsapp";

/** Producers (`outboundQueues`) and workers of a channel must agree on this, and on `shards`. */
export function channelBull(bull: BullOutboundOptions, channel: OutboundChannel): BullOutboundOptions {
  return { ...bull, prefix: `${bull.prefix}:${channel}` };
}

export interface OutboundQueues extends Record<OutboundChannel, OutboundQueue> {
  close(): Promise<void>;
}

/**
 * The BullMQ producers of an API replica, one per channel.
 *
 * @example
 * const outbound = outboundQueues({ url: env.REDIS_URL, prefix: `${env.REDIS_KEY_PREFIX}bull` });
 */
export function outboundQueues(bull: BullOutboundOptions): OutboundQueues {
  const telegram = new BullOutboundQueue(channelBull(bull, "telegram"));
  const whatsapp = new BullOutboundQueue(channelBull(bull, "whatsapp"));
  return { telegram, whatsapp, close: async () => void (await Promise.all([telegram.close(), whatsapp.close()])) };
}

const enqueueAll = (queue: OutboundQueue, jobs: (m: OutboundMessage) => OutboundMessageJob[]): Deliver => {
  return async (message) => {
    for (const job of jobs(message)) await queue.enqueue(job);
  };
};

/**
 * The deliveries an API replica attaches to the notifier instead of the adapters' own: each
 * message is rendered as a direct delivery would render it and enqueued, one job per message part.
 * A delivery throws only when Redis refused the job (the notifier then keeps the message in the outbox).
 *
 * @example
 * const deliveries = outboundDeliveries(outbound);
 * notifier.attach("telegram", deliveries.telegram);
 */
export function outboundDeliveries(queues: Record<OutboundChannel, OutboundQueue>): Record<OutboundChannel, Deliver> {
  return { telegram: enqueueAll(queues.telegram, telegramJobs), whatsapp: enqueueAll(queues.whatsapp, whatsappJobs) };
}

export interface OutboundWorkerOptions {
  log: ChannelLog;
  /** Called once per message that failed for good (e.g. to count it); it is logged either way. */
  onFailed?: (job: OutboundMessageJob | null, error: string) => void;
  /** Overrides of the channel's retry policy. */
  retry?: RetryPolicy;
  /** Lock of a job in progress; a crashed worker's job is sent again after it (default 30 s). */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

const TELEGRAM_RETRY: RetryPolicy = { attempts: 5, backoffMs: 1000, retryAfter: telegramRetryAfter, maxWaitSeconds: 60 };
/** Longer back-off: a WhatsApp client that lost its connection reconnects within about a minute. */
const WHATSAPP_RETRY: RetryPolicy = { attempts: 6, backoffMs: 2000 };

/**
 * `ROLE=worker` (and `ROLE=all` with REDIS_URL): sends the queued Telegram messages through the Bot API.
 *
 * @example
 * const worker = await startTelegramOutboundWorker(env, bull, { log });
 * await worker.close();
 */
export async function startTelegramOutboundWorker(
  env: Pick<Env, "TELEGRAM_BOT_TOKEN" | "TELEGRAM_API_ROOT">,
  bull: BullOutboundOptions,
  options: OutboundWorkerOptions,
): Promise<OutboundWorker> {
  if (!env.TELEGRAM_BOT_TOKEN) throw new Error("the Telegram outbound worker needs TELEGRAM_BOT_TOKEN");
  const send = telegramSender(telegramClient(env.TELEGRAM_BOT_TOKEN, env.TELEGRAM_API_ROOT));
  return startChannelWorker("telegram", send, channelBull(bull, "telegram"), { ...TELEGRAM_RETRY, ...options.retry }, options);
}

/**
 * `ROLE=whatsapp` (and `ROLE=all` with REDIS_URL): sends the queued WhatsApp messages through this
 * process's session, spaced per chat by the adapter's queue. Start it after the adapter and close it before.
 *
 * @example
 * const worker = await startWhatsAppOutboundWorker(whatsappAdapter, bull, { log });
 */
export async function startWhatsAppOutboundWorker(
  whatsapp: Pick<WhatsAppAdapter, "sendText">,
  bull: BullOutboundOptions,
  options: OutboundWorkerOptions,
): Promise<OutboundWorker> {
  return startChannelWorker("whatsapp", whatsappSender(whatsapp), channelBull(bull, "whatsapp"), { ...WHATSAPP_RETRY, ...options.retry }, options);
}

async function startChannelWorker(
  channel: OutboundChannel,
  send: SendOutbound,
  bull: BullOutboundOptions,
  retry: RetryPolicy,
  options: OutboundWorkerOptions,
): Promise<OutboundWorker> {
  const failures = await watchFailures(channel, bull, options);
  const worker = await startOutboundWorker({
    ...bull,
    ...retry,
    send,
    ...(options.lockDurationMs ? { lockDurationMs: options.lockDurationMs } : {}),
    ...(options.stalledIntervalMs ? { stalledIntervalMs: options.stalledIntervalMs } : {}),
  });
  return {
    async close() {
      await worker.close();
      await failures.close();
    },
  };
}

/**
 * Logs each message that failed for good, from BullMQ's queue events (every worker replica of the
 * channel hears them). Shard queue names as in src/scale/outbound-queue.ts (`outbound-<n>`).
 */
async function watchFailures(channel: OutboundChannel, bull: BullOutboundOptions, options: OutboundWorkerOptions) {
  const redis = new Redis(bull.url, { maxRetriesPerRequest: null });
  const names = Array.from({ length: bull.shards ?? 8 }, (_, i) => `outbound-${i}`);
  const queues = names.map((name) => new Queue(name, { connection: redis, prefix: bull.prefix }));
  const events = names.map((name) => new QueueEvents(name, { connection: { url: bull.url }, prefix: bull.prefix }));
  for (const [i, ev] of events.entries()) {
    ev.on("failed", async ({ jobId, failedReason }) => {
      const job = (await queues[i]!.getJob(jobId).catch(() => undefined)) as { data?: { message?: OutboundMessageJob } } | undefined;
      const message = job?.data?.message ?? null;
      options.log.error(
        `[${channel}] outbound message ${jobId} to chat ${message?.chatId ?? "?"} was not sent and is given up: ${failedReason}. It stays in the failed list of ${bull.prefix}:${names[i]}.`,
      );
      options.onFailed?.(message, failedReason);
    });
  }
  await Promise.all(events.map((ev) => ev.waitUntilReady()));
  return {
    async close() {
      await Promise.all([...events, ...queues].map((x) => x.close()));
      redis.disconnect();
    },
  };
}
