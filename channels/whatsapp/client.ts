/**
 * The WhatsApp adapter over whatsapp-web.js (an unofficial client driving WhatsApp Web in
 * Chromium). The client comes from a factory, so tests pass a fake with the same events.
 */
import type { Engine } from "../../src/answer/engine.js";
import type { Deliver, Notifier } from "../../src/notify/types.js";
import { handleInbound, isPersonalReply, type ChannelAdapter, type ChannelHealth, type ChannelLog } from "../contract.js";
import type { Dedupe } from "../dedupe.js";
import { ChatQueue, type Sleep } from "../queue.js";
import { renderWhatsApp } from "./render.js";

/** The part of a whatsapp-web.js message the adapter reads. */
export interface WaMessage {
  from: string;
  body: string;
  fromMe: boolean;
  isStatus?: boolean;
  id?: { _serialized?: string };
  /** In a group: the member who wrote. */
  author?: string;
  /** WhatsApp ids mentioned with @ in the message. */
  mentionedIds?: string[];
  getChat?(): Promise<{ sendStateTyping(): Promise<unknown> }>;
}

/** The part of a whatsapp-web.js `Client` the adapter uses. */
export interface WaClient {
  on(event: "qr" | "ready" | "message" | "disconnected" | "auth_failure" | "authenticated", listener: (...args: any[]) => void): unknown;
  initialize(): Promise<unknown>;
  sendMessage(chatId: string, text: string): Promise<unknown>;
  destroy(): Promise<unknown>;
  /** The logged-in account (whatsapp-web.js sets it once ready). */
  info?: { wid?: { _serialized?: string; user?: string } };
}

export type WaClientFactory = () => WaClient | Promise<WaClient>;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface QrState {
  state: "stopped" | "starting" | "qr" | "authenticated" | "ready" | "disconnected" | "auth_failure";
  /** The latest QR string while waiting for a scan, for an admin screen. */
  qr: string | null;
  updatedAt: string;
}

export interface WhatsAppOptions {
  factory: WaClientFactory;
  engine: Engine;
  log: ChannelLog;
  dedupe?: Dedupe;
  notifier?: Notifier;
  /** Prints the QR for the operator (qrcode-terminal in production). */
  printQr?: (qr: string) => void;
  timers?: Timers;
  sleep?: Sleep;
  /** Spacing between messages to one chat; default 1000 ms. */
  minIntervalMs?: number;
  reconnect?: { baseMs: number; maxMs: number };
  /**
   * Taken before the browser starts and released on stop (a Redis lock with REDIS_URL): one process
   * per number. It throws when another process holds it, and the adapter then refuses to start.
   */
  lock?: () => Promise<{ release(): Promise<void> }>;
}

/** Chats whose last numbered options are remembered (oldest forgotten first). */
const MAX_CHATS_WITH_OPTIONS = 10_000;

const realTimers: Timers = { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) };

/** Chats the bot never answers: status broadcasts, newsletters and other broadcasts. */
export function isIgnoredChat(from: string): boolean {
  return from === "status@broadcast" || from.endsWith("@broadcast") || from.endsWith("@newsletter");
}

/** A group chat: the bot answers there only when mentioned, and nothing personal. */
export function isGroupChat(from: string): boolean {
  return from.endsWith("@g.us");
}

/**
 * The text posted in a WhatsApp group instead of a form, ticket status or handoff: a link to the
 * bot's private chat with the request already typed.
 *
 * @example
 * continueOnWhatsApp("6281100", "mau bikin ktp baru") // "…\nLanjutkan di chat pribadi: https://wa.me/6281100?text=mau%20bikin%20ktp%20baru"
 */
export function continueOnWhatsApp(botNumber: string, text: string): string {
  return [
    "Demi menjaga data pribadi Anda, formulir, cek status tiket, dan layanan petugas tidak dilayani di grup.",
    `Lanjutkan di chat pribadi: https://wa.me/${botNumber}?text=${encodeURIComponent(text)}`,
  ].join("\n");
}

export class WhatsAppAdapter implements ChannelAdapter {
  readonly name = "whatsapp" as const;
  readonly queue: ChatQueue;
  private client: WaClient | null = null;
  private qr: QrState = { state: "stopped", qr: null, updatedAt: new Date().toISOString() };
  private readonly chatOptions = new Map<string, string[]>();
  private readonly inflight = new Set<Promise<unknown>>();
  private readonly timers: Timers;
  private attempts = 0;
  private reconnectTimer: unknown = null;
  private stopped = false;
  private held: { release(): Promise<void> } | null = null;

  constructor(private readonly options: WhatsAppOptions) {
    this.timers = options.timers ?? realTimers;
    this.queue = new ChatQueue({ sleep: options.sleep, minIntervalMs: options.minIntervalMs ?? 1000 });
  }

  /** The login state and latest QR, for admins. */
  qrState(): QrState {
    return { ...this.qr };
  }

  private setState(state: QrState["state"], qr: string | null = null): void {
    this.qr = { state, qr, updatedAt: new Date().toISOString() };
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.setState("starting");
    try {
      if (this.options.lock && !this.held) this.held = await this.options.lock();
      const client = await this.options.factory();
      this.client = client;
      this.wire(client);
      await client.initialize();
    } catch (err) {
      this.setState("disconnected");
      throw err;
    }
  }

  private wire(client: WaClient): void {
    const { log } = this.options;
    client.on("qr", (qr: string) => {
      this.setState("qr", qr);
      log.info("[whatsapp] scan this QR code with WhatsApp > Linked devices to log in");
      this.options.printQr?.(qr);
    });
    client.on("authenticated", () => this.setState("authenticated"));
    client.on("ready", () => {
      this.attempts = 0;
      this.setState("ready");
      log.info("[whatsapp] client ready");
    });
    client.on("auth_failure", (msg: string) => {
      this.setState("auth_failure");
      log.error(`[whatsapp] authentication failed: ${msg}. Delete the auth folder and scan the QR again.`);
    });
    client.on("disconnected", (reason: string) => {
      if (client !== this.client) return;
      this.setState("disconnected");
      log.error(`[whatsapp] disconnected (${reason})`);
      this.scheduleReconnect();
    });
    client.on("message", (msg: WaMessage) => {
      const job = this.onMessage(msg).catch((err: unknown) => log.error(`[whatsapp] message failed: ${(err as Error).message}`));
      this.inflight.add(job);
      void job.finally(() => this.inflight.delete(job));
    });
  }

  /** Exponential backoff: base, 2×base, 4×base … up to max. */
  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer !== null) return;
    const { baseMs, maxMs } = this.options.reconnect ?? { baseMs: 5_000, maxMs: 300_000 };
    const delay = Math.min(baseMs * 2 ** this.attempts, maxMs);
    this.attempts++;
    this.options.log.info(`[whatsapp] reconnecting in ${Math.round(delay / 1000)} s (attempt ${this.attempts})`);
    this.reconnectTimer = this.timers.setTimeout(() => {
      this.reconnectTimer = null;
      void this.reconnect();
    }, delay);
  }

  private async reconnect(): Promise<void> {
    if (this.stopped) return;
    const old = this.client;
    this.client = null;
    await old?.destroy().catch(() => undefined);
    try {
      await this.start();
    } catch (err) {
      this.options.log.error(`[whatsapp] reconnect failed: ${(err as Error).message}`);
      this.scheduleReconnect();
    }
  }

  private async onMessage(msg: WaMessage): Promise<void> {
    if (msg.fromMe || msg.isStatus || isIgnoredChat(msg.from)) return;
    if (isGroupChat(msg.from)) return this.onGroupMessage(msg);
    const body = msg.body.trim();
    if (!body) return;
    const id = msg.id?._serialized;
    if (id && this.options.dedupe && !(await this.options.dedupe.claim(id))) return;
    const chatId = msg.from;
    const choice = /^\d{1,2}$/.test(body) ? this.chatOptions.get(chatId)?.[Number(body) - 1] : undefined;
    void msg
      .getChat?.()
      .then((chat) => chat.sendStateTyping())
      .catch(() => undefined);
    // Kept messages are written in Markdown, like replies: render them the same way.
    for (const pending of (await this.options.notifier?.takePending("whatsapp", chatId)) ?? []) {
      for (const part of renderWhatsApp({ answer: pending.text, citations: [], actions: [] }).parts) await this.send(chatId, part);
    }
    const reply = await handleInbound(this.options.engine, { channel: "whatsapp", userId: chatId, chatId, messageId: id ?? "", text: choice ?? body });
    const { parts, options } = renderWhatsApp(reply);
    this.chatOptions.delete(chatId);
    if (options.length > 0) this.chatOptions.set(chatId, options);
    if (this.chatOptions.size > MAX_CHATS_WITH_OPTIONS) this.chatOptions.delete(this.chatOptions.keys().next().value as string);
    for (const part of parts) await this.send(chatId, part);
  }

  /**
   * A group message is answered only when it mentions the bot, in the member's group session
   * (never their private one). A form, ticket status or handoff moves to the private chat.
   */
  private async onGroupMessage(msg: WaMessage): Promise<void> {
    const me = this.client?.info?.wid;
    if (!me?._serialized || !msg.author || !msg.mentionedIds?.includes(me._serialized)) return;
    const body = msg.body.replace(/@\d+/g, " ").replace(/\s+/g, " ").trim();
    if (!body) return;
    const id = msg.id?._serialized;
    if (id && this.options.dedupe && !(await this.options.dedupe.claim(id))) return;
    const inbound = { channel: "whatsapp" as const, userId: msg.author, chatId: msg.from, groupId: msg.from, messageId: id ?? "", text: body };
    const reply = await handleInbound(this.options.engine, inbound);
    if (isPersonalReply(reply)) {
      await this.send(msg.from, continueOnWhatsApp(me.user ?? me._serialized.replace(/@.*$/, ""), body));
      return;
    }
    for (const part of renderWhatsApp(reply).parts) await this.send(msg.from, part);
  }

  /**
   * Sends one ready text to a chat through the adapter's per-chat queue (spaced by `minIntervalMs`);
   * the outbound worker of `ROLE=whatsapp` sends queued messages with it. Throws when not connected.
   */
  async sendText(chatId: string, text: string): Promise<void> {
    await this.send(chatId, text);
  }

  private send(chatId: string, text: string): Promise<unknown> {
    return this.queue.send(chatId, async () => {
      if (!this.client) throw new Error("WhatsApp client is not connected");
      return this.client.sendMessage(chatId, text);
    });
  }

  /** Delivers an operator message or status change through the same queue. */
  readonly deliver: Deliver = async (outbound) => {
    for (const part of renderWhatsApp({ answer: outbound.text, citations: [], actions: [] }).parts) await this.send(outbound.userId, part);
  };

  /** Resolves when received messages and queued sends are done. */
  async idle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
    await this.queue.idle();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer !== null) this.timers.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    await this.idle();
    await this.client?.destroy().catch(() => undefined);
    this.client = null;
    await this.held?.release();
    this.held = null;
    this.setState("stopped");
  }

  health(): ChannelHealth {
    const { state } = this.qr;
    if (state === "ready") return { status: "ok", detail: "connected" };
    if (state === "qr") return { status: "degraded", detail: "waiting for the QR code to be scanned" };
    if (state === "starting" || state === "authenticated") return { status: "starting", detail: state };
    if (state === "stopped") return { status: "stopped", detail: "stopped" };
    return { status: "down", detail: state === "auth_failure" ? "authentication failed" : "disconnected, reconnecting" };
  }
}

export { printQrInTerminal, whatsappWebFactory } from "./factory.js";
