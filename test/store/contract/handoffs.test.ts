import { afterEach, expect, it } from "vitest";
import { HandoffRepository } from "../../../src/forms/handoffs.js";
import type { InboxChange } from "../../../src/notify/inbox-feed.js";
import type { Db } from "../../../src/store/database.js";
import { describeEachDialect } from "../../helpers/dialects.js";

const who = (userKey = "u1", opd = "disdukcapil", channel = "telegram") => ({ sessionId: `s-${userKey}`, channel, userKey, opd });
const tick = () => new Promise((r) => setTimeout(r, 3));

describeEachDialect("HandoffRepository", (open) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("opens a thread once per user and channel while it is open", async () => {
    ({ db, close } = await open());
    const repo = new HandoffRepository(db);
    const h = await repo.open(who());
    expect(h).toMatchObject({ sessionId: "s-u1", channel: "telegram", userKey: "u1", opd: "disdukcapil", status: "open", messages: [], assignee: null });
    expect(h.createdAt).toBe(h.updatedAt);
    expect(await repo.open(who("u1", "dinkes"))).toEqual(h);
    expect(await repo.openFor("telegram", "u1")).toEqual(h);
    expect(await repo.openFor("whatsapp", "u1")).toBeNull();
    expect(await repo.get(h.id)).toEqual(h);
    expect(await repo.get("nope")).toBeNull();
    await repo.close(h.id);
    expect(await repo.openFor("telegram", "u1")).toBeNull();
    const again = await repo.open(who());
    expect(again.id).not.toBe(h.id);
  });

  it("opens one thread when a user's requests arrive at once", async () => {
    ({ db, close } = await open());
    const repo = new HandoffRepository(db);
    const seen: InboxChange[] = [];
    repo.changes.subscribe((c) => seen.push(c));
    // Every pooled connection is opened first, so the requests really run side by side.
    await Promise.all(Array.from({ length: 4 }, () => repo.list({})));
    const opened = await Promise.all(Array.from({ length: 8 }, () => repo.open(who())));
    expect(new Set(opened.map((h) => h.id)).size).toBe(1);
    expect(await repo.list({})).toHaveLength(1);
    expect(seen.map((c) => c.change)).toEqual(["created"]);
  });

  it("appends messages in order and reports the thread; an unknown id gives null", async () => {
    ({ db, close } = await open());
    const repo = new HandoffRepository(db);
    const h = await repo.open(who());
    await repo.addMessage(h.id, "citizen", "Halo, KTP saya belum jadi.");
    const after = await repo.addMessage(h.id, "operator", "Baik, kami cek.");
    expect(after?.messages.map((m) => [m.from, m.text])).toEqual([
      ["citizen", "Halo, KTP saya belum jadi."],
      ["operator", "Baik, kami cek."],
    ]);
    expect(after?.updatedAt).toBe(after?.messages[1]?.at);
    expect(await repo.get(h.id)).toEqual(after);
    expect(await repo.addMessage("nope", "citizen", "x")).toBeNull();
  });

  it("keeps every message when many are appended at once", async () => {
    ({ db, close } = await open());
    const repo = new HandoffRepository(db);
    const h = await repo.open(who());
    await Promise.all(Array.from({ length: 10 }, (_, i) => repo.addMessage(h.id, i % 2 ? "operator" : "citizen", `pesan ${i}`)));
    const texts = (await repo.get(h.id))?.messages.map((m) => m.text) ?? [];
    expect(texts).toHaveLength(10);
    expect(new Set(texts)).toEqual(new Set(Array.from({ length: 10 }, (_, i) => `pesan ${i}`)));
  });

  it("closes and assigns; unknown ids give null", async () => {
    ({ db, close } = await open());
    const repo = new HandoffRepository(db);
    const h = await repo.open(who());
    expect((await repo.assign(h.id, "key_1"))?.assignee).toBe("key_1");
    expect((await repo.assign(h.id, null))?.assignee).toBeNull();
    const closed = await repo.close(h.id);
    expect(closed).toMatchObject({ closed: true, handoff: { id: h.id, status: "closed" } });
    expect(await repo.get(h.id)).toEqual(closed?.handoff);
    expect(await repo.close(h.id)).toEqual({ closed: false, handoff: closed?.handoff });
    expect(await repo.close("nope")).toBeNull();
    expect(await repo.assign("nope", "key_1")).toBeNull();
  });

  it("reports exactly one closer when closes of a thread arrive at once", async () => {
    ({ db, close } = await open());
    const repo = new HandoffRepository(db);
    const seen: InboxChange[] = [];
    const h = await repo.open(who());
    // Every pooled connection is opened first, so the closes really run side by side.
    await Promise.all(Array.from({ length: 5 }, () => repo.list({})));
    repo.changes.subscribe((c) => seen.push(c));
    const results = await Promise.all(Array.from({ length: 5 }, () => repo.close(h.id)));
    expect(results.map((r) => r?.closed).filter(Boolean)).toHaveLength(1);
    expect(results.every((r) => r?.handoff.status === "closed")).toBe(true);
    expect(seen.map((c) => c.change)).toEqual(["updated"]);
  });

  it("turns a message away once the thread is closed, leaving the thread as it was", async () => {
    ({ db, close } = await open());
    const repo = new HandoffRepository(db);
    const h = await repo.open(who());
    await repo.addMessage(h.id, "citizen", "Halo");
    await repo.close(h.id);
    const closed = await repo.get(h.id);
    expect(await repo.addMessage(h.id, "operator", "Masih di sana?")).toBeNull();
    expect(await repo.get(h.id)).toEqual(closed);
  });

  it("lists newest first, filtered by OPD, status and channel", async () => {
    ({ db, close } = await open());
    const repo = new HandoffRepository(db);
    const a = await repo.open(who("a"));
    await tick();
    const b = await repo.open(who("b", "dinkes", "web"));
    await tick();
    const c = await repo.open(who("c"));
    await repo.close(c.id);
    const ids = async (f: Parameters<HandoffRepository["list"]>[0]) => (await repo.list(f)).map((h) => h.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ opd: "disdukcapil" })).toEqual([c.id, a.id]);
    expect(await ids({ status: "open" })).toEqual([b.id, a.id]);
    expect(await ids({ channel: "web" })).toEqual([b.id]);
    expect(await ids({ opd: "disdukcapil", status: "closed", channel: "telegram" })).toEqual([c.id]);
  });

  it("publishes a new thread, a citizen's message and officers' changes", async () => {
    ({ db, close } = await open());
    const repo = new HandoffRepository(db);
    const seen: InboxChange[] = [];
    repo.changes.subscribe((c) => seen.push(c));
    const h = await repo.open(who());
    await repo.open(who());
    await repo.addMessage(h.id, "citizen", "Halo");
    await repo.addMessage(h.id, "operator", "Ya");
    await repo.assign(h.id, "key_1");
    await repo.close(h.id);
    await repo.close("nope");
    expect(seen.map((c) => c.change)).toEqual(["created", "message", "updated", "updated", "updated"]);
    expect(seen.every((c) => c.kind === "handoff" && c.id === h.id && c.opd === "disdukcapil")).toBe(true);
  });
});
