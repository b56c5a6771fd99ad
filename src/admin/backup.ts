import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import * as tar from "tar";
import { currentVersion, CURRENT } from "../index/files.js";
import type { Db } from "../store/database.js";

/** `manifest.json` at the root of a backup archive. */
export interface BackupManifest {
  createdAt: string;
  /** Applied schema migrations and the index version in the archive. */
  versions: { schema: number[]; index: string | null };
  /** sha256 (hex) of every other file, by its path in the archive. */
  files: Record<string, string>;
}

const sha256File = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

function walk(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(root, p) : [relative(root, p).split("\\").join("/")];
  });
}

/**
 * Writes one `.tar.gz`: a consistent copy of the database (SQLite online backup), the live index
 * version and `manifest.json` with the sha256 of each file.
 *
 * @example
 * await createBackup(db, "data/index", "backups/layanan-2026-11-24.tar.gz"); // manifest
 */
export async function createBackup(db: Db, indexDir: string, archive: string): Promise<BackupManifest> {
  const stage = mkdtempSync(join(tmpdir(), "lt-backup-"));
  try {
    await db.backup(join(stage, "app.db"));
    const version = currentVersion(indexDir);
    if (version) {
      cpSync(join(indexDir, version), join(stage, "index", version), { recursive: true });
      writeFileSync(join(stage, "index", CURRENT), version + "\n");
    }
    const files = Object.fromEntries(walk(stage).sort().map((f) => [f, sha256File(join(stage, f))]));
    const schema = (db.prepare("SELECT version FROM schema_migrations ORDER BY version").all() as Array<{ version: number }>).map((r) => r.version);
    const manifest: BackupManifest = { createdAt: new Date().toISOString(), versions: { schema, index: version }, files };
    writeFileSync(join(stage, "manifest.json"), JSON.stringify(manifest, null, 2));
    mkdirSync(dirname(archive), { recursive: true });
    await tar.create({ gzip: true, file: archive, cwd: stage, portable: true }, ["manifest.json", ...Object.keys(files)]);
    return manifest;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * Raised when an archive fails verification; nothing was restored.
 *
 * @example
 * try { await restoreBackup(file, "data"); } catch (e) { if (e instanceof BackupVerificationError) console.error(e.message); }
 */
export class BackupVerificationError extends Error {
  override name = "BackupVerificationError";
}

/**
 * Verifies every checksum of an archive and only then restores it into `dataDir` (`app.db` and
 * `index/`). Stop the service first: the database file is replaced.
 *
 * @example
 * await restoreBackup("backups/layanan-2026-11-24.tar.gz", "data"); // manifest
 */
export async function restoreBackup(archive: string, dataDir: string): Promise<BackupManifest> {
  const stage = mkdtempSync(join(tmpdir(), "lt-restore-"));
  try {
    await tar.extract({ file: archive, cwd: stage });
    if (!existsSync(join(stage, "manifest.json"))) throw new BackupVerificationError(`${archive} has no manifest.json: not a backup of this service. Nothing was restored.`);
    const manifest = JSON.parse(readFileSync(join(stage, "manifest.json"), "utf8")) as BackupManifest;
    const present = walk(stage).filter((f) => f !== "manifest.json").sort();
    const listed = Object.keys(manifest.files).sort();
    const extra = present.filter((f) => !(f in manifest.files));
    if (extra.length) throw new BackupVerificationError(`Checksum verification failed: ${extra[0]} is not listed in the manifest. The archive was altered; nothing was restored.`);
    for (const f of listed) {
      if (!existsSync(join(stage, f)) || sha256File(join(stage, f)) !== manifest.files[f]) {
        throw new BackupVerificationError(`Checksum mismatch for ${f}: the archive is damaged or was altered. Nothing was restored.`);
      }
    }
    mkdirSync(dataDir, { recursive: true });
    for (const suffix of ["-wal", "-shm"]) rmSync(join(dataDir, `app.db${suffix}`), { force: true });
    renameOrCopy(join(stage, "app.db"), join(dataDir, "app.db"));
    if (manifest.versions.index) {
      const indexDir = join(dataDir, "index");
      mkdirSync(indexDir, { recursive: true });
      const target = join(indexDir, manifest.versions.index);
      rmSync(target, { recursive: true, force: true });
      cpSync(join(stage, "index", manifest.versions.index), target, { recursive: true });
      writeFileSync(join(indexDir, `${CURRENT}.tmp`), manifest.versions.index + "\n");
      renameSync(join(indexDir, `${CURRENT}.tmp`), join(indexDir, CURRENT));
    }
    return manifest;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function renameOrCopy(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to);
  }
}
