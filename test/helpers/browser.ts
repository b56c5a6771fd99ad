/** Debian's Chromium for the browser tests (playwright-core drives it; nothing is downloaded). */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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

/**
 * Where the browser tests save their screenshots: `docs/screenshots` when refreshing the docs
 * (`SCREENSHOTS=1 npx vitest run test/console test/widget`), otherwise a temp folder, so a test
 * run leaves the tree clean.
 */
export const SCREENSHOT_DIR = process.env.SCREENSHOTS === "1" ? "docs/screenshots" : join(tmpdir(), "layanan-tanya-screenshots");
