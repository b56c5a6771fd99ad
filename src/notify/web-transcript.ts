import type { Db } from "../store/database.js";
import type { WebLive } from "./web-live.js";

/** One entry of a web session's visible conversation, oldest first. */
export type TranscriptEntry =
  | { role: "user"; text: string; at: string }
  | { role: "bot"; text: string; status: string; citations: string[]; at: string }
  | { role: "notice"; kind: string; text: string; at: string; id: number };

/** The most recent turns a transcript shows. */
export const TRANSCRIPT_TURNS = 100;

/**
 * What the widget shows again after a reload: the session's turns (questions as stored, i.e. with
 * personal numbers masked; empty answers, such as messages relayed to an officer, give no bot entry)
 * and the messages delivered to it outside a reply, merged by time. `cursor` is the newest message id,
 * where the live stream resumes.
 *
 * @example
 * const { entries, cursor } = await webTranscript(db, live, "web1_…");
 */
export async function webTranscript(db: Db, live: WebLive, sessionId: string): Promise<{ entries: TranscriptEntry[]; cursor: number }> {
  const newest = await db
    .selectFrom("turns")
    .select(["question", "status", "answer", "citations", "created_at as at"])
    .where("session_id", "=", sessionId)
    .where("channel", "=", "web")
    .orderBy("id", "desc")
    .limit(TRANSCRIPT_TURNS)
    .execute();
  const turns = newest.reverse();
  const entries: TranscriptEntry[] = [];
  for (const t of turns) {
    entries.push({ role: "user", text: t.question, at: t.at });
    if (t.answer.trim()) entries.push({ role: "bot", text: t.answer, status: t.status, citations: JSON.parse(t.citations) as string[], at: t.at });
  }
  const since = turns[0]?.at ?? "";
  const messages = (await live.since(sessionId, 0, 500)).filter((m) => m.at >= since);
  const notices: TranscriptEntry[] = messages.map((m) => ({ role: "notice", kind: m.kind, text: m.text, at: m.at, id: m.id }));
  // Stable merge by time: a turn's entries keep their order; a notice goes after what happened before it.
  const merged = [...entries, ...notices].map((e, i) => ({ e, i })).sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.i - b.i));
  return { entries: merged.map((x) => x.e), cursor: await live.lastId(sessionId) };
}
