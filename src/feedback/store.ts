import type { Db } from "../store/database.js";
import { maskPersonalData } from "../privacy/mask.js";

export type Rating = "up" | "down";

/** One thumbs up/down on an answer, as a curator reviews it later. */
export interface FeedbackInput {
  sessionId: string;
  /** Which answer of the session (0-based, as the channel counted it). */
  messageIndex?: number;
  /** A short hash of the answer text, when the channel cannot count turns. */
  answerHash?: string;
  rating: Rating;
  reason?: string;
  channel?: string;
  opd?: string;
}

export interface FeedbackRecord extends Required<Pick<FeedbackInput, "sessionId" | "rating">> {
  id: number;
  messageIndex: number | null;
  answerHash: string | null;
  reason: string | null;
  channel: string;
  opd: string | null;
  createdAt: string;
}

/** Where feedback goes; the SQLite implementation is below. */
export interface FeedbackStore {
  add(input: FeedbackInput): FeedbackRecord;
  list(options?: { sessionId?: string; limit?: number }): FeedbackRecord[];
}

interface Row {
  id: number;
  session_id: string;
  message_index: number | null;
  answer_hash: string | null;
  rating: Rating;
  reason: string | null;
  channel: string;
  opd: string | null;
  created_at: string;
}

const toRecord = (r: Row): FeedbackRecord => ({
  id: r.id,
  sessionId: r.session_id,
  messageIndex: r.message_index,
  answerHash: r.answer_hash,
  rating: r.rating,
  reason: r.reason,
  channel: r.channel,
  opd: r.opd,
  createdAt: r.created_at,
});

/**
 * Feedback in the embedded database (migration 3). Reasons are stored with personal numbers masked.
 *
 * @example
 * const store = new SqliteFeedbackStore(openDatabase(":memory:"));
 * store.add({ sessionId: "web-12345678", messageIndex: 0, rating: "down", reason: "kurang jelas" });
 */
export class SqliteFeedbackStore implements FeedbackStore {
  constructor(private readonly db: Db) {}

  add(input: FeedbackInput): FeedbackRecord {
    const reason = input.reason?.trim() ? maskPersonalData(input.reason.trim()).text : null;
    // One rating per answer: a later click (a changed mind, or the optional reason after a thumbs-down) updates it.
    const existing = this.db
      .prepare(`SELECT id FROM feedback WHERE session_id = ? AND message_index IS ? AND answer_hash IS ? AND channel = ? ORDER BY id DESC LIMIT 1`)
      .get(input.sessionId, input.messageIndex ?? null, input.answerHash ?? null, input.channel ?? "web") as { id: number } | undefined;
    if (existing) {
      const updated = this.db
        .prepare("UPDATE feedback SET rating = ?, reason = COALESCE(?, CASE WHEN rating = ? THEN reason END) WHERE id = ? RETURNING *")
        .get(input.rating, reason, input.rating, existing.id) as Row;
      return toRecord(updated);
    }
    const row = this.db
      .prepare(
        `INSERT INTO feedback (session_id, message_index, answer_hash, rating, reason, channel, opd, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      )
      .get(
        input.sessionId,
        input.messageIndex ?? null,
        input.answerHash ?? null,
        input.rating,
        reason,
        input.channel ?? "web",
        input.opd ?? null,
        new Date().toISOString(),
      ) as Row;
    return toRecord(row);
  }

  list(options: { sessionId?: string; limit?: number } = {}): FeedbackRecord[] {
    const limit = options.limit ?? 100;
    const rows = options.sessionId
      ? this.db.prepare("SELECT * FROM feedback WHERE session_id = ? ORDER BY id DESC LIMIT ?").all(options.sessionId, limit)
      : this.db.prepare("SELECT * FROM feedback ORDER BY id DESC LIMIT ?").all(limit);
    return (rows as Row[]).map(toRecord);
  }
}
