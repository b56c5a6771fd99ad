import { afterEach, expect, it } from "vitest";
import { OutboxNotifier } from "../../../src/notify/notifier.js";
import type { OutboundMessage } from "../../../src/notify/types.js";
import type { Db } from "../../../src/store/database.js";
import { describeEachDialect } from "../../helpers/dialects.js";

const msg = (text: string, userId = "42", channel: OutboundMessage["channel"] = "telegram"): OutboundMessage => ({
  channel,
  userId,
  text,
  kind: "operator_message",
});

describeEachDialect("OutboxNotifier", (open) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("keeps messages while no delivery is attached and hands them over once, oldest first", async () => {
    ({ db, close } = await open());
    const notifier = new OutboxNotifier(db);
    await notifier.notify(msg("satu"));
    await notifier.notify({ ...msg("dua"), kind: "status_change" });
    await notifier.notify(msg("lain", "43"));
    await notifier.notify(msg("web", "42", "web"));
    expect(await notifier.takePending("telegram", "42")).toEqual([msg("satu"), { ...msg("dua"), kind: "status_change" }]);
    expect(await notifier.takePending("telegram", "42")).toEqual([]);
    expect(await notifier.takePending("web", "42")).toEqual([msg("web", "42", "web")]);
    expect(await notifier.takePending("telegram", "43")).toEqual([msg("lain", "43")]);
  });

  it("delivers at once through the attached delivery and keeps what failed", async () => {
    ({ db, close } = await open());
    const notifier = new OutboxNotifier(db);
    const sent: string[] = [];
    notifier.attach("telegram", async (m) => {
      if (m.text === "gagal") throw new Error("down");
      sent.push(m.text);
    });
    await notifier.notify(msg("ok"));
    await notifier.notify(msg("gagal"));
    expect(sent).toEqual(["ok"]);
    expect(await notifier.takePending("telegram", "42")).toEqual([msg("gagal")]);
  });

  it("hands a kept message to only one of two takers at once", async () => {
    ({ db, close } = await open());
    const notifier = new OutboxNotifier(db);
    for (let i = 0; i < 5; i++) await notifier.notify(msg(`m${i}`));
    await Promise.all([notifier.takePending("web", "x"), notifier.takePending("web", "y")]); // both pooled connections open first
    const [a, b] = await Promise.all([notifier.takePending("telegram", "42"), notifier.takePending("telegram", "42")]);
    expect([...(a ?? []), ...(b ?? [])].map((m) => m.text).sort()).toEqual(["m0", "m1", "m2", "m3", "m4"]);
  });
});
