import { type ExpressionBuilder, sql } from "kysely";
import type { Db } from "../store/database.js";
import type { Schema } from "../store/schema.js";
import { toCsv } from "./csv.js";

/** Usage statistics over a date range (inclusive days, UTC). */
export interface Stats {
  from: string;
  to: string;
  questionsPerDay: Array<{ day: string; channel: string; count: number }>;
  totalQuestions: number;
  answered: number;
  /** answered / total, 0 when there were no questions (rounded to 3 decimals). */
  answerRate: number;
  topServices: Array<{ serviceId: string; count: number }>;
  submissions: Array<{ serviceId: string; status: string; count: number }>;
  feedback: { up: number; down: number; ratioUp: number };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The day of an ISO timestamp column (`YYYY-MM-DD`), the same text on both dialects. */
const day = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, 10)`;
/** 1 for the rows matching `column = value`, summed: a conditional count on both dialects. */
const countWhere = (column: string, value: string) => sql<number | null>`sum(case when ${sql.ref(column)} = ${value} then 1 else 0 end)`;

/**
 * Computes the statistics from turns, submissions and feedback. Only counts: no question text.
 * Days compare as text (`YYYY-MM-DD`), so the range is the same under any collation.
 *
 * @example
 * (await computeStats(db, { from: "2026-11-01", to: "2026-11-30" })).answerRate // 0.75
 */
export async function computeStats(db: Db, range: { from: string; to: string }): Promise<Stats> {
  const within = (column: string) => (eb: ExpressionBuilder<Schema, keyof Schema>) =>
    eb.and([eb(day(column), ">=", range.from), eb(day(column), "<=", range.to)]);
  const [perDay, totals, topServices, submissions, fb] = await Promise.all([
    db
      .selectFrom("turns")
      .select([day("created_at").as("day"), "channel", (eb) => eb.fn.countAll<number>().as("count")])
      .where(within("created_at"))
      .groupBy([day("created_at"), "channel"])
      .orderBy(day("created_at"))
      .orderBy("channel")
      .execute(),
    db
      .selectFrom("turns")
      .select([(eb) => eb.fn.countAll<number>().as("total"), countWhere("status", "answered").as("answered")])
      .where(within("created_at"))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("turns")
      .select([sql<string>`service_id`.as("serviceId"), (eb) => eb.fn.countAll<number>().as("count")])
      .where("service_id", "is not", null)
      .where(within("created_at"))
      .groupBy("service_id")
      .orderBy(sql`count(*)`, "desc")
      .orderBy("service_id")
      .limit(10)
      .execute(),
    db
      .selectFrom("submissions")
      .select(["service_id as serviceId", "status", (eb) => eb.fn.countAll<number>().as("count")])
      .where(within("created_at"))
      .groupBy(["service_id", "status"])
      .orderBy("service_id")
      .orderBy("status")
      .execute(),
    db
      .selectFrom("feedback")
      .select([countWhere("rating", "up").as("up"), countWhere("rating", "down").as("down")])
      .where(within("created_at"))
      .executeTakeFirstOrThrow(),
  ]);
  const up = Number(fb.up ?? 0);
  const down = Number(fb.down ?? 0);
  const total = Number(totals.total);
  const answered = Number(totals.answered ?? 0);
  return {
    from: range.from,
    to: range.to,
    questionsPerDay: perDay.map((r) => ({ day: r.day, channel: r.channel, count: Number(r.count) })),
    totalQuestions: total,
    answered,
    answerRate: total ? round(answered / total) : 0,
    topServices: topServices.map((r) => ({ serviceId: r.serviceId, count: Number(r.count) })),
    submissions: submissions.map((r) => ({ serviceId: r.serviceId, status: r.status, count: Number(r.count) })),
    feedback: { up, down, ratioUp: up + down ? round(up / (up + down)) : 0 },
  };
}

/**
 * The statistics as CSV, one metric per row: `metric,key,channel,value`.
 *
 * @example
 * statsCsv(stats).split("\r\n")[1] // "questions,2026-11-20,web,3"
 */
export function statsCsv(s: Stats): string {
  const rows: Array<Array<string | number | null>> = [
    ...s.questionsPerDay.map((q) => ["questions", q.day, q.channel, q.count]),
    ["answer_rate", `${s.from}..${s.to}`, null, s.answerRate],
    ...s.topServices.map((t) => ["service_questions", t.serviceId, null, t.count]),
    ...s.submissions.map((x) => ["submissions", `${x.serviceId}/${x.status}`, null, x.count]),
    ["feedback_up", null, null, s.feedback.up],
    ["feedback_down", null, null, s.feedback.down],
  ];
  return toCsv(["metric", "key", "channel", "value"], rows);
}

/**
 * The default range: the last 30 days up to today (UTC).
 *
 * @example
 * defaultRange(new Date("2026-11-24T12:00:00Z")) // { from: "2026-10-26", to: "2026-11-24" }
 */
export function defaultRange(now = new Date()): { from: string; to: string } {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(now.getTime() - 29 * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}
