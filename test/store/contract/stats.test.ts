import { afterEach, expect, it } from "vitest";
import { reviewGroups } from "../../../src/admin/review.js";
import { computeStats, statsCsv } from "../../../src/admin/stats.js";
import { QuestionVariants } from "../../../src/admin/question-variants.js";
import type { Db } from "../../../src/store/database.js";
import { describeEachDialect } from "../../helpers/dialects.js";

const turn = (
  session_id: string,
  channel: string,
  question: string,
  status: string,
  evidence: number | null,
  service_id: string | null,
  created_at: string,
) => ({
  session_id,
  channel,
  question,
  status,
  answer: "",
  citations: "[]",
  evidence,
  opd: null,
  service_id,
  latency_ms: 5,
  created_at,
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
  const sub = (n: number, service_id: string, status: "diterima" | "selesai") => ({
    ticket: `KDI-2026-00000${n}`,
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
  await db
    .insertInto("submissions")
    .values([sub(1, "ktp-el-baru", "diterima"), sub(2, "ktp-el-baru", "diterima"), sub(3, "ktp-el-baru", "selesai"), sub(4, "akta-kelahiran", "diterima")])
    .execute();
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
