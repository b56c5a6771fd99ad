import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Index versions on disk: `<root>/<version>/` directories plus a `CURRENT` file naming the live
 * one. A version is written under `<version>.partial` and renamed when complete; `CURRENT` is
 * replaced by rename. A crash at any point leaves the previous version live and loadable.
 */
export const CURRENT = "CURRENT";
const PARTIAL = ".partial";

/** Writes a file and flushes it to disk before returning. */
export function writeFileDurable(path: string, data: string | Uint8Array): void {
  writeFileSync(path, data);
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function currentVersion(root: string): string | null {
  const p = join(root, CURRENT);
  if (!existsSync(p)) return null;
  const name = readFileSync(p, "utf8").trim();
  return name && existsSync(join(root, name)) ? name : null;
}

/** A fresh, sortable version name. */
export function newVersionName(now = new Date()): string {
  return `v-${now.toISOString().replace(/[-:.]/g, "").replace("T", "-")}-${Math.random().toString(36).slice(2, 6)}`;
}

/** Creates `<root>/<version>.partial/` and returns its path. */
export function beginVersion(root: string, version: string): string {
  mkdirSync(root, { recursive: true });
  const dir = join(root, version + PARTIAL);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  return dir;
}

/** Seals the partial directory and points `CURRENT` at it: the swap. */
export function commitVersion(root: string, version: string): void {
  renameSync(join(root, version + PARTIAL), join(root, version));
  const tmp = join(root, `${CURRENT}.tmp`);
  writeFileDurable(tmp, version + "\n");
  renameSync(tmp, join(root, CURRENT));
}

/** Removes partial directories and all versions but the current one and `keep - 1` before it. */
export function pruneVersions(root: string, keep = 2): string[] {
  if (!existsSync(root)) return [];
  const current = currentVersion(root);
  const removed: string[] = [];
  const entries = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory());
  for (const e of entries) {
    if (e.name.endsWith(PARTIAL)) {
      rmSync(join(root, e.name), { recursive: true, force: true });
      removed.push(e.name);
    }
  }
  const versions = entries
    .map((e) => e.name)
    .filter((n) => n.startsWith("v-") && !n.endsWith(PARTIAL) && n !== current)
    .sort()
    .reverse();
  for (const name of versions.slice(Math.max(0, keep - 1))) {
    rmSync(join(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
