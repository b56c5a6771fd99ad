import Database from "better-sqlite3";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { MIGRATIONS, toPostgres, toSqlite } from "./migrations.js";
import type { Schema } from "./schema.js";

/**
 * The service's database: a typed query builder over SQLite (embedded default) or PostgreSQL
 * (`DATABASE_URL`). Repositories are written once against it; `dialectOf` tells the few places
 * that must differ (row locks, erasure's compaction, file backups).
 */
export type Db = Kysely<Schema>;
export type Dialect = "sqlite" | "postgres";

/** SQLite handles behind their query builders, for what only SQLite has (online backup, pragmas). */
const sqliteHandles = new WeakMap<Db, Database.Database>();

/**
 * Opens (or creates) the embedded SQLite database and applies pending migrations.
 * `:memory:` gives a private database, as tests use.
 *
 * @example
 * const db = openDatabase("data/app.db");
 */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") restrictFiles(path);
  const handle = new Database(path);
  // Deleted rows are overwritten with zeros, so erasure leaves no readable bytes behind.
  handle.pragma("secure_delete = ON");
  handle.pragma("journal_mode = WAL");
  handle.pragma("synchronous = NORMAL");
  handle.pragma("foreign_keys = ON");
  handle.pragma("busy_timeout = 5000");
  migrateSqlite(handle);
  if (path !== ":memory:") restrictFiles(path);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: handle }) });
  sqliteHandles.set(db, handle);
  return db;
}

/** int8 (COUNT, SUM) and numeric come back from PostgreSQL as strings; here they are numbers, as in SQLite. */
const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === 20 || oid === 1700 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  /** A schema to create and use (tests give each suite its own); default: the connection's search_path. */
  schema?: string;
  /** Pool size per process. */
  poolSize?: number;
  /** Told when an idle connection fails (it is dropped and replaced); default: ignored. */
  onIdleError?: (err: Error) => void;
}

/**
 * Connects to PostgreSQL and applies pending migrations (under an advisory lock, so replicas that
 * start together migrate once).
 *
 * @example
 * const db = await openPostgres("postgres://app@db:5432/layanan");
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Db> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    types: pgTypes,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle pooled connection the server drops (restart, failover, idle timeout) is discarded and the
  // next query reconnects; without a listener the pool's 'error' event would end the process.
  pool.on("error", (err) => options.onIdleError?.(err));
  try {
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await migratePostgres(pool);
  } catch (err) {
    await pool.end();
    throw err;
  }
  return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * The database the configuration names: PostgreSQL with `DATABASE_URL`, else SQLite at `sqlitePath`.
 *
 * @example
 * const db = await openStore({ databaseUrl: env.DATABASE_URL, sqlitePath: paths.database });
 */
export async function openStore(config: {
  databaseUrl?: string | undefined;
  sqlitePath: string;
  poolSize?: number;
  onIdleError?: (err: Error) => void;
}): Promise<Db> {
  if (!config.databaseUrl) return openDatabase(config.sqlitePath);
  return openPostgres(config.databaseUrl, {
    ...(config.poolSize ? { poolSize: config.poolSize } : {}),
    ...(config.onIdleError ? { onIdleError: config.onIdleError } : {}),
  });
}

export function dialectOf(db: Kysely<Schema>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

/** The SQLite handle behind `db`, or undefined on PostgreSQL. */
export function sqliteHandle(db: Db): Database.Database | undefined {
  return sqliteHandles.get(db);
}

/**
 * After erasure: makes deleted rows unreadable where the database keeps them. SQLite (with
 * `secure_delete`) checkpoints and truncates the WAL and rebuilds the file with VACUUM; PostgreSQL
 * vacuums the tables, so dead tuples are reclaimed rather than left for autovacuum.
 */
export async function compact(db: Db, tables: Array<keyof Schema>): Promise<void> {
  if (dialectOf(db) === "sqlite") {
    // Through the query builder's one connection, so it waits for a transaction in flight (VACUUM
    // cannot run inside one) instead of failing beside it.
    await db.connection().execute(async (c) => {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(c);
      await sql`VACUUM`.execute(c);
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(c);
    });
    return;
  }
  for (const table of tables) await sql`VACUUM ${sql.table(table)}`.execute(db);
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

const MIGRATIONS_TABLE = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";
const ordered = () => [...MIGRATIONS].sort((a, b) => a.version - b.version);

function migrateSqlite(db: Database.Database): void {
  db.exec(MIGRATIONS_TABLE);
  const applied = new Set(
    db
      .prepare("SELECT version FROM schema_migrations")
      .all()
      .map((r) => (r as { version: number }).version),
  );
  for (const m of ordered()) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(toSqlite(m));
      db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)").run(m.version, new Date().toISOString());
    })();
  }
}

async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // One migrator at a time per schema: replicas starting together wait here, then find nothing to do.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('layanan-tanya:migrate:' || current_schema()))");
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
    const applied = new Set(rows.map((r) => r.version));
    for (const m of ordered()) {
      if (applied.has(m.version)) continue;
      await client.query(toPostgres(m));
      await client.query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", [m.version, new Date().toISOString()]);
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
