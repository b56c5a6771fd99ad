import Database from "better-sqlite3";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { MIGRATIONS } from "./migrations.js";

export type Db = Database.Database;

/**
 * Opens (or creates) the embedded SQLite database and applies pending migrations.
 * `:memory:` gives a private database, as tests use.
 *
 * @example
 * const db = openDatabase("data/app.db");
 */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") restrictFiles(path);
  const db = new Database(path);
  // Deleted rows are overwritten with zeros, so erasure leaves no readable bytes behind.
  db.pragma("secure_delete = ON");
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  if (path !== ":memory:") restrictFiles(path);
  return db;
}

/**
 * The data directory is the owner's only (0700), and the database with its WAL and shared-memory
 * files is created 0600 before SQLite opens it, so personal data is never world-readable.
 */
function restrictFiles(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  // A database in the working directory itself (not a data directory) leaves that directory alone.
  if (resolve(dir) !== process.cwd()) chmodSync(dir, 0o700);
  // SQLite gives the -wal and -shm files the database file's mode when it creates them.
  if (!existsSync(path)) closeSync(openSync(path, "a", 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}

function migrate(db: Db): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
  const applied = new Set(
    db
      .prepare("SELECT version FROM schema_migrations")
      .all()
      .map((r) => (r as { version: number }).version),
  );
  for (const { version, sql } of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
    if (applied.has(version)) continue;
    db.transaction(() => {
      db.exec(sql);
      db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)").run(version, new Date().toISOString());
    })();
  }
}
