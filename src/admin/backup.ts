import { createHash } from "node:crypto";
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import * as tar from "tar";
import { currentVersion, CURRENT } from "../index/files.js";
import { type Db, sqliteHandle } from "../store/database.js";

/** `manifest.json` at the root of a backup archive. */
export interface BackupManifest {
  createdAt: string;
  /** Applied schema migrations and the index version in the archive. */
  versions: { schema: number[]; index: string | null };
  /** Which directories the archive holds besides the database and the index. */
  contents?: { corpus: boolean; whatsappAuth: boolean };
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

/** The directories a backup covers besides the database. */
export interface BackupSources {
  index: string;
  /** The curated corpus, with the curators' uploads (`corpus/`). */
  corpus?: string;
  /** The WhatsApp login (whatsapp-web.js session directory). */
  whatsappAuth?: string;
}

/** Browser caches in the WhatsApp profile: rebuilt by Chromium, not part of the login. */
const SKIP = new Set(["Cache", "Code Cache", "GPUCache", "CacheStorage", "ScriptCache", "GrShaderCache", "ShaderCache"]);

/** Copies regular files only (no sockets, locks or symlinks), skipping browser caches. */
function copyTree(from: string, to: string): boolean {
  if (!existsSync(from)) return false;
  cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const st = lstatSync(src);
      return (st.isDirectory() && !SKIP.has(basename(src))) || st.isFile();
    },
  });
  return true;
}

/** Why a backup cannot be made here: the database is PostgreSQL, which pg_dump backs up. */
export const POSTGRES_BACKUP_MESSAGE =
  'the database is PostgreSQL (DATABASE_URL): back it up with pg_dump (e.g. pg_dump -Fc "$DATABASE_URL" > layanan.dump); npm run backup covers the embedded SQLite database only.';

/**
 * Raised when the database is not the embedded SQLite file (PostgreSQL: use pg_dump). Nothing was written.
 *
 * @example
 * try { await createBackup(db, sources, out); } catch (e) { if (e instanceof BackupUnsupportedError) console.error(e.message); }
 */
export class BackupUnsupportedError extends Error {
  override name = "BackupUnsupportedError";
}

/**
 * Writes one `.tar.gz`, readable by its owner only (0600): a consistent copy of the database
 * (SQLite online backup), the live index version, `corpus/`, the WhatsApp session directory and
 * `manifest.json` with the sha256 of each file. SQLite only: with PostgreSQL it throws
 * `BackupUnsupportedError` before writing anything (back PostgreSQL up with pg_dump).
 *
 * @example
 * await createBackup(db, { index: "data/index", corpus: "corpus", whatsappAuth: "data/whatsapp-auth" }, "backups/b.tar.gz");
 */
export async function createBackup(db: Db, sources: BackupSources | string, archive: string): Promise<BackupManifest> {
  const { index: indexDir, corpus, whatsappAuth } = typeof sources === "string" ? { index: sources } : sources;
  const handle = sqliteHandle(db);
  if (!handle) throw new BackupUnsupportedError(POSTGRES_BACKUP_MESSAGE);
  const stage = mkdtempSync(join(tmpdir(), "lt-backup-"));
  try {
    await handle.backup(join(stage, "app.db"));
    const contents = {
      corpus: corpus ? copyTree(corpus, join(stage, "corpus")) : false,
      whatsappAuth: whatsappAuth ? copyTree(whatsappAuth, join(stage, "whatsapp-auth")) : false,
    };
    const version = currentVersion(indexDir);
    if (version) {
      cpSync(join(indexDir, version), join(stage, "index", version), { recursive: true });
      writeFileSync(join(stage, "index", CURRENT), version + "\n");
    }
    const files = Object.fromEntries(
      walk(stage)
        .sort()
        .map((f) => [f, sha256File(join(stage, f))]),
    );
    const schema = (await db.selectFrom("schema_migrations").select("version").orderBy("version").execute()).map((r) => r.version);
    const manifest: BackupManifest = { createdAt: new Date().toISOString(), versions: { schema, index: version }, contents, files };
    writeFileSync(join(stage, "manifest.json"), JSON.stringify(manifest, null, 2));
    mkdirSync(dirname(archive), { recursive: true });
    closeSync(openSync(archive, "w", 0o600)); // personal data: never world-readable, not even while written
    chmodSync(archive, 0o600);
    await tar.create({ gzip: true, file: archive, cwd: stage, portable: true }, ["manifest.json", ...Object.keys(files)]);
    chmodSync(archive, 0o600);
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
 * `index/`) and, when the archive holds them, `targets.corpus` and `targets.whatsappAuth`
 * (replaced as a whole). Stop the service first: the database file is replaced.
 *
 * @example
 * await restoreBackup("backups/layanan-2026-11-24.tar.gz", "data", { corpus: "corpus", whatsappAuth: "data/whatsapp-auth" });
 */
export async function restoreBackup(archive: string, dataDir: string, targets: { corpus?: string; whatsappAuth?: string } = {}): Promise<BackupManifest> {
  const stage = mkdtempSync(join(tmpdir(), "lt-restore-"));
  try {
    await tar.extract({ file: archive, cwd: stage });
    if (!existsSync(join(stage, "manifest.json")))
      throw new BackupVerificationError(`${archive} has no manifest.json: not a backup of this service. Nothing was restored.`);
    const manifest = JSON.parse(readFileSync(join(stage, "manifest.json"), "utf8")) as BackupManifest;
    const present = walk(stage)
      .filter((f) => f !== "manifest.json")
      .sort();
    const listed = Object.keys(manifest.files).sort();
    const extra = present.filter((f) => !(f in manifest.files));
    if (extra.length)
      throw new BackupVerificationError(
        `Checksum verification failed: ${extra[0]} is not listed in the manifest. The archive was altered; nothing was restored.`,
      );
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
    for (const [name, target] of [
      ["corpus", targets.corpus],
      ["whatsapp-auth", targets.whatsappAuth],
    ] as const) {
      if (!target || !existsSync(join(stage, name))) continue;
      rmSync(target, { recursive: true, force: true });
      mkdirSync(dirname(target), { recursive: true });
      cpSync(join(stage, name), target, { recursive: true });
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
