/**
 * Writes one backup archive (mode 0600): a consistent copy of the database, the live index
 * version, corpus/ (with the curators' uploads), the WhatsApp session and a manifest with checksums.
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
    const manifest = await createBackup(db, { index: paths.index, corpus: paths.corpus, whatsappAuth: paths.whatsappAuth }, out);
    new AuditLog(db).record(CLI_ACTOR, "backup.create", out, { files: Object.keys(manifest.files).length, index: manifest.versions.index });
    const extra = [manifest.contents?.corpus ? "corpus" : "", manifest.contents?.whatsappAuth ? "WhatsApp session" : ""].filter(Boolean);
    console.log(
      `Backup written to ${out}: ${Object.keys(manifest.files).length} files, index ${manifest.versions.index ?? "(none)"}, schema ${manifest.versions.schema.join(",")}${extra.length ? `, with ${extra.join(" and ")}` : ""}.`,
    );
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
