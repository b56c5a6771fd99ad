/**
 * Restores a backup archive (database, index, corpus/ and the WhatsApp session) into DATA_DIR and
 * CORPUS_DIR after verifying every checksum. Stop the service first. The archives hold the embedded
 * SQLite database; with DATABASE_URL (PostgreSQL) it refuses (restore PostgreSQL with pg_restore).
 *
 * @example
 * npm run restore -- backups/layanan-tanya-2026-11-24T01-00-00-000Z.tar.gz
 */
import { AuditLog, CLI_ACTOR } from "../admin/audit.js";
import { restoreBackup } from "../admin/backup.js";
import { loadEnv } from "../config/env.js";
import { dataPaths } from "../config/paths.js";
import { openDatabase } from "../store/database.js";

const USAGE = `Usage: npm run restore -- <backup.tar.gz>

Verifies every checksum, then restores the SQLite database and the index into DATA_DIR, and corpus/
and the WhatsApp session when the archive holds them. Stop the service first.
With DATABASE_URL set (PostgreSQL) this command refuses: restore the database with pg_restore.`;

async function main(argv: string[]): Promise<number> {
  const file = argv[0];
  if (file === "--help" || file === "-h") {
    console.log(USAGE);
    return 0;
  }
  if (!file) {
    console.error(USAGE);
    return 1;
  }
  const env = loadEnv();
  if (env.DATABASE_URL) {
    console.error(
      "Restore refused: the database is PostgreSQL (DATABASE_URL): restore it with pg_restore; npm run restore writes the embedded SQLite database only.",
    );
    return 1;
  }
  const paths = dataPaths(env);
  const manifest = await restoreBackup(file, paths.data, { corpus: paths.corpus, whatsappAuth: paths.whatsappAuth });
  const db = openDatabase(paths.database);
  try {
    await new AuditLog(db).record(CLI_ACTOR, "backup.restore", file, { createdAt: manifest.createdAt, index: manifest.versions.index });
  } finally {
    await db.destroy();
  }
  console.log(`Restored ${file} (made ${manifest.createdAt}) into ${paths.data}: index ${manifest.versions.index ?? "(none)"}.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(`Restore refused: ${(err as Error).message}`);
    process.exitCode = 1;
  },
);
