import { afterEach, expect, it } from "vitest";
import { AuditLog } from "../../../src/admin/audit.js";
import { purgeConversations, startRetention } from "../../../src/admin/retention.js";
import type { Db } from "../../../src/store/database.js";
import { describeEachDialect } from "../../helpers/dialects.js";
import { turnRow } from "../../helpers/rows.js";

const NOW = new Date("2026-11-24T00:00:00.000Z");

async function conversation(db: Db, id: string, updatedAt: string, turnTimes: string[]): Promise<void> {
  await db.insertInto("sessions").values({ id, channel: "web", user_key: null, memory: "{}", created_at: updatedAt, updated_at: updatedAt }).execute();
  for (const at of turnTimes) {
    const { id: turnId } = await db
      .insertInto("turns")
      .values(turnRow(id, "web", "syarat ktp", "answered", 2, null, at))
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("turn_subjects")
      .values({ turn_id: turnId, subject: `subj-${id}-${at}` })
      .execute();
  }
}

describeEachDialect("retention", (open) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("deletes turns before the cutoff and sessions not updated since, with their turns, subjects and old web messages", async () => {
    ({ db, close } = await open());
    await conversation(db, "old", "2026-04-01T00:00:00.000Z", ["2026-04-01T00:00:00.000Z"]);
    await conversation(db, "stale", "2026-05-01T00:00:00.000Z", ["2026-05-01T00:00:00.000Z"]);
    // A session still in use keeps its recent turns and loses only its old ones.
    await conversation(db, "recent", "2026-11-01T00:00:00.000Z", ["2026-05-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z"]);
    await db
      .insertInto("web_messages")
      .values([
        { session_id: "web1_x", kind: "operator_message", text: "lama", created_at: "2026-05-01T00:00:00.000Z" },
        { session_id: "web1_x", kind: "operator_message", text: "baru", created_at: "2026-11-20T00:00:00.000Z" },
      ])
      .execute();
    expect(await purgeConversations(db, 180, NOW)).toEqual({ sessions: 2, turns: 3, cutoff: "2026-05-28T00:00:00.000Z" });
    expect((await db.selectFrom("sessions").select("id").execute()).map((r) => r.id)).toEqual(["recent"]);
    expect(await db.selectFrom("turns").select(["session_id", "created_at"]).execute()).toEqual([
      { session_id: "recent", created_at: "2026-11-01T00:00:00.000Z" },
    ]);
    expect((await db.selectFrom("turn_subjects").select("subject").execute()).map((r) => r.subject)).toEqual(["subj-recent-2026-11-01T00:00:00.000Z"]);
    expect((await db.selectFrom("web_messages").select("text").execute()).map((r) => r.text)).toEqual(["baru"]);
    expect(await purgeConversations(db, 180, NOW)).toEqual({ sessions: 0, turns: 0, cutoff: "2026-05-28T00:00:00.000Z" });
  });

  it("runs at start, audits a purge that deleted something, and its stop waits for the run", async () => {
    ({ db, close } = await open());
    await conversation(db, "ancient", "2020-01-01T00:00:00.000Z", ["2020-01-01T00:00:00.000Z"]);
    const audit = new AuditLog(db);
    const lines: string[] = [];
    const stop = startRetention(db, audit, 30, (l) => lines.push(l));
    await stop();
    expect(lines).toEqual(["[retention] deleted 1 sessions and 1 turns older than 30 days"]);
    expect(await audit.list()).toEqual([
      expect.objectContaining({
        action: "retention.purge",
        target: "30d",
        actor: expect.objectContaining({ id: "system" }),
        details: expect.objectContaining({ sessions: 1, turns: 1 }),
      }),
    ]);
  });
});
