/** A fake whatsapp-web.js client with the same event surface, and fake timers. */
import { EventEmitter } from "node:events";
import type { Timers, WaClient, WaMessage } from "../../channels/whatsapp/client.js";

export class FakeWaClient extends EventEmitter implements WaClient {
  readonly sent: Array<{ chatId: string; text: string }> = [];
  initialized = 0;
  destroyed = 0;
  info?: { wid?: { _serialized?: string; user?: string } };
  constructor(private readonly failInit = false) {
    super();
  }
  override on(event: string, listener: (...args: any[]) => void): this {
    return super.on(event, listener);
  }
  async initialize(): Promise<void> {
    this.initialized++;
    if (this.failInit) throw new Error("net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com");
  }
  async sendMessage(chatId: string, text: string): Promise<void> {
    this.sent.push({ chatId, text });
  }
  async destroy(): Promise<void> {
    this.destroyed++;
  }
}

export const CITIZEN = "6281234567890@c.us";

let nextId = 1;
/** An incoming message; `typing` counts sendStateTyping calls. */
export function waMessage(body: string, over: Partial<WaMessage> = {}) {
  const typing = { count: 0 };
  const msg: WaMessage = {
    from: CITIZEN,
    body,
    fromMe: false,
    id: { _serialized: `false_${CITIZEN}_${nextId++}` },
    getChat: async () => ({ sendStateTyping: async () => void typing.count++ }),
    ...over,
  };
  return { msg, typing };
}

/** Timers that record what was scheduled; tests fire them by hand. */
export function fakeTimers() {
  const scheduled: Array<{ ms: number; fn: () => void; cleared: boolean }> = [];
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const entry = { ms, fn, cleared: false };
      scheduled.push(entry);
      return entry;
    },
    clearTimeout: (h) => void ((h as { cleared: boolean }).cleared = true),
  };
  return { timers, scheduled };
}
