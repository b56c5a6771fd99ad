/**
 * Restores a backup archive (database, index, corpus/ and the WhatsApp session) into DATA_DIR and
 * CORPUS_DIR after verifying every checksum. Stop the service first.
 *
 * @example
 * npm run restore -- backups/layanan-tanya-2026-11-24T01-00-00-000Z.tar.gz
 */
import { AuditLog, CLI_ACTOR } from "../admin/audit.js";
import { restoreBackup } from "../admin/backup.js";
import { loadEnv } from "../config/env.js";
import { dataPaths } from "../config/paths.js";
import { openDatabase } from "../store/database.js";

async function main(argv: string[]): Promise<number> {
  const file = argv[0];
  if (!file) {
    console.error("Usage: npm run restore -- <backup.tar.gz>");
    return 1;
  }
  const paths = dataPaths(loadEnv());
  const manifest = await restoreBackup(file, paths.data, { corpus: paths.corpus, whatsappAuth: paths.whatsappAuth });
  const db = openDatabase(paths.database);
  try {
    new AuditLog(db).record(CLI_ACTOR, "backup.restore", file, { createdAt: manifest.createdAt, index: manifest.versions.index });
  } finally {
    db.close();
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
