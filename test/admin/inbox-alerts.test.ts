import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnv } from "../../src/config/env.js";
import { officerChats, watchForOfficers } from "../../src/notify/officer-alerts.js";
import type { OutboundMessage } from "../../src/notify/types.js";
import { adminApp, keyFor, type AdminTestApp } from "./helpers.js";
import { seedTicket } from "./inbox-helpers.js";

describe("officer alerts and the live inbox stream", () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await adminApp();
  });
  afterAll(() => t.cleanup());

  it("reads OFFICER_TELEGRAM_CHAT_IDS as chats per OPD and refuses a malformed pair", () => {
    const env = loadEnv({ OFFICER_TELEGRAM_CHAT_IDS: "disdukcapil:12345, dinsos:-100987,disdukcapil:678" });
    expect(officerChats(env.OFFICER_TELEGRAM_CHAT_IDS)).toEqual({ disdukcapil: ["12345", "678"], dinsos: ["-100987"] });
    expect(() => loadEnv({ OFFICER_TELEGRAM_CHAT_IDS: "disdukcapil" })).toThrow("expected opd:chat_id pairs");
  });

  it("posts a new ticket, a new handoff and a citizen's message to the OPD's officer chats, without personal data", async () => {
    const sent: OutboundMessage[] = [];
    const forms = t.services.forms!;
    const off = watchForOfficers(
      [forms.submissions.changes, forms.handoffs.changes],
      { notify: async (m) => void sent.push(m) },
      { disdukcapil: ["12345"] },
      "https://layanan.kendarikota.go.id",
    );
    const s = await seedTicket(t);
    await seedTicket(t, { opd: "dinsos", serviceId: "dtks" });
    const h = await forms.handoffs.open({ sessionId: "s-al", channel: "web", userKey: "s-al", opd: "disdukcapil" });
    await forms.handoffs.addMessage(h.id, "citizen", "NIK saya 7471085203950001");
    await forms.submissions.update(s.ticket, "diproses", "", "key_x");
    off();
    await seedTicket(t);
    expect(sent.map((m) => m.text)).toEqual([
      `🔔 Permohonan baru ${s.ticket} (disdukcapil).\nBuka: https://layanan.kendarikota.go.id/admin/tiket/${s.ticket}`,
      `🔔 Warga meminta bicara dengan petugas (disdukcapil).\nBuka: https://layanan.kendarikota.go.id/admin/handoff/${h.id}`,
      `💬 Pesan baru dari warga dalam percakapan ${h.id.slice(0, 8)} (disdukcapil).\nBuka: https://layanan.kendarikota.go.id/admin/handoff/${h.id}`,
    ]);
    expect(sent.every((m) => m.channel === "telegram" && m.userId === "12345" && m.kind === "officer_alert")).toBe(true);
  });

  it("streams the operator's own OPD's changes to the console (SSE) and nothing of another OPD", async () => {
    const op = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    const res = await t.app.request("/admin/kotak-masuk/stream", { headers: { cookie: `lt_console=${op.key}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) text += decoder.decode((await reader.read()).value);
    };
    await readUntil("event: ready");
    const other = await seedTicket(t, { opd: "dinsos", serviceId: "dtks" });
    const own = await seedTicket(t);
    await readUntil(own.ticket);
    await reader.cancel();
    expect(text).not.toContain(other.ticket);
    expect(text).toContain(`event: inbox\ndata: {"kind":"submission","id":"${own.ticket}","opd":"disdukcapil","change":"created"}`);
    const curator = await keyFor(t, "curator");
    expect((await t.app.request("/admin/kotak-masuk/stream", { headers: { cookie: `lt_console=${curator.key}` } })).status).toBe(403);
  });
});
