import type { Db } from "../store/database.js";
import { tokenize } from "../text/normalize.js";
import { toCsv } from "./csv.js";
import { reviewResolutions } from "./question-variants.js";

/** Evidence below this counts as weakly supported, for the review. */
export const LOW_EVIDENCE = 1.2;
/** Token-set Jaccard similarity at or above which two questions join one group. */
export const SIMILARITY = 0.5;

export type ReviewReason = "no_answer" | "low_evidence" | "negative_feedback";

/** Similar questions the service could not answer well, for a curator to act on. */
export interface ReviewGroup {
  count: number;
  /** Up to 5 distinct questions, masked as stored. */
  examples: string[];
  reasons: ReviewReason[];
  lastSeen: string;
}

/** Sessions per query when reading rated-down sessions' turns. */
const BATCH = 500;
const TURN_COLUMNS = ["id", "session_id", "question", "status", "evidence", "created_at"] as const;

interface TurnRow {
  id: number;
  session_id: string;
  question: string;
  status: string;
  evidence: number | null;
  created_at: string;
}

/** The turns to review: no_answer, low evidence, or rated down (feedback matched by answer index). */
async function candidates(db: Db): Promise<Array<TurnRow & { reason: ReviewReason }>> {
  const rows = await db
    .selectFrom("turns")
    .select(TURN_COLUMNS)
    .where((eb) =>
      eb.or([eb("status", "=", "no_answer"), eb.and([eb("status", "=", "answered"), eb("evidence", "is not", null), eb("evidence", "<", LOW_EVIDENCE)])]),
    )
    .orderBy("id")
    .execute();
  const out = rows.map((r) => ({ ...r, reason: (r.status === "no_answer" ? "no_answer" : "low_evidence") as ReviewReason }));
  const seen = new Set(out.map((r) => r.id));
  const down = await db.selectFrom("feedback").select(["session_id", "message_index"]).where("rating", "=", "down").orderBy("id").execute();
  // The turns of the rated-down sessions, a batch of sessions a query (bound parameters are limited), in id order.
  const sessionIds = [...new Set(down.map((f) => f.session_id))];
  const bySession = new Map<string, TurnRow[]>();
  for (let i = 0; i < sessionIds.length; i += BATCH) {
    const batch = sessionIds.slice(i, i + BATCH);
    const turns = await db.selectFrom("turns").select(TURN_COLUMNS).where("session_id", "in", batch).orderBy("id").execute();
    for (const t of turns) bySession.set(t.session_id, [...(bySession.get(t.session_id) ?? []), t]);
  }
  for (const f of down) {
    const turns = bySession.get(f.session_id) ?? [];
    const t = f.message_index === null ? turns[turns.length - 1] : turns[f.message_index];
    if (t && !seen.has(t.id)) {
      seen.add(t.id);
      out.push({ ...t, reason: "negative_feedback" });
    }
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * Whether curators already dealt with a turn: it is similar to a question marked out of scope, or to
 * a question linked to a passage after the turn was asked (a later failure is listed again).
 */
async function resolvedFilter(db: Db, threshold: number): Promise<(tokens: Set<string>, at: string) => boolean> {
  const done = (await reviewResolutions(db)).map((r) => ({ ...r, tokens: new Set(tokenize(r.question)) }));
  return (tokens, at) => done.some((r) => (r.kind === "out_of_scope" || at <= r.at) && jaccard(r.tokens, tokens) >= threshold);
}

/**
 * Groups the questions to review by similarity (greedy: each question joins the first group whose
 * first question is similar enough), largest and most recent groups first. Questions curators
 * linked or marked out of scope are left out.
 *
 * @example
 * (await reviewGroups(db))[0] // { count: 2, examples: ["cara urus izin reklame", "cara mengurus izin reklame?"], reasons: ["no_answer"], lastSeen: "2026-11-20T…" }
 */
export async function reviewGroups(db: Db, threshold = SIMILARITY): Promise<ReviewGroup[]> {
  const groups: Array<{ seed: Set<string>; group: ReviewGroup }> = [];
  const resolved = await resolvedFilter(db, threshold);
  for (const t of await candidates(db)) {
    const tokens = new Set(tokenize(t.question));
    if (resolved(tokens, t.created_at)) continue;
    const g = groups.find((x) => jaccard(x.seed, tokens) >= threshold);
    if (!g) {
      groups.push({ seed: tokens, group: { count: 1, examples: [t.question], reasons: [t.reason], lastSeen: t.created_at } });
      continue;
    }
    g.group.count++;
    if (g.group.examples.length < 5 && !g.group.examples.includes(t.question)) g.group.examples.push(t.question);
    if (!g.group.reasons.includes(t.reason)) g.group.reasons.push(t.reason);
    if (t.created_at > g.group.lastSeen) g.group.lastSeen = t.created_at;
  }
  return groups.map((g) => g.group).sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
}

/**
 * The review as CSV: `count,last_seen,reasons,examples` (examples joined with " | ").
 *
 * @example
 * reviewCsv(await reviewGroups(db)).split("\r\n")[0] // "count,last_seen,reasons,examples"
 */
export function reviewCsv(groups: ReviewGroup[]): string {
  return toCsv(
    ["count", "last_seen", "reasons", "examples"],
    groups.map((g) => [g.count, g.lastSeen, g.reasons.join(" "), g.examples.join(" | ")]),
  );
}
