import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/database.js";
import { SqliteConversationStore } from "../../src/store/sessions.js";

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

describe("conversation store", () => {
  it("keeps typed memory per feature across a save and a read", () => {
    const store = new SqliteConversationStore(openDatabase(":memory:"));
    const memory = { topic: { words: "syarat ktp" }, form: { kind: "offer" as const, serviceId: "ktp-el-baru" }, handoff: { serviceId: "ktp-el-baru" } };
    store.save({ id: "s1", channel: "web", userKey: null, memory });
    expect(store.get("s1")?.memory).toEqual(memory);
  });

  it("reads a session written in the old untyped shape as typed memory", () => {
    const db = openDatabase(":memory:");
    const old = {
      lastTopic: "syarat ktp",
      state: { form: { kind: "filling", serviceId: "pengaduan", step: 1, values: { isi: "v1:enc" } }, lastServiceId: "pengaduan" },
    };
    db.prepare("INSERT INTO sessions (id, channel, user_key, memory, created_at, updated_at) VALUES ('s1', 'telegram', 'tg:1', ?, 'now', 'now')").run(
      JSON.stringify(old),
    );
    expect(new SqliteConversationStore(db).get("s1")?.memory).toEqual({
      topic: { words: "syarat ktp" },
      form: { kind: "filling", serviceId: "pengaduan", step: 1, values: { isi: "v1:enc" } },
      handoff: { serviceId: "pengaduan" },
    });
  });

  it("stores a turn with its trace and its subject hashes, which go with the turn when it is deleted", () => {
    const db = openDatabase(":memory:");
    const store = new SqliteConversationStore(db);
    store.save({ id: "s1", channel: "web", userKey: null, memory: {} });
    const trace = {
      steps: [
        { name: "normalize", ms: 0.1 },
        { name: "retrieve", ms: 2 },
      ],
      failedStep: "retrieve",
      error: "no corpus index is loaded",
    };
    const id = store.record({ ...TURN, trace, subjects: ["a1", "b2", "a1"] });
    expect(JSON.parse((db.prepare("SELECT trace FROM turns WHERE id = ?").get(id) as { trace: string }).trace)).toEqual(trace);
    expect(db.prepare("SELECT turn_id AS turnId, subject FROM turn_subjects").all()).toEqual([
      { turnId: id, subject: "a1" },
      { turnId: id, subject: "b2" },
    ]);
    db.prepare("DELETE FROM turns WHERE id = ?").run(id);
    expect(db.prepare("SELECT COUNT(*) AS n FROM turn_subjects").get()).toEqual({ n: 0 });
  });
});
