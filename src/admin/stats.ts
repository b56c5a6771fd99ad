import { type ExpressionBuilder, sql } from "kysely";
import { binaryOrder } from "../store/portable.js";
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

/** The day after a `YYYY-MM-DD` day, in the same form (`2026-12-31` → `2027-01-01`). */
function nextDay(d: string): string {
  const [y, m, dd] = d.split("-").map(Number);
  const at = new Date(0);
  at.setUTCFullYear(y ?? 0, (m ?? 1) - 1, (dd ?? 1) + 1);
  return at.toISOString().slice(0, 10);
}

/**
 * Computes the statistics from turns, submissions and feedback. Only counts: no question text.
 * The range filters the bare `created_at` (ISO text: `from` ≤ it < the day after `to`), so an index
 * on it serves the query; rows are put in order here with a binary comparison, so JSON and CSV list
 * them the same on both dialects whatever PostgreSQL's collation.
 *
 * @example
 * (await computeStats(db, { from: "2026-11-01", to: "2026-11-30" })).answerRate // 0.75
 */
export async function computeStats(db: Db, range: { from: string; to: string }): Promise<Stats> {
  const until = nextDay(range.to);
  const within = (column: string) => (eb: ExpressionBuilder<Schema, keyof Schema>) =>
    eb.and([eb(sql.ref(column), ">=", range.from), eb(sql.ref(column), "<", until)]);
  const [perDay, totals, topServices, submissions, fb] = await Promise.all([
    db
      .selectFrom("turns")
      .select([day("created_at").as("day"), "channel", (eb) => eb.fn.countAll<number>().as("count")])
      .where(within("created_at"))
      .groupBy([day("created_at"), "channel"])
      .execute(),
    db
      .selectFrom("turns")
      .select([(eb) => eb.fn.countAll<number>().as("total"), countWhere("status", "answered").as("answered")])
      .where(within("created_at"))
      .executeTakeFirstOrThrow(),
    // Every service's count: the top ten are cut after the binary tie-break below.
    db
      .selectFrom("turns")
      .select([sql<string>`service_id`.as("serviceId"), (eb) => eb.fn.countAll<number>().as("count")])
      .where("service_id", "is not", null)
      .where(within("created_at"))
      .groupBy("service_id")
      .execute(),
    db
      .selectFrom("submissions")
      .select(["service_id as serviceId", "status", (eb) => eb.fn.countAll<number>().as("count")])
      .where(within("created_at"))
      .groupBy(["service_id", "status"])
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
    questionsPerDay: perDay
      .map((r) => ({ day: r.day, channel: r.channel, count: Number(r.count) }))
      .sort((a, b) => binaryOrder(a.day, b.day) || binaryOrder(a.channel, b.channel)),
    totalQuestions: total,
    answered,
    answerRate: total ? round(answered / total) : 0,
    topServices: topServices
      .map((r) => ({ serviceId: r.serviceId, count: Number(r.count) }))
      .sort((a, b) => b.count - a.count || binaryOrder(a.serviceId, b.serviceId))
      .slice(0, 10),
    submissions: submissions
      .map((r) => ({ serviceId: r.serviceId, status: r.status, count: Number(r.count) }))
      .sort((a, b) => binaryOrder(a.serviceId, b.serviceId) || binaryOrder(a.status, b.status)),
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
