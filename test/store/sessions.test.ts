import { afterEach, expect, it } from "vitest";
import type { Db } from "../../src/store/database.js";
import { ConversationStore } from "../../src/store/sessions.js";
import { describeEachDialect } from "../helpers/dialects.js";

const TURN = {
  sessionId: "s1",
  channel: "web",
  question: "nik 7471********0001",
  status: "error",
  answer: "x",
  citations: [],
  evidence: null,
  opd: null,
  serviceId: null,
  latencyMs: 3,
};

describeEachDialect("conversation store", (open) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("keeps typed memory per feature across a save and a read, and updates it in place", async () => {
    ({ db, close } = await open());
    const store = new ConversationStore(db);
    const memory = { topic: { words: "syarat ktp" }, form: { kind: "offer" as const, serviceId: "ktp-el-baru" }, handoff: { serviceId: "ktp-el-baru" } };
    await store.save({ id: "s1", channel: "web", userKey: null, memory });
    expect((await store.get("s1"))?.memory).toEqual(memory);
    await store.save({ id: "s1", channel: "web", userKey: null, memory: {} });
    expect(await store.get("s1")).toEqual({ id: "s1", channel: "web", userKey: null, memory: {} });
    expect(await store.get("nope")).toBeNull();
  });

  it("reads a session written in the old untyped shape as typed memory", async () => {
    ({ db, close } = await open());
    const old = {
      lastTopic: "syarat ktp",
      state: { form: { kind: "filling", serviceId: "pengaduan", step: 1, values: { isi: "v1:enc" } }, lastServiceId: "pengaduan" },
    };
    await db
      .insertInto("sessions")
      .values({ id: "s1", channel: "telegram", user_key: "tg:1", memory: JSON.stringify(old), created_at: "now", updated_at: "now" })
      .execute();
    expect((await new ConversationStore(db).get("s1"))?.memory).toEqual({
      topic: { words: "syarat ktp" },
      form: { kind: "filling", serviceId: "pengaduan", step: 1, values: { isi: "v1:enc" } },
      handoff: { serviceId: "pengaduan" },
    });
  });

  it("stores a turn with its trace and its subject hashes, which go with the turn when it is deleted", async () => {
    ({ db, close } = await open());
    const store = new ConversationStore(db);
    await store.save({ id: "s1", channel: "web", userKey: null, memory: {} });
    const trace = {
      steps: [
        { name: "normalize", ms: 0.1 },
        { name: "retrieve", ms: 2 },
      ],
      failedStep: "retrieve",
      error: "no corpus index is loaded",
    };
    const id = await store.record({ ...TURN, trace, subjects: ["a1", "b2", "a1"] });
    const row = await db.selectFrom("turns").select(["trace", "question", "latency_ms"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.trace)).toEqual(trace);
    expect(row).toMatchObject({ question: "nik 7471********0001", latency_ms: 3 });
    const subjects = await db.selectFrom("turn_subjects").select(["turn_id", "subject"]).orderBy("subject").execute();
    expect(subjects).toEqual([
      { turn_id: id, subject: "a1" },
      { turn_id: id, subject: "b2" },
    ]);
    await db.deleteFrom("turns").where("id", "=", id).execute();
    expect(await db.selectFrom("turn_subjects").selectAll().execute()).toEqual([]);
  });

  it("gives every turn its own id when many are recorded at once", async () => {
    ({ db, close } = await open());
    const store = new ConversationStore(db);
    await store.save({ id: "s1", channel: "web", userKey: null, memory: {} });
    const ids = await Promise.all(Array.from({ length: 20 }, () => store.record({ ...TURN, trace: { steps: [] }, subjects: [] })));
    expect(new Set(ids).size).toBe(20);
  });
});
