#!/usr/bin/env node
/**
 * `npm run build`: compiles src/, ingest/ and channels/ to dist/ with tsc (tsconfig.build.json)
 * and copies the web widget's TypeScript sources, which esbuild bundles at start-up.
 * `--if-stale` (run by `npm start` first) skips the build when dist/ is newer than every source.
 * Plain JavaScript so it runs before anything is compiled.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist");
const stamp = join(dist, ".build-stamp");
const SOURCES = ["src", "ingest", "channels", "tsconfig.json", "tsconfig.build.json", "package-lock.json"];

function newest(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (process.argv.includes("--if-stale") && existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...SOURCES.map((p) => newest(join(root, p))))) {
  process.exit(0);
}
console.error("Building dist/ (tsc -p tsconfig.build.json) ...");
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const child = spawn(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { cwd: root, stdio: "inherit" });
// A signal to the build (npm forwards SIGTERM/SIGINT) stops the compiler too: no orphan.
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal));
const status = await new Promise((done) => child.on("exit", (code, signal) => done(signal ? 1 : (code ?? 1))));
if (status !== 0) {
  console.error("Build failed: fix the type errors above (dist/ is incomplete).");
  process.exit(status);
}
cpSync(join(root, "channels/web/widget"), join(dist, "channels/web/widget"), { recursive: true });
// The fitted scope model (src/retrieval/scope-model.ts reads it next to itself).
cpSync(join(root, "src/retrieval/scope-model.json"), join(dist, "src/retrieval/scope-model.json"));
writeFileSync(stamp, new Date().toISOString() + "\n");
console.error("Built dist/.");
