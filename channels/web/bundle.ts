import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export interface WidgetBundle {
  code: string;
  /** Strong ETag of the code. */
  etag: string;
}

const ENTRY = fileURLToPath(new URL("./widget/index.ts", import.meta.url));

/**
 * Bundles the widget (and the shared form validators it imports) into one minified IIFE for
 * browsers back to 2019.
 *
 * @example
 * const { code } = await bundleWidget(); // "(()=>{…})();"
 */
export async function bundleWidget(): Promise<WidgetBundle> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2019",
    platform: "browser",
    charset: "utf8",
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  return { code, etag: `"${createHash("sha256").update(code).digest("base64url").slice(0, 22)}"` };
}

let cached: Promise<WidgetBundle> | undefined;

/** The bundle, built once per process (start-up calls this to build it before serving). */
export function widgetBundle(): Promise<WidgetBundle> {
  cached ??= bundleWidget().catch((err: unknown) => {
    cached = undefined;
    throw err;
  });
  return cached;
}
