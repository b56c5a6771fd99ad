import { afterEach, expect, it } from "vitest";
import { InboxStore } from "../../../src/forms/inbox.js";
import type { Db } from "../../../src/store/database.js";
import { describeEachDialect } from "../../helpers/dialects.js";

const at = "2026-01-01T00:00:00.000Z";

async function key(db: Db, id: string, name: string, role: "admin" | "curator" | "operator", opd: string | null, revoked = false) {
  await db
    .insertInto("api_keys")
    .values({ id, name, role, opd, key_hash: `h-${id}`, created_at: at, revoked_at: revoked ? at : null })
    .execute();
}

describeEachDialect("InboxStore", (open) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("keeps a ticket's and a handoff's history apart, oldest first", async () => {
    ({ db, close } = await open());
    const inbox = new InboxStore(db);
    const ana = { id: "key_1", name: "Ana" };
    await inbox.record("submission", "KDI-2026-000001", ana, "note", "Berkas diperiksa.");
    await inbox.record("handoff", "KDI-2026-000001", ana, "reply", "lain");
    await inbox.record("submission", "KDI-2026-000001", { id: "key_2", name: "Budi" }, "assign");
    await inbox.record("submission", "KDI-2026-000002", ana, "note", "lain");
    const h = await inbox.history("submission", "KDI-2026-000001");
    expect(h.map((e) => [e.actor, e.action, e.text])).toEqual([
      [ana, "note", "Berkas diperiksa."],
      [{ id: "key_2", name: "Budi" }, "assign", ""],
    ]);
    expect(h[0]?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await inbox.history("handoff", "nope")).toEqual([]);
  });

  it("keeps canned replies per OPD, by title in binary order, then oldest first", async () => {
    ({ db, close } = await open());
    const inbox = new InboxStore(db);
    const first = await inbox.addCannedReply("disdukcapil", "salam", "Selamat pagi.");
    expect(first).toEqual({ id: first.id, opd: "disdukcapil", title: "salam", text: "Selamat pagi." });
    await inbox.addCannedReply("disdukcapil", "Berkas", "Silakan bawa berkas.");
    await inbox.addCannedReply("dinkes", "Antrean", "x");
    const again = await inbox.addCannedReply("disdukcapil", "salam", "Selamat siang.");
    const list = await inbox.cannedReplies("disdukcapil");
    // Upper case sorts before lower case, as in SQLite's default collation, whatever PostgreSQL's locale.
    expect(list.map((r) => [r.title, r.text])).toEqual([
      ["Berkas", "Silakan bawa berkas."],
      ["salam", "Selamat pagi."],
      ["salam", "Selamat siang."],
    ]);
    expect(list[2]?.id).toBe(again.id);
    expect(await inbox.cannedReplies("bapenda")).toEqual([]);
  });

  it("lists the OPD's active operators first, then admins, each by name", async () => {
    ({ db, close } = await open());
    await key(db, "k1", "Zaki", "admin", null);
    await key(db, "k2", "budi", "operator", "disdukcapil");
    await key(db, "k3", "Ana", "operator", "disdukcapil");
    await key(db, "k4", "Citra", "operator", "dinkes");
    await key(db, "k5", "Dewi", "curator", null);
    await key(db, "k6", "Eka", "operator", "disdukcapil", true);
    await key(db, "k7", "Adi", "admin", null);
    const inbox = new InboxStore(db);
    expect(await inbox.officers("disdukcapil")).toEqual([
      { id: "k3", name: "Ana" },
      { id: "k2", name: "budi" },
      { id: "k7", name: "Adi" },
      { id: "k1", name: "Zaki" },
    ]);
    expect(await inbox.officerName("k2")).toBe("budi");
    expect(await inbox.officerName("k6")).toBeNull();
    expect(await inbox.officerName("nope")).toBeNull();
  });
});
