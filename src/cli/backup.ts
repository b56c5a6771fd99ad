/**
 * Writes one backup archive (mode 0600): a consistent copy of the embedded SQLite database, the
 * live index version, corpus/ (with the curators' uploads), the WhatsApp session and a manifest
 * with checksums. With DATABASE_URL (PostgreSQL) it refuses: back PostgreSQL up with pg_dump.
 *
 * @example
 * npm run backup                       # backups/layanan-tanya-<time>.tar.gz
 * npm run backup -- backups/nightly.tar.gz
 */
import { join } from "node:path";
import { AuditLog, CLI_ACTOR } from "../admin/audit.js";
import { createBackup, POSTGRES_BACKUP_MESSAGE } from "../admin/backup.js";
import { loadEnv } from "../config/env.js";
import { dataPaths } from "../config/paths.js";
import { openDatabase } from "../store/database.js";

const USAGE = `Usage: npm run backup [-- <archive.tar.gz>]

Writes one archive (mode 0600) with the embedded SQLite database (online backup), the live index,
corpus/ and the WhatsApp session, plus a manifest of checksums; restore it with npm run restore.
With DATABASE_URL set (PostgreSQL) this command refuses: back the database up with pg_dump
(e.g. pg_dump -Fc "$DATABASE_URL" > layanan.dump) and copy the index and corpus directories.`;

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "--help" || argv[0] === "-h") {
    console.log(USAGE);
    return 0;
  }
  const env = loadEnv();
  if (env.DATABASE_URL) {
    console.error(`Backup refused: ${POSTGRES_BACKUP_MESSAGE}`);
    return 1;
  }
  const paths = dataPaths(env);
  const out = argv[0] ?? join("backups", `layanan-tanya-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`);
  const db = openDatabase(paths.database);
  try {
    const manifest = await createBackup(db, { index: paths.index, corpus: paths.corpus, whatsappAuth: paths.whatsappAuth }, out);
    await new AuditLog(db).record(CLI_ACTOR, "backup.create", out, { files: Object.keys(manifest.files).length, index: manifest.versions.index });
    const extra = [manifest.contents?.corpus ? "corpus" : "", manifest.contents?.whatsappAuth ? "WhatsApp session" : ""].filter(Boolean);
    console.log(
      `Backup written to ${out}: ${Object.keys(manifest.files).length} files, index ${manifest.versions.index ?? "(none)"}, schema ${manifest.versions.schema.join(",")}${extra.length ? `, with ${extra.join(" and ")}` : ""}.`,
    );
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(`Backup failed: ${(err as Error).message}`);
    process.exitCode = 1;
  },
);
