import type { Db } from "../store/database.js";
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

/**
 * Computes the statistics from turns, submissions and feedback. Only counts: no question text.
 *
 * @example
 * computeStats(db, { from: "2026-11-01", to: "2026-11-30" }).answerRate // 0.75
 */
export function computeStats(db: Db, range: { from: string; to: string }): Stats {
  const p = { from: range.from, to: `${range.to}\uffff` };
  const perDay = db
    .prepare(
      "SELECT substr(created_at, 1, 10) AS day, channel, COUNT(*) AS count FROM turns WHERE created_at >= @from AND created_at <= @to GROUP BY day, channel ORDER BY day, channel",
    )
    .all(p) as Stats["questionsPerDay"];
  const totals = db
    .prepare(
      "SELECT COUNT(*) AS total, SUM(CASE WHEN status = 'answered' THEN 1 ELSE 0 END) AS answered FROM turns WHERE created_at >= @from AND created_at <= @to",
    )
    .get(p) as { total: number; answered: number | null };
  const topServices = db
    .prepare(
      "SELECT service_id AS serviceId, COUNT(*) AS count FROM turns WHERE service_id IS NOT NULL AND created_at >= @from AND created_at <= @to GROUP BY service_id ORDER BY count DESC, service_id LIMIT 10",
    )
    .all(p) as Stats["topServices"];
  const submissions = db
    .prepare(
      "SELECT service_id AS serviceId, status, COUNT(*) AS count FROM submissions WHERE created_at >= @from AND created_at <= @to GROUP BY service_id, status ORDER BY service_id, status",
    )
    .all(p) as Stats["submissions"];
  const fb = db
    .prepare(
      "SELECT SUM(CASE WHEN rating = 'up' THEN 1 ELSE 0 END) AS up, SUM(CASE WHEN rating = 'down' THEN 1 ELSE 0 END) AS down FROM feedback WHERE created_at >= @from AND created_at <= @to",
    )
    .get(p) as { up: number | null; down: number | null };
  const up = fb.up ?? 0;
  const down = fb.down ?? 0;
  const answered = totals.answered ?? 0;
  return {
    from: range.from,
    to: range.to,
    questionsPerDay: perDay,
    totalQuestions: totals.total,
    answered,
    answerRate: totals.total ? round(answered / totals.total) : 0,
    topServices,
    submissions,
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
