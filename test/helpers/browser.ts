/** Debian's Chromium for the browser tests (playwright-core drives it; nothing is downloaded). */
import { existsSync } from "node:fs";

export const CHROMIUM = "/usr/bin/chromium";

/** Headless, sandbox off (root), and no background connections to hosts this machine cannot reach. */
export const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const hasChromium = existsSync(CHROMIUM);
