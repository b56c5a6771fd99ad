/**
 * The Telegram adapter: a telegraf bot over the shared engine. Updates come from the webhook
 * (`dispatch`) or from long polling; each is handled once (SQLite, or Redis across replicas), replies go through a
 * per-chat queue that honours 429 `retry_after`.
 */
import { Telegraf } from "telegraf";
import { message } from "telegraf/filters";
import type { Update, UserFromGetMe } from "telegraf/types";
import type { Engine } from "../../src/answer/engine.js";
import { canned } from "../../src/answer/statuses.js";
import type { HandoffRepository } from "../../src/forms/handoffs.js";
import { ftext } from "../../src/forms/texts.js";
import type { ChatResponse } from "../../src/answer/types.js";
import type { Deliver, Notifier } from "../../src/notify/types.js";
import { handleInbound, type ChannelAdapter, type ChannelHealth, type ChannelLog, type Inbound } from "../contract.js";
import type { Dedupe } from "../dedupe.js";
import { ChatQueue, type Sleep } from "../queue.js";
import { ButtonStamps } from "./buttons.js";
import { continuePrivately, isPersonal, PrivateHandovers } from "./group.js";
import { parseCallback, renderTelegram, type TelegramRender } from "./render.js";

export interface TelegramOptions {
  token: string;
  apiRoot: string;
  /** Webhook mode when set (Telegram posts to it); long polling otherwise. */
  webhookUrl?: string;
  webhookSecret?: string;
  engine: Engine;
  dedupe: Dedupe;
  log: ChannelLog;
  notifier?: Notifier;
  /** Closes a handoff a group message opened (it continues in the private chat instead). */
  handoffs?: Pick<HandoffRepository, "openFor" | "close">;
  /** Injected by tests; the queue waits with it on 429. */
  sleep?: Sleep;
  /** Known bot identity, so no `getMe` is needed (tests). */
  botInfo?: UserFromGetMe;
}

/** Seconds Telegram asks us to wait (HTTP 429), or null for any other error. */
export function telegramRetryAfter(err: unknown): number | null {
  const response = (err as { response?: { error_code?: number; parameters?: { retry_after?: number } } }).response;
  return response?.error_code === 429 ? (response.parameters?.retry_after ?? 1) : null;
}

/** Telegram chat ids are integers (at most 52 bits, safe as numbers); usernames stay strings. */
export function chatTarget(chatId: string): number | string {
  return /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
}

const ALLOWED_UPDATES = ["message", "callback_query"] as const;
const MAX_CALLBACKS = 1000;

export class TelegramAdapter implements ChannelAdapter {
  readonly name = "telegram" as const;
  readonly bot: Telegraf;
  readonly queue: ChatQueue;
  private readonly callbacks = new Map<string, string>();
  private readonly handovers = new PrivateHandovers();
  private readonly buttons = new ButtonStamps();
  private readonly inflight = new Set<Promise<unknown>>();
  private state: ChannelHealth = { status: "stopped", detail: "not started" };
  private polling = false;

  constructor(private readonly options: TelegramOptions) {
    this.bot = new Telegraf(options.token, { telegram: { apiRoot: options.apiRoot } });
    if (options.botInfo) this.bot.botInfo = options.botInfo;
    this.queue = new ChatQueue({ sleep: options.sleep, retryAfter: telegramRetryAfter, maxRetries: 3, maxWaitSeconds: 60 });
    this.wire();
  }

  private wire(): void {
    const { bot } = this;
    bot.use(async (ctx, next) => {
      if (!(await this.options.dedupe.claim(String(ctx.update.update_id)))) return;
      await next();
    });
    bot.start((ctx) => {
      // "Lanjutkan di chat pribadi" links carry a start token: the group message continues here.
      const text = ctx.chat.type === "private" && ctx.payload ? this.handovers.take(ctx.payload, String(ctx.from.id)) : null;
      if (text)
        return this.converse({
          channel: "telegram",
          userId: String(ctx.from.id),
          chatId: String(ctx.chat.id),
          messageId: String(ctx.message.message_id),
          text,
        });
      return this.sendReply(String(ctx.chat.id), renderTelegram({ answer: canned("greeting", "id"), citations: [], actions: [] }));
    });
    bot.command(["bantuan", "help"], (ctx) =>
      this.sendReply(String(ctx.chat.id), renderTelegram({ answer: canned("help", "id"), citations: [], actions: [] })),
    );
    bot.on(message("text"), (ctx) => {
      const group = ctx.chat.type === "private" ? {} : { groupId: String(ctx.chat.id) };
      return this.converse({
        channel: "telegram",
        userId: String(ctx.from.id),
        chatId: String(ctx.chat.id),
        messageId: String(ctx.message.message_id),
        text: ctx.message.text,
        ...group,
      });
    });
    bot.on("callback_query", async (ctx) => {
      const query = ctx.callbackQuery;
      const chatId = String(ctx.chat?.id ?? query.from.id);
      const data = "data" in query && query.data ? (this.callbacks.get(query.data) ?? query.data) : "";
      const { stamp, reply } = parseCallback(data);
      // Only the buttons of the chat's latest reply are live: an older one says so and changes nothing.
      if (!reply || !this.buttons.consume(chatId, stamp)) return void (await ctx.answerCbQuery(ftext("button_expired", "id")).catch(() => undefined));
      await ctx.answerCbQuery().catch(() => undefined);
      const group = !ctx.chat || ctx.chat.type === "private" ? {} : { groupId: String(ctx.chat.id) };
      await this.converse({ channel: "telegram", userId: String(query.from.id), chatId, messageId: query.id, text: reply, ...group });
    });
    bot.catch((err, ctx) => this.options.log.error(`[telegram] update ${ctx.update.update_id} failed: ${(err as Error).message}`));
  }

  /** One conversational turn: typing, pending operator messages, the engine, the reply. */
  private async converse(inbound: Inbound): Promise<void> {
    await this.bot.telegram.sendChatAction(chatTarget(inbound.chatId), "typing").catch(() => undefined);
    if (inbound.groupId) return this.converseInGroup(inbound);
    for (const pending of (await this.options.notifier?.takePending("telegram", inbound.userId)) ?? []) {
      await this.sendReply(inbound.chatId, renderTelegram({ answer: pending.text, citations: [], actions: [] }));
    }
    const reply = await handleInbound(this.options.engine, inbound);
    await this.sendTurn(inbound.chatId, reply);
  }

  /** The reply of a turn: its buttons carry a fresh stamp, and every earlier button of the chat goes stale. */
  private sendTurn(chatId: string, reply: ChatResponse): Promise<void> {
    if (reply.actions.length === 0) this.buttons.clear(chatId);
    const stamp = reply.actions.length > 0 ? this.buttons.issue(chatId) : undefined;
    return this.sendReply(chatId, renderTelegram(reply, undefined, stamp));
  }

  /**
   * A group turn: the member's group session answers general questions in the group; anything
   * personal (form, ticket status, handoff) is not posted, only a deep link to the private chat.
   * Operator messages waiting for the member are never shown in a group.
   */
  private async converseInGroup(inbound: Inbound): Promise<void> {
    const reply = await handleInbound(this.options.engine, inbound);
    if (!isPersonal(reply)) return this.sendTurn(inbound.chatId, reply);
    const token = this.handovers.issue(inbound.userId, inbound.text);
    await this.sendReply(inbound.chatId, renderTelegram({ answer: continuePrivately(this.bot.botInfo?.username ?? "", token), citations: [], actions: [] }));
  }

  private async sendReply(chatId: string, render: TelegramRender): Promise<void> {
    for (const [token, reply] of render.callbacks) {
      this.callbacks.set(token, reply);
      if (this.callbacks.size > MAX_CALLBACKS) this.callbacks.delete(this.callbacks.keys().next().value as string);
    }
    for (const { text, ...extra } of render.messages) {
      await this.queue.send(chatId, () => this.bot.telegram.sendMessage(chatTarget(chatId), text, extra));
    }
  }

  /** Delivers an operator message or status change through the same queue. */
  readonly deliver: Deliver = (outbound) => this.sendReply(outbound.userId, renderTelegram({ answer: outbound.text, citations: [], actions: [] }));

  /** Handles an update in the background (the webhook answers at once). */
  dispatch(update: Update): void {
    const job = this.bot.handleUpdate(update).catch((err: unknown) => this.options.log.error(`[telegram] update failed: ${(err as Error).message}`));
    this.inflight.add(job);
    void job.finally(() => this.inflight.delete(job));
  }

  /** Resolves when dispatched updates and queued sends are done. */
  async idle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
    await this.queue.idle();
  }

  async start(): Promise<void> {
    this.state = { status: "starting", detail: "connecting to Telegram" };
    try {
      this.bot.botInfo ??= await this.bot.telegram.getMe();
      await this.options.dedupe.prune(7);
      const { webhookUrl, webhookSecret } = this.options;
      if (webhookUrl) {
        if (!webhookSecret) throw new Error("TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_WEBHOOK_URL is set");
        await this.bot.telegram.setWebhook(webhookUrl, { secret_token: webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
        this.state = { status: "ok", detail: `@${this.bot.botInfo.username} via webhook ${webhookUrl}` };
      } else {
        this.polling = true;
        void this.bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }).catch((err: unknown) => {
          this.polling = false;
          this.state = { status: "down", detail: `long polling stopped: ${(err as Error).message}` };
          this.options.log.error(`[telegram] long polling stopped: ${(err as Error).message}`);
        });
        this.state = { status: "ok", detail: `@${this.bot.botInfo.username} via long polling` };
      }
    } catch (err) {
      this.state = { status: "down", detail: (err as Error).message };
      throw err;
    }
  }

  async stop(): Promise<void> {
    if (this.polling) {
      this.polling = false;
      try {
        this.bot.stop("shutdown");
      } catch {
        // not running
      }
    }
    await this.idle();
    this.state = { status: "stopped", detail: "stopped" };
  }

  health(): ChannelHealth {
    return this.state;
  }
}
