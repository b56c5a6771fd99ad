import { type Selectable, sql } from "kysely";
import { type Db, dialectOf } from "../store/database.js";
import { forUpdate } from "../store/portable.js";
import type { FeedbackTable } from "../store/schema.js";
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

/** Where feedback goes; the database implementation is below. */
export interface FeedbackStore {
  add(input: FeedbackInput): Promise<FeedbackRecord>;
  list(options?: { sessionId?: string; limit?: number }): Promise<FeedbackRecord[]>;
}

type Row = Selectable<FeedbackTable>;

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
 * Feedback in the service's database (migration 3), SQLite or PostgreSQL. Reasons are stored with
 * personal numbers masked.
 *
 * @example
 * const store = new DbFeedbackStore(openDatabase(":memory:"));
 * await store.add({ sessionId: "web-12345678", messageIndex: 0, rating: "down", reason: "kurang jelas" });
 */
export class DbFeedbackStore implements FeedbackStore {
  constructor(private readonly db: Db) {}

  async add(input: FeedbackInput): Promise<FeedbackRecord> {
    const reason = input.reason?.trim() ? maskPersonalData(input.reason.trim()).text : null;
    const channel = input.channel ?? "web";
    const messageIndex = input.messageIndex ?? null;
    const answerHash = input.answerHash ?? null;
    // One rating per answer: a later click (a changed mind, or the optional reason after a thumbs-down) updates it.
    return this.db.transaction().execute(async (trx) => {
      // Two replicas taking the first click on the same answer at once: the later waits here and finds the row
      // (a row lock cannot cover a row that does not exist yet). SQLite's transactions are already serial.
      if (dialectOf(this.db) === "postgres") {
        const key = JSON.stringify(["feedback", input.sessionId, channel, messageIndex, answerHash]);
        await sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
      }
      let q = trx.selectFrom("feedback").selectAll().where("session_id", "=", input.sessionId).where("channel", "=", channel);
      q = messageIndex === null ? q.where("message_index", "is", null) : q.where("message_index", "=", messageIndex);
      q = answerHash === null ? q.where("answer_hash", "is", null) : q.where("answer_hash", "=", answerHash);
      q = q.orderBy("id", "desc").limit(1);
      const existing = await forUpdate(this.db, q).executeTakeFirst();
      if (existing) {
        // A new reason replaces the old; without one, the old reason stays only if the rating did not change.
        const kept = reason ?? (existing.rating === input.rating ? existing.reason : null);
        const updated = await trx
          .updateTable("feedback")
          .set({ rating: input.rating, reason: kept })
          .where("id", "=", existing.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return toRecord(updated);
      }
      const row = await trx
        .insertInto("feedback")
        .values({
          session_id: input.sessionId,
          message_index: messageIndex,
          answer_hash: answerHash,
          rating: input.rating,
          reason,
          channel,
          opd: input.opd ?? null,
          created_at: new Date().toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRecord(row);
    });
  }

  /** Newest first. */
  async list(options: { sessionId?: string; limit?: number } = {}): Promise<FeedbackRecord[]> {
    let q = this.db.selectFrom("feedback").selectAll();
    if (options.sessionId) q = q.where("session_id", "=", options.sessionId);
    const rows = await q
      .orderBy("id", "desc")
      .limit(options.limit ?? 100)
      .execute();
    return rows.map(toRecord);
  }
}
