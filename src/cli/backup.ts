/**
 * Writes one backup archive: a consistent copy of the database, the live index version and a
 * manifest with checksums.
 *
 * @example
 * npm run backup                       # backups/layanan-tanya-<time>.tar.gz
 * npm run backup -- backups/nightly.tar.gz
 */
import { join } from "node:path";
import { AuditLog, CLI_ACTOR } from "../admin/audit.js";
import { createBackup } from "../admin/backup.js";
import { loadEnv } from "../config/env.js";
import { dataPaths } from "../config/paths.js";
import { openDatabase } from "../store/database.js";

async function main(argv: string[]): Promise<number> {
  const paths = dataPaths(loadEnv());
  const out = argv[0] ?? join("backups", `layanan-tanya-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`);
  const db = openDatabase(paths.database);
  try {
    const manifest = await createBackup(db, paths.index, out);
    new AuditLog(db).record(CLI_ACTOR, "backup.create", out, { files: Object.keys(manifest.files).length, index: manifest.versions.index });
    console.log(`Backup written to ${out}: ${Object.keys(manifest.files).length} files, index ${manifest.versions.index ?? "(none)"}, schema ${manifest.versions.schema.join(",")}.`);
    return 0;
  } finally {
    db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(`Backup failed: ${(err as Error).message}`);
    process.exitCode = 1;
  },
);
