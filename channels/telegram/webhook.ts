/** `POST <webhook path>`: Telegram's webhook, checked against the secret token, answered at once. */
import { timingSafeEqual } from "node:crypto";
import type { Update } from "telegraf/types";
import type { RouteRegistrar } from "../../src/http/app.js";
import { apiError } from "../../src/http/errors.js";

export const DEFAULT_WEBHOOK_PATH = "/telegram/webhook";
export const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

/** The path to mount: the path of TELEGRAM_WEBHOOK_URL, or `/telegram/webhook`. */
export function webhookPath(webhookUrl: string | undefined): string {
  const path = webhookUrl ? new URL(webhookUrl).pathname : "";
  return path && path !== "/" ? path : DEFAULT_WEBHOOK_PATH;
}

function sameSecret(given: string | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Mounts the webhook. A request without the right secret header gets 403 in the error envelope;
 * a valid update is handed to `dispatch` (which works in the background) and answered 200.
 *
 * @example
 * const app = createApp(deps, [telegramWebhook(adapter, { path: "/telegram/webhook", secret })]);
 */
export function telegramWebhook(target: { dispatch(update: Update): void }, options: { path: string; secret: string | undefined }): RouteRegistrar {
  return (app) => {
    app.post(options.path, async (c) => {
      if (!sameSecret(c.req.header(SECRET_HEADER), options.secret)) {
        return apiError(c, 403, "forbidden", "Token rahasia webhook tidak valid. (Invalid webhook secret token.)");
      }
      let update: unknown;
      try {
        update = await c.req.json();
      } catch {
        return apiError(c, 400, "invalid_json", "Isi permintaan bukan JSON yang valid. (The request body is not valid JSON.)");
      }
      if (typeof (update as { update_id?: unknown } | null)?.update_id !== "number") {
        return apiError(c, 400, "invalid_request", "Bukan pembaruan Telegram. (Not a Telegram update.)");
      }
      target.dispatch(update as Update);
      return c.json({ ok: true });
    });
  };
}
