import { sql } from "kysely";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { compact, dialectOf, type Db, openDatabase, openPostgres } from "../../src/store/database.js";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { describeEachDialect, POSTGRES_TEST_URL, postgresAvailable } from "../helpers/dialects.js";

describeEachDialect("one migration history", (open, dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("applies every migration once and records it", async () => {
    ({ db, close } = await open());
    expect(dialectOf(db)).toBe(dialect);
    const rows = await db.selectFrom("schema_migrations").select("version").orderBy("version").execute();
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
  });

  it("keeps the audit log append-only: update and delete are refused by a trigger", async () => {
    ({ db, close } = await open());
    const { id } = await db
      .insertInto("audit_log")
      .values({ at: "2026-12-02T00:00:00.000Z", actor_id: "k1", actor_name: "Ana", actor_role: "admin", action: "keys.create" })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect(typeof id).toBe("number");
    await expect(db.updateTable("audit_log").set({ action: "forged" }).where("id", "=", id).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom("audit_log").where("id", "=", id).execute()).rejects.toThrow(/append-only/);
    const row = await db.selectFrom("audit_log").select(["action"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.action).toBe("keys.create");
  });

  it("drops a session's web messages with the session", async () => {
    ({ db, close } = await open());
    const at = "2026-12-02T00:00:00.000Z";
    await db.insertInto("sessions").values({ id: "w1", channel: "web", user_key: null, created_at: at, updated_at: at }).execute();
    await db.insertInto("web_messages").values({ session_id: "w1", kind: "officer", text: "Halo", created_at: at }).execute();
    await db.deleteFrom("sessions").where("id", "=", "w1").execute();
    const left = await db.selectFrom("web_messages").select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow();
    expect(Number(left.n)).toBe(0);
  });

  it("reads counts back as numbers", async () => {
    ({ db, close } = await open());
    const r = await db
      .selectFrom("turns")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(r.n).toBe(0);
  });
});

const pgUp = await postgresAvailable();

describe("database handles", () => {
  it("compacts SQLite after the transaction in flight instead of failing beside it", async () => {
    const db = openDatabase(":memory:");
    let release = () => {};
    let begun = () => {};
    const held = new Promise<void>((r) => (release = r));
    const inside = new Promise<void>((r) => (begun = r));
    const at = "2026-12-02T00:00:00.000Z";
    const tx = db.transaction().execute(async (trx) => {
      await trx.insertInto("sessions").values({ id: "s1", channel: "web", user_key: null, created_at: at, updated_at: at }).execute();
      begun();
      await held;
    });
    await inside; // a chat turn is being recorded right now
    const compacting = compact(db, ["sessions"]);
    setTimeout(release, 50);
    await expect(compacting).resolves.toBeUndefined();
    await tx;
    expect(await db.selectFrom("sessions").select("id").execute()).toEqual([{ id: "s1" }]);
    await db.destroy();
  });

  it.skipIf(!pgUp)("survives PostgreSQL dropping an idle pooled connection, and reconnects", async () => {
    const errors: Error[] = [];
    const schema = `t_${Date.now().toString(36)}`;
    const db = await openPostgres(POSTGRES_TEST_URL, { schema, poolSize: 1, onIdleError: (err) => errors.push(err) });
    try {
      const { pid } = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db)).rows[0]!;
      const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await admin.connect();
      await admin.query("SELECT pg_terminate_backend($1)", [pid]);
      await admin.end();
      await new Promise((r) => setTimeout(r, 200));
      expect(errors.length).toBeGreaterThan(0);
      expect(await db.selectFrom("schema_migrations").select("version").limit(1).execute()).toHaveLength(1);
    } finally {
      await db.destroy();
      const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  });
});
