import { CompiledQuery, type KyselyPlugin, type RootOperationNode, sql } from "kysely";
import { afterEach, expect, it } from "vitest";
import { reviewGroups } from "../../../src/admin/review.js";
import { computeStats, statsCsv } from "../../../src/admin/stats.js";
import { QuestionVariants } from "../../../src/admin/question-variants.js";
import { type Db, dialectOf, sqliteHandle } from "../../../src/store/database.js";
import { describeEachDialect } from "../../helpers/dialects.js";
import { turnRow as turn } from "../../helpers/rows.js";

const submission = (ticket: string, service_id: string, status: "diterima" | "selesai") => ({
  ticket,
  service_id,
  opd: "disdukcapil",
  channel: "web",
  user_key: "u",
  status,
  fields: "{}",
  fields_masked: "{}",
  submitter_token_hash: "x",
  created_at: "2026-11-21T11:00:00.000Z",
  updated_at: "2026-11-21T11:00:00.000Z",
});

/** Turns, feedback and submissions at fixed times, the same on both dialects. */
async function seed(db: Db): Promise<void> {
  for (const [id, channel] of [
    ["s1", "web"],
    ["s2", "telegram"],
    ["s3", "web"],
  ] as const)
    await db
      .insertInto("sessions")
      .values({ id, channel, user_key: null, memory: "{}", created_at: "2026-11-20T00:00:00.000Z", updated_at: "2026-11-21T00:00:00.000Z" })
      .execute();
  await db
    .insertInto("turns")
    .values([
      turn("s1", "web", "cara urus izin reklame", "no_answer", null, null, "2026-11-20T08:00:00.000Z"),
      turn("s1", "web", "syarat ktp baru", "answered", 3.0, "ktp-el-baru", "2026-11-20T08:05:00.000Z"),
      turn("s2", "telegram", "cara mengurus izin reklame?", "no_answer", null, null, "2026-11-21T09:00:00.000Z"),
      turn("s3", "web", "biaya akta kelahiran", "answered", 0.9, "akta-kelahiran", "2026-11-21T10:00:00.000Z"),
      turn("s3", "web", "jam buka dukcapil", "answered", 2.5, "ktp-el-baru", "2026-11-21T10:05:00.000Z"),
      turn("s3", "web", "di luar rentang", "answered", 2.5, "ktp-el-baru", "2026-11-23T10:05:00.000Z"),
      turn("s3", "web", "sebelum rentang", "answered", 2.5, "ktp-el-baru", "2026-11-19T23:59:59.999Z"),
    ])
    .execute();
  await db
    .insertInto("feedback")
    .values([
      { session_id: "s3", message_index: 1, rating: "down", channel: "web", created_at: "2026-11-21T10:06:00.000Z" },
      { session_id: "s1", message_index: 1, rating: "up", channel: "web", created_at: "2026-11-20T08:06:00.000Z" },
      { session_id: "s2", message_index: 0, rating: "up", channel: "web", created_at: "2026-11-21T09:01:00.000Z" },
    ])
    .execute();
  const sub = (n: number, service_id: string, status: "diterima" | "selesai") => submission(`KDI-2026-00000${n}`, service_id, status);
  await db
    .insertInto("submissions")
    .values([sub(1, "ktp-el-baru", "diterima"), sub(2, "ktp-el-baru", "diterima"), sub(3, "ktp-el-baru", "selesai"), sub(4, "akta-kelahiran", "diterima")])
    .execute();
}

/** The SQL (with its parameters) of every query `run` sends through `db`. */
async function queriesOf(db: Db, run: (db: Db) => Promise<unknown>): Promise<CompiledQuery[]> {
  const nodes: RootOperationNode[] = [];
  const spy: KyselyPlugin = {
    transformQuery: ({ node }) => (nodes.push(node), node),
    transformResult: async ({ result }) => result,
  };
  await run(db.withPlugin(spy));
  return nodes.map((n) => db.getExecutor().compileQuery(n, { queryId: "plan" }));
}

/** The query plan of `q` as text; PostgreSQL is told to avoid sequential scans, so a usable index shows on a tiny table. */
async function planOf(db: Db, q: CompiledQuery): Promise<string> {
  const sqlite = sqliteHandle(db);
  if (sqlite) return JSON.stringify(sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.parameters));
  return db.connection().execute(async (conn) => {
    await conn.executeQuery(CompiledQuery.raw("SET enable_seqscan = off"));
    const r = await conn.executeQuery(CompiledQuery.raw(`EXPLAIN ${q.sql}`, [...q.parameters]));
    await conn.executeQuery(CompiledQuery.raw("RESET enable_seqscan"));
    return JSON.stringify(r.rows);
  });
}

describeEachDialect("statistics and review", (open) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("counts questions per day and channel, answer rate, top services, submissions and feedback within the days", async () => {
    ({ db, close } = await open());
    await seed(db);
    const stats = await computeStats(db, { from: "2026-11-20", to: "2026-11-21" });
    expect(stats).toEqual({
      from: "2026-11-20",
      to: "2026-11-21",
      questionsPerDay: [
        { day: "2026-11-20", channel: "web", count: 2 },
        { day: "2026-11-21", channel: "telegram", count: 1 },
        { day: "2026-11-21", channel: "web", count: 2 },
      ],
      totalQuestions: 5,
      answered: 3,
      answerRate: 0.6,
      topServices: [
        { serviceId: "ktp-el-baru", count: 2 },
        { serviceId: "akta-kelahiran", count: 1 },
      ],
      submissions: [
        { serviceId: "akta-kelahiran", status: "diterima", count: 1 },
        { serviceId: "ktp-el-baru", status: "diterima", count: 2 },
        { serviceId: "ktp-el-baru", status: "selesai", count: 1 },
      ],
      feedback: { up: 2, down: 1, ratioUp: 0.667 },
    });
    expect(statsCsv(stats).split("\r\n")[1]).toBe("questions,2026-11-20,web,2");
  });

  it("counts the first and the last instant of the range's days, across a year's end", async () => {
    ({ db, close } = await open());
    await seed(db);
    await db
      .insertInto("turns")
      .values([
        turn("s1", "web", "a", "answered", 1, null, "2026-12-30T23:59:59.999Z"),
        turn("s1", "web", "b", "answered", 1, null, "2026-12-31T00:00:00.000Z"),
        turn("s1", "web", "c", "answered", 1, null, "2026-12-31T23:59:59.999Z"),
        turn("s1", "web", "d", "answered", 1, null, "2027-01-01T00:00:00.000Z"),
      ])
      .execute();
    expect((await computeStats(db, { from: "2026-12-31", to: "2026-12-31" })).questionsPerDay).toEqual([{ day: "2026-12-31", channel: "web", count: 2 }]);
    expect((await computeStats(db, { from: "2026-12-30", to: "2027-01-01" })).totalQuestions).toBe(4);
    expect((await computeStats(db, { from: "2026-11-21", to: "2026-11-20" })).totalQuestions).toBe(0);
  });

  it("filters the range on the bare created_at, so its index serves the questions' counts", async () => {
    ({ db, close } = await open());
    await seed(db);
    const queries = await queriesOf(db, (d) => computeStats(d, { from: "2026-11-20", to: "2026-11-21" }));
    const onTurns = queries.filter((q) => /from "turns"/.test(q.sql));
    expect(onTurns).toHaveLength(3);
    for (const q of onTurns) expect(await planOf(db, q)).toContain("turns_created");
  });

  it("lists rows in binary order (capitals, then lower case, then accents) whatever PostgreSQL's collation", async () => {
    ({ db, close } = await open());
    if (dialectOf(db) === "postgres")
      // A database created with a linguistic default collation (en_US, id_ID) orders "Web" after "web".
      for (const [table, column] of [
        ["turns", "channel"],
        ["turns", "service_id"],
        ["submissions", "service_id"],
        ["submissions", "status"],
      ] as const)
        await sql`ALTER TABLE ${sql.table(table)} ALTER COLUMN ${sql.ref(column)} TYPE text COLLATE "und-x-icu"`.execute(db);
    await seed(db);
    const at = "2026-11-22T08:00:00.000Z";
    await db
      .insertInto("turns")
      .values([
        turn("s1", "web", "a", "answered", 1, "éks-izin", at),
        turn("s1", "Web", "b", "answered", 1, "Akta-lama", at),
        turn("s1", "telegram", "c", "answered", 1, "akta-kelahiran", at),
        turn("s1", "Telegram", "d", "answered", 1, "zebra", at),
      ])
      .execute();
    const sub = (ticket: string, service_id: string) => ({ ...submission(ticket, service_id, "diterima"), created_at: at, updated_at: at });
    await db
      .insertInto("submissions")
      .values([sub("KDI-2026-000011", "ktp-el-baru"), sub("KDI-2026-000012", "éks-izin"), sub("KDI-2026-000013", "Ktp-lama")])
      .execute();
    const stats = await computeStats(db, { from: "2026-11-22", to: "2026-11-22" });
    expect(stats.questionsPerDay.map((q) => q.channel)).toEqual(["Telegram", "Web", "telegram", "web"]);
    expect(stats.topServices.map((t) => t.serviceId)).toEqual(["Akta-lama", "akta-kelahiran", "zebra", "éks-izin"]);
    expect(stats.submissions.map((x) => x.serviceId)).toEqual(["Ktp-lama", "ktp-el-baru", "éks-izin"]);
    expect(stats.submissions.map((x) => x.serviceId)).toEqual(["Ktp-lama", "ktp-el-baru", "éks-izin"]);
    expect(statsCsv(stats).split("\r\n").slice(1, 5)).toEqual([
      "questions,2026-11-22,Telegram,1",
      "questions,2026-11-22,Web,1",
      "questions,2026-11-22,telegram,1",
      "questions,2026-11-22,web,1",
    ]);
  });

  it("gives zeros, not nulls, for a range without data", async () => {
    ({ db, close } = await open());
    await seed(db);
    expect(await computeStats(db, { from: "2025-01-01", to: "2025-01-31" })).toEqual({
      from: "2025-01-01",
      to: "2025-01-31",
      questionsPerDay: [],
      totalQuestions: 0,
      answered: 0,
      answerRate: 0,
      topServices: [],
      submissions: [],
      feedback: { up: 0, down: 0, ratioUp: 0 },
    });
  });

  it("groups the questions to review and leaves out what curators resolved", async () => {
    ({ db, close } = await open());
    await seed(db);
    const groups = await reviewGroups(db);
    expect(groups).toEqual([
      {
        count: 2,
        examples: ["cara urus izin reklame", "cara mengurus izin reklame?"],
        reasons: ["no_answer"],
        lastSeen: "2026-11-21T09:00:00.000Z",
      },
      { count: 1, examples: ["jam buka dukcapil"], reasons: ["negative_feedback"], lastSeen: "2026-11-21T10:05:00.000Z" },
      { count: 1, examples: ["biaya akta kelahiran"], reasons: ["low_evidence"], lastSeen: "2026-11-21T10:00:00.000Z" },
    ]);
    await new QuestionVariants(db, "/nonexistent-not-written").markOutOfScope({ id: "key_c", name: "Kurator", role: "curator" }, "cara urus izin reklame");
    expect((await reviewGroups(db)).map((g) => g.examples[0])).toEqual(["jam buka dukcapil", "biaya akta kelahiran"]);
  });
});
