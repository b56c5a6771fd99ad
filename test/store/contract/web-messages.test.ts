import { afterEach, expect, it } from "vitest";
import { WebLive } from "../../../src/notify/web-live.js";
import type { Db } from "../../../src/store/database.js";
import { describeEachDialect } from "../../helpers/dialects.js";

async function session(db: Db, id: string) {
  const at = "2026-01-01T00:00:00.000Z";
  await db.insertInto("sessions").values({ id, channel: "web", user_key: id, created_at: at, updated_at: at }).execute();
}

async function turn(db: Db, sessionId: string, question: string, answer: string, at: string, channel = "web") {
  await db
    .insertInto("turns")
    .values({
      session_id: sessionId,
      channel,
      question,
      status: "answered",
      answer,
      citations: JSON.stringify(answer ? ["Perwali 41/2021 Pasal 3"] : []),
      evidence: null,
      opd: null,
      service_id: null,
      latency_ms: 1,
      created_at: at,
    })
    .execute();
}

describeEachDialect("WebLive messages", (open) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("stores messages with increasing ids and reads them after a cursor, oldest first", async () => {
    ({ db, close } = await open());
    await session(db, "w1");
    await session(db, "w2");
    const live = new WebLive(db);
    expect(await live.lastId("w1")).toBe(0);
    const a = await live.record("w1", { kind: "operator_message", text: "Halo" });
    await live.record("w2", { kind: "operator_message", text: "lain" });
    const b = await live.record("w1", { kind: "status_change", text: "Selesai" });
    expect(b.id).toBeGreaterThan(a.id);
    expect(a).toEqual({ id: a.id, kind: "operator_message", text: "Halo", at: a.at });
    expect(await live.since("w1", 0)).toEqual([a, b]);
    expect(await live.since("w1", a.id)).toEqual([b]);
    expect(await live.since("w1", 0, 1)).toEqual([a]);
    expect(await live.lastId("w1")).toBe(b.id);
  });

  it("delivers to open streams and stores what it delivered; with none open it throws", async () => {
    ({ db, close } = await open());
    await session(db, "w1");
    const live = new WebLive(db);
    await expect(live.deliver({ channel: "web", userId: "w1", text: "x", kind: "operator_message" })).rejects.toThrow(/no open widget/);
    const got: string[] = [];
    const off = live.subscribe("w1", (m) => got.push(m.text));
    await live.deliver({ channel: "web", userId: "w1", text: "Halo", kind: "operator_message" });
    off();
    expect(got).toEqual(["Halo"]);
    expect((await live.since("w1", 0)).map((m) => m.text)).toEqual(["Halo"]);
  });

  it("rebuilds the transcript: the session's web turns and its messages merged by time", async () => {
    ({ db, close } = await open());
    await session(db, "w1");
    await turn(db, "w1", "syarat ktp?", "Bawa KK.", "2026-01-01T00:00:01.000Z");
    await turn(db, "w1", "pesan ke petugas", "", "2026-01-01T00:00:03.000Z");
    await turn(db, "w1", "telegram", "lain", "2026-01-01T00:00:04.000Z", "telegram");
    const live = new WebLive(db);
    const m = await live.record("w1", { kind: "operator_message", text: "Dari petugas" });
    const { entries, cursor } = await live.transcript("w1");
    expect(cursor).toBe(m.id);
    expect(entries).toEqual([
      { role: "user", text: "syarat ktp?", at: "2026-01-01T00:00:01.000Z" },
      { role: "bot", text: "Bawa KK.", status: "answered", citations: ["Perwali 41/2021 Pasal 3"], at: "2026-01-01T00:00:01.000Z" },
      { role: "user", text: "pesan ke petugas", at: "2026-01-01T00:00:03.000Z" },
      { role: "notice", kind: "operator_message", text: "Dari petugas", at: m.at, id: m.id },
    ]);
    expect(await live.transcript("nobody")).toEqual({ entries: [], cursor: 0 });
  });
});
