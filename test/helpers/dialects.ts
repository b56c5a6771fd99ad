import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe } from "vitest";
import { type Db, openDatabase, openPostgres } from "../../src/store/database.js";

/** The PostgreSQL the contract suites use; CI starts it (`.ci/run`), and locally it is skipped when absent. */
export const POSTGRES_TEST_URL = process.env.POSTGRES_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/test";

let reachable: Promise<boolean> | undefined;

/** Whether the test PostgreSQL answers. Under CI an unreachable server fails the run instead of skipping. */
export function postgresAvailable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_TEST_URL, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return true;
    } catch (err) {
      if (process.env.CI === "true") throw new Error(`PostgreSQL at ${POSTGRES_TEST_URL} is not reachable under CI: ${(err as Error).message}`);
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

/** A private PostgreSQL schema, migrated; `drop` removes it with everything in it. */
export async function openTestPostgres(): Promise<{ db: Db; schema: string; drop: () => Promise<void> }> {
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const db = await openPostgres(POSTGRES_TEST_URL, { schema, poolSize: 4 });
  return {
    db,
    schema,
    drop: async () => {
      await db.destroy();
      const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

export interface DialectCase {
  name: "sqlite" | "postgres";
  /** A fresh, migrated database; closed (and, on PostgreSQL, dropped) by `close`. */
  open: () => Promise<{ db: Db; close: () => Promise<void> }>;
}

const available = await postgresAvailable();

export const DIALECTS: DialectCase[] = [
  {
    name: "sqlite",
    open: async () => {
      const db = openDatabase(":memory:");
      return { db, close: () => db.destroy() };
    },
  },
  {
    name: "postgres",
    open: async () => {
      const t = await openTestPostgres();
      return { db: t.db, close: t.drop };
    },
  },
];

/**
 * Runs one contract suite against every dialect: SQLite always, PostgreSQL when reachable (always in CI).
 *
 * @example
 * describeEachDialect("SubmissionRepository", (open) => { it("...", async () => { const { db, close } = await open(); ... }); });
 */
export function describeEachDialect(title: string, suite: (open: DialectCase["open"], dialect: DialectCase["name"]) => void): void {
  for (const d of DIALECTS) {
    const skip = d.name === "postgres" && !available;
    (skip ? describe.skip : describe)(`${title} [${d.name}]`, () => suite(d.open, d.name));
  }
}
