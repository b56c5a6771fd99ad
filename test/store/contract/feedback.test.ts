import { afterEach, expect, it } from "vitest";
import { DbFeedbackStore } from "../../../src/feedback/store.js";
import type { Db } from "../../../src/store/database.js";
import { describeEachDialect } from "../../helpers/dialects.js";

describeEachDialect("FeedbackStore", (open) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("stores a rating with its reason masked and returns the record", async () => {
    ({ db, close } = await open());
    const store = new DbFeedbackStore(db);
    const r = await store.add({
      sessionId: "web1_a",
      messageIndex: 0,
      rating: "down",
      reason: "  NIK saya 7471085203950001 tidak dikenali  ",
      opd: "disdukcapil",
    });
    expect(r).toMatchObject({
      sessionId: "web1_a",
      messageIndex: 0,
      answerHash: null,
      rating: "down",
      channel: "web",
      opd: "disdukcapil",
    });
    expect(r.reason).not.toContain("7471085203950001");
    expect(r.reason).toMatch(/^NIK saya 7471\*+0001 tidak dikenali$/);
    expect(await store.list()).toEqual([r]);
    expect((await store.add({ sessionId: "tg:1", answerHash: "ab12", rating: "up", reason: "   ", channel: "telegram" })).reason).toBeNull();
  });

  it("keeps one rating per answer: a later click updates it; a changed rating drops the old reason", async () => {
    ({ db, close } = await open());
    const store = new DbFeedbackStore(db);
    const first = await store.add({ sessionId: "web1_a", messageIndex: 2, rating: "down" });
    const reason = await store.add({ sessionId: "web1_a", messageIndex: 2, rating: "down", reason: "kurang jelas" });
    expect(reason).toMatchObject({ id: first.id, rating: "down", reason: "kurang jelas" });
    const same = await store.add({ sessionId: "web1_a", messageIndex: 2, rating: "down" });
    expect(same).toMatchObject({ id: first.id, reason: "kurang jelas" });
    const flipped = await store.add({ sessionId: "web1_a", messageIndex: 2, rating: "up" });
    expect(flipped).toMatchObject({ id: first.id, rating: "up", reason: null });
    // Another answer, another channel or a hash-identified answer is a row of its own.
    await store.add({ sessionId: "web1_a", messageIndex: 3, rating: "up" });
    await store.add({ sessionId: "web1_a", messageIndex: 2, rating: "up", channel: "telegram" });
    await store.add({ sessionId: "web1_a", answerHash: "ff00", rating: "down" });
    const again = await store.add({ sessionId: "web1_a", answerHash: "ff00", rating: "up" });
    expect(await store.list({ sessionId: "web1_a" })).toHaveLength(4);
    expect((await store.list({ sessionId: "web1_a" }))[0]).toEqual(again);
  });

  it("keeps one row when the first clicks on an answer arrive at once (two replicas)", async () => {
    ({ db, close } = await open());
    const store = new DbFeedbackStore(db);
    const clicks = await Promise.all(Array.from({ length: 8 }, (_, i) => store.add({ sessionId: "web1_b", messageIndex: 0, rating: i % 2 ? "up" : "down" })));
    expect(new Set(clicks.map((c) => c.id)).size).toBe(1);
    expect(await store.list({ sessionId: "web1_b" })).toHaveLength(1);
  });

  it("lists newest first, by session, limited", async () => {
    ({ db, close } = await open());
    const store = new DbFeedbackStore(db);
    for (let i = 0; i < 5; i++) await store.add({ sessionId: i % 2 ? "s-odd" : "s-even", messageIndex: i, rating: "up" });
    expect((await store.list()).map((r) => r.messageIndex)).toEqual([4, 3, 2, 1, 0]);
    expect((await store.list({ sessionId: "s-odd" })).map((r) => r.messageIndex)).toEqual([3, 1]);
    expect((await store.list({ limit: 2 })).map((r) => r.messageIndex)).toEqual([4, 3]);
  });
});
