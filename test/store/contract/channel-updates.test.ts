import { afterEach, expect, it } from "vitest";
import { dbDedupe } from "../../../channels/dedupe.js";
import type { Db } from "../../../src/store/database.js";
import { describeEachDialect } from "../../helpers/dialects.js";

describeEachDialect("channel update dedupe", (open) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("claims an update once, per channel, even when replicas claim it at the same moment", async () => {
    ({ db, close } = await open());
    const telegram = dbDedupe(db, "telegram");
    const claims = await Promise.all(Array.from({ length: 6 }, () => telegram.claim("1001")));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await telegram.claim("1001")).toBe(false);
    expect(await dbDedupe(db, "whatsapp").claim("1001")).toBe(true);
  });

  it("forgets only this channel's updates older than the given days", async () => {
    ({ db, close } = await open());
    const old = new Date(Date.now() - 9 * 86_400_000).toISOString();
    await db
      .insertInto("channel_updates")
      .values([
        { channel: "telegram", update_id: "1", received_at: old },
        { channel: "whatsapp", update_id: "1", received_at: old },
      ])
      .execute();
    const telegram = dbDedupe(db, "telegram");
    await telegram.claim("2");
    await telegram.prune(7);
    const left = await db.selectFrom("channel_updates").select(["channel", "update_id"]).orderBy("channel").orderBy("update_id").execute();
    expect(left).toEqual([
      { channel: "telegram", update_id: "2" },
      { channel: "whatsapp", update_id: "1" },
    ]);
  });
});
