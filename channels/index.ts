/**
 * Starts the enabled channels over the shared engine. A channel that fails to start is logged and
 * left out; the API and the other channels keep running.
 */
import type { Engine } from "../src/answer/engine.js";
import type { Env } from "../src/config/env.js";
import { dataPaths } from "../src/config/paths.js";
import type { RouteRegistrar } from "../src/http/app.js";
import type { Notifier } from "../src/notify/types.js";
import { acquireLock, LockHeldError } from "../src/scale/lock.js";
import type { RedisClient } from "../src/scale/redis.js";
import type { Db } from "../src/store/database.js";
import type { ChannelAdapter, ChannelLog } from "./contract.js";
import { redisDedupe, dbDedupe } from "./dedupe.js";
import { TelegramAdapter, type TelegramOptions } from "./telegram/bot.js";
import { telegramWebhook, webhookPath } from "./telegram/webhook.js";
import { WhatsAppAdapter, type WhatsAppOptions } from "./whatsapp/client.js";
import { printQrInTerminal, whatsappWebFactory } from "./whatsapp/factory.js";

export interface StartChannelsOptions {
  env: Env;
  engine: Engine;
  db: Db;
  notifier?: Notifier;
  /** Shared by replicas (REDIS_URL): Telegram dedupe across them, one WhatsApp process per number. */
  redis?: RedisClient;
  /** Lets Telegram close a handoff a group message opened (it continues in the private chat). */
  handoffs?: TelegramOptions["handoffs"];
  log: ChannelLog;
  /** How long to wait for each channel before serving anyway (default 15 s). */
  startWaitMs?: number;
  /** Test seams: a fake WhatsApp client factory, timers, sleep, a known Telegram bot identity. */
  telegram?: Partial<Pick<TelegramOptions, "sleep" | "botInfo">>;
  whatsapp?: Partial<Pick<WhatsAppOptions, "factory" | "timers" | "sleep" | "minIntervalMs" | "reconnect" | "printQr">>;
}

export interface Channels {
  /** The adapters that started. */
  adapters: ChannelAdapter[];
  /** Routes to mount on the app (the Telegram webhook in webhook mode). */
  registrars: RouteRegistrar[];
  stop(): Promise<void>;
}

/** How long the API waits for a channel to start before serving anyway (a WhatsApp QR login can take minutes). */
const START_WAIT_MS = 15_000;

async function tryStart(adapter: ChannelAdapter, log: ChannelLog, waitMs: number): Promise<boolean> {
  const starting = adapter.start();
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<"waiting">((resolve) => {
    timer = setTimeout(() => resolve("waiting"), waitMs);
  });
  try {
    const outcome = await Promise.race([starting.then(() => "started" as const), waited]);
    if (outcome === "waiting") {
      log.info(`[channels] ${adapter.name} is still starting after ${waitMs} ms; the API serves now and the channel comes up in the background.`);
      starting.then(
        () => log.info(`[channels] ${adapter.name} started: ${adapter.health().detail}`),
        (err: unknown) =>
          log.error(`[channels] ${adapter.name} failed to start and is disabled: ${(err as Error).message}. The API and other channels keep running.`),
      );
      return true;
    }
    log.info(`[channels] ${adapter.name} started: ${adapter.health().detail}`);
    return true;
  } catch (err) {
    log.error(`[channels] ${adapter.name} failed to start and is disabled: ${(err as Error).message}. The API and other channels keep running.`);
    await adapter.stop().catch(() => undefined);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One WhatsApp process per number: a Redis lock per deployment (REDIS_KEY_PREFIX; one number each).
 * A second process refuses to start the browser and says who holds the session.
 */
function whatsappLock(redis: RedisClient, log: ChannelLog): WhatsAppOptions["lock"] {
  return async () => {
    try {
      return await acquireLock(redis, "lock:whatsapp:session", {
        onLost: () => log.error("[whatsapp] the session lock was lost: another process may now start this number"),
      });
    } catch (err) {
      if (!(err instanceof LockHeldError)) throw err;
      throw new Error(`this WhatsApp number is already served by another process (${err.holder}); only one process may hold its session`);
    }
  };
}

/**
 * Telegram when TELEGRAM_BOT_TOKEN is set; WhatsApp when WHATSAPP_ENABLED.
 *
 * @example
 * const channels = await startChannels({ env, engine: services.engine, db: services.db, log: console });
 * const app = createApp(deps, channels.registrars);
 */
export async function startChannels(options: StartChannelsOptions): Promise<Channels> {
  const { env, engine, db, notifier, log } = options;
  const pending: Array<{ adapter: ChannelAdapter; registrar?: RouteRegistrar; attach?: () => void }> = [];

  if (env.TELEGRAM_BOT_TOKEN) {
    const telegram = new TelegramAdapter({
      token: env.TELEGRAM_BOT_TOKEN,
      apiRoot: env.TELEGRAM_API_ROOT,
      webhookUrl: env.TELEGRAM_WEBHOOK_URL,
      webhookSecret: env.TELEGRAM_WEBHOOK_SECRET,
      engine,
      dedupe: options.redis ? redisDedupe(options.redis, "telegram") : dbDedupe(db, "telegram"),
      log,
      notifier,
      ...(options.handoffs ? { handoffs: options.handoffs } : {}),
      ...options.telegram,
    });
    pending.push({
      adapter: telegram,
      registrar: env.TELEGRAM_WEBHOOK_URL
        ? telegramWebhook(telegram, { path: webhookPath(env.TELEGRAM_WEBHOOK_URL), secret: env.TELEGRAM_WEBHOOK_SECRET })
        : undefined,
      attach: () => notifier?.attach("telegram", telegram.deliver),
    });
  }

  if (env.WHATSAPP_ENABLED) {
    const whatsapp = new WhatsAppAdapter({
      factory: whatsappWebFactory({ authDir: dataPaths(env).whatsappAuth, chromiumPath: env.WHATSAPP_CHROMIUM_PATH }),
      printQr: (qr) => void printQrInTerminal(qr).catch(() => log.info(`[whatsapp] QR: ${qr}`)),
      engine,
      dedupe: dbDedupe(db, "whatsapp"),
      ...(options.redis ? { lock: whatsappLock(options.redis, log) } : {}),
      log,
      notifier,
      ...options.whatsapp,
    });
    pending.push({ adapter: whatsapp, attach: () => notifier?.attach("whatsapp", whatsapp.deliver) });
  }

  const started = await Promise.all(pending.map(async (p) => ((await tryStart(p.adapter, log, options.startWaitMs ?? START_WAIT_MS)) ? p : null)));
  const ok = started.filter((p): p is (typeof pending)[number] => p !== null);
  for (const p of ok) p.attach?.();
  return {
    adapters: ok.map((p) => p.adapter),
    registrars: ok.flatMap((p) => (p.registrar ? [p.registrar] : [])),
    stop: async () => {
      await Promise.allSettled(ok.map((p) => p.adapter.stop()));
    },
  };
}

/**
 * The channels a process of this role starts (ROLE): `all` every enabled one; `api` Telegram by
 * webhook (an HTTP route; Telegram allows one long-polling client per bot, so several API replicas
 * cannot poll); `whatsapp` the WhatsApp session only; `worker` none.
 *
 * @example
 * await startChannels({ env: channelsForRole(env.ROLE, env, (l) => logger.warn(l)), ... });
 */
export function channelsForRole(role: Env["ROLE"], env: Env, warn: (line: string) => void = () => {}): Env {
  if (role === "all") return env;
  if (role === "whatsapp") return { ...env, TELEGRAM_BOT_TOKEN: undefined };
  if (role === "api" && env.TELEGRAM_BOT_TOKEN && !env.TELEGRAM_WEBHOOK_URL) {
    warn("ROLE=api serves Telegram only by webhook: set TELEGRAM_WEBHOOK_URL (Telegram is not started here)");
    return { ...env, TELEGRAM_BOT_TOKEN: undefined, WHATSAPP_ENABLED: false };
  }
  if (role === "api") return { ...env, WHATSAPP_ENABLED: false };
  return { ...env, TELEGRAM_BOT_TOKEN: undefined, WHATSAPP_ENABLED: false };
}
