/**
 * Rows for seeding the database directly in tests, with the columns the review and statistics read
 * and neutral values for the rest.
 *
 * @example
 * await db.insertInto("turns").values(turnRow("s1", "web", "syarat ktp?", "answered", 1.2, "ktp-el-baru", "2026-11-20T08:00:00.000Z")).execute();
 */
export const turnRow = (
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
