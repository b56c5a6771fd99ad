/**
 * Outbound messages across replicas (REDIS_URL): messages that are not the reply to an inbound
 * update (officer replies in a handoff, ticket status changes, officer alerts) are enqueued on
 * BullMQ by the API replica that produced them and sent by a worker. Telegram jobs are sent by
 * `ROLE=worker` (a stateless Bot API client), WhatsApp jobs by `ROLE=whatsapp` (the one session).
 * Each channel has its own BullMQ prefix, so a worker only ever takes its channel's jobs.
 *
 * A chat's messages are sent in order; a failed try is retried (Telegram's `retry_after` is waited
 * out, other errors back off exponentially). A message that fails for good (e.g. WhatsApp after
 * about a minute of a QR re-login) is kept in the outbox by `onGiveUp`, as the notifier keeps a
 * failed direct delivery, and handed over with the citizen's next reply; the later parts of a
 * long message are then not sent. It is logged (job id and channel, no chat id or text) and
 * counted once, by the worker replica that tried it. Jobs hold chat ids and texts, so BullMQ
 * drops a sent job at once and a failed one after an hour (see src/scale/outbound-queue.ts).
 *
 * Without REDIS_URL none of this runs: the adapters deliver in-process, as before.
 */
import type { Env } from "../src/config/env.js";
import type { Deliver, OutboundMessage } from "../src/notify/types.js";
import { maskPersonalData } from "../src/privacy/mask.js";
import { type BullOutboundOptions, BullOutboundQueue, startOutboundWorker } from "../src/scale/outbound-bull.js";
import type { OutboundMessageJob, OutboundQueue, OutboundWorker, RetryPolicy, SendOutbound } from "../src/scale/outbound-queue.js";
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
  /** Called once per job that failed for good, whichever replica ran it (e.g. to count it); it is logged either way. */
  onFailed?: (job: OutboundMessageJob, error: string) => void;
  /**
   * Keeps a message whose job failed for good for the citizen's next reply (the notifier's outbox),
   * with its text as written: e.g. `(m) => forms.notifier.keep(m)`. Called once per message.
   */
  onGiveUp?: (message: OutboundMessage) => Promise<void>;
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
  return startOutboundWorker({
    ...bull,
    ...retry,
    send,
    onGiveUp: (failure) => giveUp(channel, failure, options),
    ...(options.lockDurationMs ? { lockDurationMs: options.lockDurationMs } : {}),
    ...(options.stalledIntervalMs ? { stalledIntervalMs: options.stalledIntervalMs } : {}),
  });
}

/** A job that failed for good, on the replica that ran it: kept for the next reply, logged without personal data, counted. */
async function giveUp(channel: OutboundChannel, failure: { id: string; message: OutboundMessageJob; error: string }, options: OutboundWorkerOptions) {
  const { id, message: job } = failure;
  const error = maskPersonalData(failure.error).text;
  let kept = options.onGiveUp ? "it has no message to keep" : "it is not kept (no outbox attached)";
  if (options.onGiveUp && job.origin) {
    const message: OutboundMessage = { channel, userId: job.chatId, kind: job.origin.kind, text: job.origin.text };
    kept = await options.onGiveUp(message).then(
      () => "it is kept in the outbox for the next reply",
      (err: unknown) => `keeping it in the outbox failed too: ${maskPersonalData(err instanceof Error ? err.message : String(err)).text}`,
    );
  }
  options.log.error(`[${channel}] outbound message ${id} was not sent and is given up: ${error}; ${kept}.`);
  options.onFailed?.(job, failure.error);
}
