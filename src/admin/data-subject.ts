import type { FieldCrypto } from "../privacy/crypto.js";
import { maskNumber16, stripGrouping } from "../privacy/mask.js";
import { compact, type Db } from "../store/database.js";
import type { Schema } from "../store/schema.js";

/** Whose data to erase: one ticket's submitter, or everyone's data under a NIK. */
export type Subject = { ticket: string } | { nik: string };

export interface Erasure {
  /** What the audit row may show: the ticket, or the NIK masked. */
  target: string;
  submissions: number;
  sessions: number;
  turns: number;
  handoffs: number;
}

interface User {
  channel: string;
  userKey: string;
}

/** The tables erasure deletes from, compacted afterwards so nothing readable is left. */
const ERASED_TABLES = [
  "submissions",
  "inbox_history",
  "handoffs",
  "outbox",
  "web_messages",
  "turn_subjects",
  "turns",
  "feedback",
  "sessions",
] as const satisfies ReadonlyArray<keyof Schema>;

/** The submissions and the chat sessions a subject is found in. */
async function locate(db: Db, crypto: FieldCrypto | undefined, subject: Subject, target: string) {
  const submitters = db.selectFrom("submissions").select(["ticket", "channel", "user_key as userKey"]).orderBy("id");
  if ("ticket" in subject) {
    const subs: Array<User & { ticket: string }> = await submitters.where("ticket", "=", target).execute();
    return { subs, chats: [] as Array<User & { id: string }> };
  }
  if (!crypto) throw new Error("NIK matching needs the forms field crypto");
  const nik = stripGrouping(subject.nik);
  const subs: Array<User & { ticket: string }> = await submitters.where("nik_hash", "=", crypto.hash(nik)).execute();
  const chats: Array<User & { id: string }> = await db
    .selectFrom("turn_subjects as ts")
    .innerJoin("turns as t", "t.id", "ts.turn_id")
    .innerJoin("sessions as s", "s.id", "t.session_id")
    .select(["s.id", "s.channel", (eb) => eb.fn.coalesce("s.user_key", "s.id").as("userKey")])
    .distinct()
    .where("ts.subject", "=", crypto.subjectHash(nik))
    .execute();
  return { subs, chats };
}

/**
 * Erases a data subject (UU 27/2022 PDP): their submissions, every conversation of the same channel
 * user (sessions, turns, feedback, outbox, live web messages) and their handoffs, with the officers'
 * internal history (`inbox_history`) of those submissions and handoffs. By NIK it also finds the chats in
 * which the NIK was typed, through the keyed hashes in `turn_subjects`; the NIK itself is never
 * stored. All in one transaction; then the deleted rows are made unreadable (`compact`: SQLite
 * rewrites its file and WAL, PostgreSQL vacuums the tables). Returns null when nothing matches.
 *
 * @example
 * await eraseSubject(db, crypto, { nik: "7471 0852 0395 0001" }) // { target: "7471********0001", submissions: 1, … }
 */
export async function eraseSubject(db: Db, crypto: FieldCrypto | undefined, subject: Subject): Promise<Erasure | null> {
  const target = "ticket" in subject ? subject.ticket.toUpperCase() : maskNumber16(stripGrouping(subject.nik));
  const { subs, chats } = await locate(db, crypto, subject, target);
  if (subs.length === 0 && chats.length === 0) return null;
  const out = await db.transaction().execute(async (trx) => {
    const out: Erasure = { target, submissions: 0, sessions: 0, turns: 0, handoffs: 0 };
    const n = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
    for (const s of subs) {
      out.submissions += n(await trx.deleteFrom("submissions").where("ticket", "=", s.ticket).executeTakeFirst());
      await trx.deleteFrom("inbox_history").where("kind", "=", "submission").where("target", "=", s.ticket).execute();
    }
    /** A handoff's internal history (officers' replies, notes) goes with it. */
    const dropHandoffs = async (where: { sessionId: string } | User) => {
      const ids = await ("sessionId" in where
        ? trx.selectFrom("handoffs").select("id").where("session_id", "=", where.sessionId)
        : trx.selectFrom("handoffs").select("id").where("channel", "=", where.channel).where("user_key", "=", where.userKey)
      ).execute();
      if (ids.length === 0) return 0;
      const list = ids.map((h) => h.id);
      await trx.deleteFrom("inbox_history").where("kind", "=", "handoff").where("target", "in", list).execute();
      return n(await trx.deleteFrom("handoffs").where("id", "in", list).executeTakeFirst());
    };
    const sessionIds = new Set(chats.map((c) => c.id));
    const users = new Map([...subs, ...chats].map((u) => [`${u.channel}\u0000${u.userKey}`, { channel: u.channel, userKey: u.userKey }]));
    for (const user of users.values()) {
      const { channel, userKey } = user;
      const sessions = await trx
        .selectFrom("sessions")
        .select("id")
        .where((eb) => eb.or([eb("id", "=", userKey), eb.and([eb("channel", "=", channel), eb("user_key", "=", userKey)])]))
        .execute();
      for (const r of sessions) sessionIds.add(r.id);
      const handoffs = await trx.selectFrom("handoffs").select("session_id").where("channel", "=", channel).where("user_key", "=", userKey).execute();
      for (const h of handoffs) sessionIds.add(h.session_id);
      out.handoffs += await dropHandoffs(user);
      await trx.deleteFrom("outbox").where("channel", "=", channel).where("user_key", "=", userKey).execute();
      // A web submission's user key is its session token: its live messages may exist without a sessions row.
      if (channel === "web") await trx.deleteFrom("web_messages").where("session_id", "=", userKey).execute();
    }
    for (const id of sessionIds) {
      await trx
        .deleteFrom("turn_subjects")
        .where("turn_id", "in", trx.selectFrom("turns").select("id").where("session_id", "=", id))
        .execute();
      out.turns += n(await trx.deleteFrom("turns").where("session_id", "=", id).executeTakeFirst());
      out.handoffs += await dropHandoffs({ sessionId: id });
      await trx.deleteFrom("web_messages").where("session_id", "=", id).execute();
      await trx.deleteFrom("feedback").where("session_id", "=", id).execute();
      out.sessions += n(await trx.deleteFrom("sessions").where("id", "=", id).executeTakeFirst());
    }
    return out;
  });
  await compact(db, [...ERASED_TABLES]);
  return out;
}
