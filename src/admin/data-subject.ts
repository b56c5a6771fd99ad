import type { FieldCrypto } from "../privacy/crypto.js";
import { maskNumber16 } from "../privacy/mask.js";
import type { Db } from "../store/database.js";

/** Whose data to erase: one ticket's submitter, or everyone's submissions under a NIK. */
export type Subject = { ticket: string } | { nik: string };

export interface Erasure {
  /** What the audit row may show: the ticket, or the NIK masked. */
  target: string;
  submissions: number;
  sessions: number;
  turns: number;
  handoffs: number;
}

/**
 * Erases a data subject (UU 27/2022 PDP): their submissions, the conversations (sessions, turns,
 * outbox) and handoffs of the same channel user. The NIK is matched through its keyed hash only.
 * Returns null when nothing matches.
 *
 * @example
 * eraseSubject(db, crypto, { nik: "7471085203950001" }) // { target: "747108********01", submissions: 1, … }
 */
export function eraseSubject(db: Db, crypto: FieldCrypto | undefined, subject: Subject): Erasure | null {
  const target = "ticket" in subject ? subject.ticket.toUpperCase() : maskNumber16(subject.nik);
  let subs: Array<{ ticket: string; channel: string; user_key: string }>;
  if ("ticket" in subject) {
    subs = db.prepare("SELECT ticket, channel, user_key FROM submissions WHERE ticket = ?").all(target) as typeof subs;
  } else {
    if (!crypto) throw new Error("NIK matching needs the forms field crypto");
    subs = db.prepare("SELECT ticket, channel, user_key FROM submissions WHERE nik_hash = ?").all(crypto.hash(subject.nik)) as typeof subs;
  }
  if (subs.length === 0) return null;
  return db.transaction(() => {
    const out: Erasure = { target, submissions: 0, sessions: 0, turns: 0, handoffs: 0 };
    for (const s of subs) out.submissions += db.prepare("DELETE FROM submissions WHERE ticket = ?").run(s.ticket).changes;
    const users = new Map(subs.map((s) => [`${s.channel}\u0000${s.user_key}`, s]));
    for (const { channel, user_key } of users.values()) {
      const sessionIds = new Set((db.prepare("SELECT id FROM sessions WHERE id = ? OR (channel = ? AND user_key = ?)").all(user_key, channel, user_key) as Array<{ id: string }>).map((r) => r.id));
      for (const h of db.prepare("SELECT session_id FROM handoffs WHERE channel = ? AND user_key = ?").all(channel, user_key) as Array<{ session_id: string }>) sessionIds.add(h.session_id);
      for (const id of sessionIds) {
        out.turns += db.prepare("DELETE FROM turns WHERE session_id = ?").run(id).changes;
        out.sessions += db.prepare("DELETE FROM sessions WHERE id = ?").run(id).changes;
      }
      out.handoffs += db.prepare("DELETE FROM handoffs WHERE channel = ? AND user_key = ?").run(channel, user_key).changes;
      db.prepare("DELETE FROM outbox WHERE channel = ? AND user_key = ?").run(channel, user_key);
    }
    return out;
  })();
}
