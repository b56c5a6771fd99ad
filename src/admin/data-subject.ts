import type { FieldCrypto } from "../privacy/crypto.js";
import { maskNumber16, stripGrouping } from "../privacy/mask.js";
import type { Db } from "../store/database.js";

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

/** The submissions and the chat sessions a subject is found in. */
function locate(db: Db, crypto: FieldCrypto | undefined, subject: Subject, target: string) {
  if ("ticket" in subject) {
    const subs = db.prepare("SELECT ticket, channel, user_key AS userKey FROM submissions WHERE ticket = ?").all(target) as Array<User & { ticket: string }>;
    return { subs, chats: [] as Array<User & { id: string }> };
  }
  if (!crypto) throw new Error("NIK matching needs the forms field crypto");
  const nik = stripGrouping(subject.nik);
  const subs = db.prepare("SELECT ticket, channel, user_key AS userKey FROM submissions WHERE nik_hash = ?").all(crypto.hash(nik)) as Array<
    User & { ticket: string }
  >;
  const chats = db
    .prepare(
      `SELECT DISTINCT s.id, s.channel, COALESCE(s.user_key, s.id) AS userKey
       FROM turn_subjects ts JOIN turns t ON t.id = ts.turn_id JOIN sessions s ON s.id = t.session_id WHERE ts.subject = ?`,
    )
    .all(crypto.subjectHash(nik)) as Array<User & { id: string }>;
  return { subs, chats };
}

/**
 * Rewrites the database file so deleted rows leave no bytes behind: secure_delete (set in
 * openDatabase) zeroes freed cells, the WAL is checkpointed and truncated, and VACUUM rebuilds
 * the file without free pages.
 */
export function scrubDeleted(db: Db): void {
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("VACUUM");
  db.pragma("wal_checkpoint(TRUNCATE)");
}

/**
 * Erases a data subject (UU 27/2022 PDP): their submissions, every conversation of the same channel
 * user (sessions, turns, feedback, outbox, live web messages) and their handoffs, with the officers'
 * internal history (`inbox_history`) of those submissions and handoffs. By NIK it also finds the chats in
 * which the NIK was typed, through the keyed hashes in `turn_subjects`; the NIK itself is never
 * stored. The file is then scrubbed (see scrubDeleted). Returns null when nothing matches.
 *
 * @example
 * eraseSubject(db, crypto, { nik: "7471 0852 0395 0001" }) // { target: "7471********0001", submissions: 1, … }
 */
export function eraseSubject(db: Db, crypto: FieldCrypto | undefined, subject: Subject): Erasure | null {
  const target = "ticket" in subject ? subject.ticket.toUpperCase() : maskNumber16(stripGrouping(subject.nik));
  const { subs, chats } = locate(db, crypto, subject, target);
  if (subs.length === 0 && chats.length === 0) return null;
  const out = db.transaction(() => {
    const out: Erasure = { target, submissions: 0, sessions: 0, turns: 0, handoffs: 0 };
    for (const s of subs) {
      out.submissions += db.prepare("DELETE FROM submissions WHERE ticket = ?").run(s.ticket).changes;
      db.prepare("DELETE FROM inbox_history WHERE kind = 'submission' AND target = ?").run(s.ticket);
    }
    /** A handoff's internal history (officers' replies, notes) goes with it. */
    const dropHandoffs = (where: string, ...args: string[]) => {
      db.prepare(`DELETE FROM inbox_history WHERE kind = 'handoff' AND target IN (SELECT id FROM handoffs WHERE ${where})`).run(...args);
      return db.prepare(`DELETE FROM handoffs WHERE ${where}`).run(...args).changes;
    };
    const sessionIds = new Set(chats.map((c) => c.id));
    const users = new Map([...subs, ...chats].map((u) => [`${u.channel}\u0000${u.userKey}`, { channel: u.channel, userKey: u.userKey }]));
    for (const { channel, userKey } of users.values()) {
      for (const r of db.prepare("SELECT id FROM sessions WHERE id = ? OR (channel = ? AND user_key = ?)").all(userKey, channel, userKey) as Array<{
        id: string;
      }>)
        sessionIds.add(r.id);
      for (const h of db.prepare("SELECT session_id FROM handoffs WHERE channel = ? AND user_key = ?").all(channel, userKey) as Array<{ session_id: string }>)
        sessionIds.add(h.session_id);
      out.handoffs += dropHandoffs("channel = ? AND user_key = ?", channel, userKey);
      db.prepare("DELETE FROM outbox WHERE channel = ? AND user_key = ?").run(channel, userKey);
      // A web submission's user key is its session token: its live messages may exist without a sessions row.
      if (channel === "web") db.prepare("DELETE FROM web_messages WHERE session_id = ?").run(userKey);
    }
    for (const id of sessionIds) {
      db.prepare("DELETE FROM turn_subjects WHERE turn_id IN (SELECT id FROM turns WHERE session_id = ?)").run(id);
      out.turns += db.prepare("DELETE FROM turns WHERE session_id = ?").run(id).changes;
      out.handoffs += dropHandoffs("session_id = ?", id);
      db.prepare("DELETE FROM web_messages WHERE session_id = ?").run(id);
      db.prepare("DELETE FROM feedback WHERE session_id = ?").run(id);
      out.sessions += db.prepare("DELETE FROM sessions WHERE id = ?").run(id).changes;
    }
    return out;
  })();
  scrubDeleted(db);
  return out;
}
