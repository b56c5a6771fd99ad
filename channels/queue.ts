/** Per-chat send queues: one message at a time per chat, spaced and retried when the channel asks. */

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ChatQueueOptions {
  sleep?: Sleep;
  /** Pause after each send to the same chat (WhatsApp: 1000 ms). */
  minIntervalMs?: number;
  /** Seconds to wait before retrying an error, or null when the error is final (Telegram 429). */
  retryAfter?: (err: unknown) => number | null;
  /** Retries per message after the first attempt. */
  maxRetries?: number;
  /** Longest wait the queue accepts; a longer `retry_after` fails the send. */
  maxWaitSeconds?: number;
}

/**
 * Serialises sends per chat. Different chats proceed in parallel.
 *
 * @example
 * const q = new ChatQueue({ retryAfter: telegramRetryAfter });
 * await q.send("42", () => bot.telegram.sendMessage(42, "halo"));
 */
export class ChatQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly sleep: Sleep;

  constructor(private readonly options: ChatQueueOptions = {}) {
    this.sleep = options.sleep ?? realSleep;
  }

  send<T>(chatId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(chatId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.attempt(task));
    const tail = run.then(
      () => this.pause(),
      () => this.pause(),
    );
    this.tails.set(chatId, tail);
    void tail.then(() => {
      if (this.tails.get(chatId) === tail) this.tails.delete(chatId);
    });
    return run;
  }

  /** Resolves when every queued send has finished. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.allSettled([...this.tails.values()]);
  }

  private async attempt<T>(task: () => Promise<T>): Promise<T> {
    const maxRetries = this.options.maxRetries ?? 3;
    const maxWait = this.options.maxWaitSeconds ?? 60;
    for (let attempt = 0; ; attempt++) {
      try {
        return await task();
      } catch (err) {
        const wait = this.options.retryAfter?.(err) ?? null;
        if (wait === null || attempt >= maxRetries || wait > maxWait) throw err;
        await this.sleep(wait * 1000);
      }
    }
  }

  private async pause(): Promise<void> {
    const ms = this.options.minIntervalMs ?? 0;
    if (ms > 0) await this.sleep(ms);
  }
}
