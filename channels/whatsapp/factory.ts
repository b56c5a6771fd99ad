/** The production whatsapp-web.js client: LocalAuth under the data dir, the system Chromium. */
import type { WaClient, WaClientFactory } from "./client.js";

export interface WhatsAppClientConfig {
  /** `dataPaths(env).whatsappAuth`: the session survives restarts here. */
  authDir: string;
  /** WHATSAPP_CHROMIUM_PATH; puppeteer never downloads a browser. */
  chromiumPath: string;
}

/**
 * A factory for the real client. whatsapp-web.js (CommonJS, with puppeteer) loads only when called.
 *
 * @example
 * new WhatsAppAdapter({ factory: whatsappWebFactory({ authDir, chromiumPath: "/usr/bin/chromium" }), engine, log: console });
 */
export function whatsappWebFactory(config: WhatsAppClientConfig): WaClientFactory {
  return async () => {
    const { default: wweb } = await import("whatsapp-web.js");
    const { Client, LocalAuth } = wweb;
    const client = new Client({
      authStrategy: new LocalAuth({ dataPath: config.authDir }),
      puppeteer: { executablePath: config.chromiumPath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] },
    });
    return client as unknown as WaClient;
  };
}

/** Prints a QR code in the terminal, small. */
export async function printQrInTerminal(qr: string): Promise<void> {
  const { default: qrcode } = await import("qrcode-terminal");
  qrcode.generate(qr, { small: true });
}
