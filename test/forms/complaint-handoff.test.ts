import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutboundMessage } from "../../src/notify/types.js";
import type { TestApp } from "../helpers/app.js";
import { conversation, formsApp, ticketOf } from "./helpers.js";

const OPENED =
  'Baik, percakapan ini kami teruskan ke petugas Service Desk Dinas Komunikasi dan Informatika Kota Kendari (Service Desk Tier 1, Perwali Kendari 41/2021 Pasal 33). Petugas akan membalas di sini. Selama menunggu, pesan Anda langsung diteruskan ke petugas. Ketik "akhiri" untuk kembali ke asisten.';

describe("complaints and human handoff", () => {
  let t: TestApp;
  let operatorKey: string;
  const auth = () => ({ authorization: `Bearer ${operatorKey}` });
  beforeAll(async () => {
    t = await formsApp();
    operatorKey = (await t.services.forms!.apiKeys.create({ role: "operator", name: "Service desk Diskominfo", opd: "diskominfo" })).key;
  });
  afterAll(() => t.cleanup());

  it("files a confidential complaint, routed to the OPD the citizen chose, with the SP4N-LAPOR! link", async () => {
    const c = conversation(t);
    const offer = await c.say("mau lapor jalan rusak di depan rumah");
    expect(offer.status).toBe("form");
    expect(offer.actions[0]?.id).toBe("form:start:pengaduan");
    expect(offer.answer).toContain(
      "Pengaduan Anda bersifat rahasia dan diteruskan ke instansi yang Anda pilih. Anda juga dapat mengadu melalui SP4N-LAPOR! di https://www.lapor.go.id.",
    );
    await c.say("mulai");
    await c.say("setuju");
    for (const a of ["Andi Saputra", "7471040508010003", "081234567890", "Jl. Melati No. 5, Kel. Pondambea, Kec. Kadia", "3", "Jl. Melati depan rumah No. 5"])
      await c.say(a);
    const summary = await c.say("Jalan berlubang besar di depan rumah sejak dua bulan dan membahayakan pengendara motor.");
    expect(summary.answer).toContain("• Instansi yang diadukan: Dinas Pekerjaan Umum dan Penataan Ruang");
    const done = await c.say("kirim");
    const ticket = ticketOf(done.answer);
    expect(await t.services.forms!.submissions.get(ticket)).toMatchObject({ serviceId: "pengaduan", opd: "dpupr", confidential: true, status: "diterima" });
  });

  it("accepts a complaint text that names an official and an address instead of refusing it as a data lookup", async () => {
    const c = conversation(t);
    await c.say("mau lapor jalan rusak di depan rumah");
    await c.say("mulai");
    await c.say("setuju");
    for (const a of ["Andi Saputra", "7471040508010003", "081234567890", "Jl. Melati No. 5, Kel. Pondambea, Kec. Kadia", "3", "Jl. Melati depan rumah No. 5"])
      await c.say(a);
    const summary = await c.say("Pak Lurah Budi tidak peduli, alamat rumah warga di sini sering banjir karena jalan rusak.");
    expect(summary.status).toBe("form");
    expect(summary.answer).toContain("Pak Lurah Budi tidak peduli");
  });

  it("hands over to an officer, relays messages, stays quiet until closed, and delivers the officer's replies", async () => {
    const c = conversation(t);
    expect(await c.say("mau ngomong sama CS")).toMatchObject({ status: "handoff", answer: OPENED });
    expect(await c.say("KTP saya hilang waktu banjir, bagaimana?")).toMatchObject({ status: "handoff", answer: "" });

    const list = await (await t.app.request("/api/admin/handoffs?status=open", { headers: auth() })).json();
    const thread = list.handoffs.find((h: { channel: string; messages: Array<{ text: string }> }) => h.messages.some((m) => m.text === "mau ngomong sama CS"));
    expect(thread).toMatchObject({ opd: "diskominfo", status: "open" });
    expect(thread.messages.map((m: { from: string; text: string }) => [m.from, m.text])).toEqual([
      ["citizen", "mau ngomong sama CS"],
      ["citizen", "KTP saya hilang waktu banjir, bagaimana?"],
    ]);

    // No web delivery attached: the officer's reply waits and comes with the citizen's next reply.
    const first = await t.post(`/api/admin/handoffs/${thread.id}/messages`, { text: "Baik, kami bantu cek." }, auth());
    expect(first.status).toBe(201);
    expect(await c.say("halo?")).toMatchObject({
      status: "handoff",
      answer: "Pesan untuk Anda:\nPesan dari petugas Dinas Komunikasi dan Informatika Kota Kendari: Baik, kami bantu cek.",
    });

    const delivered: OutboundMessage[] = [];
    t.services.forms!.notifier.attach("web", async (m) => {
      delivered.push(m);
    });
    await t.post(`/api/admin/handoffs/${thread.id}/messages`, { text: "Silakan datang ke MPP dengan membawa KK." }, auth());
    expect(delivered).toEqual([
      {
        channel: "web",
        userId: c.sessionId,
        text: "Pesan dari petugas Dinas Komunikasi dan Informatika Kota Kendari: Silakan datang ke MPP dengan membawa KK.",
        kind: "operator_message",
      },
    ]);
    expect(await c.say("terima kasih")).toMatchObject({ status: "handoff", answer: "" });

    const closed = await t.post(`/api/admin/handoffs/${thread.id}/close`, {}, auth());
    expect((await closed.json()).handoff.status).toBe("closed");
    expect(delivered.at(-1)).toEqual({
      channel: "web",
      userId: c.sessionId,
      text: "Percakapan dengan petugas diakhiri. Silakan bertanya kembali kepada asisten.",
      kind: "handoff_closed",
    });
    const after = await c.say("syarat bikin ktp baru apa aja?");
    expect(after.status).toBe("answered");
  });

  it("recognises other ways of asking for a human", async () => {
    for (const m of ["hubungi petugas", "bicara dengan operator", "talk to an officer"]) {
      expect((await conversation(t).say(m)).status).toBe("handoff");
    }
  });

  it("routes the handoff to the OPD of the service in question", async () => {
    const c = conversation(t);
    expect((await c.say("mau ngomong sama petugas soal ktp hilang")).answer).toContain("Service Desk Dinas Kependudukan dan Pencatatan Sipil Kota Kendari");
    const other = await t.app.request("/api/admin/handoffs?opd=disdukcapil", { headers: auth() });
    expect(other.status).toBe(403);
  });

  it("routes a bare request for an officer to the OPD of the service the last answer was about", async () => {
    const c = conversation(t);
    expect((await c.say("ktp saya hilang, syaratnya apa?")).status).toBe("answered");
    const handoff = await c.say("hubungi petugas");
    expect(handoff.status).toBe("handoff");
    expect(handoff.answer).toMatch(/^Baik, percakapan ini kami teruskan ke petugas Service Desk Dinas Kependudukan dan Pencatatan Sipil Kota Kendari/);
    // Without an answered question before it, the default Tier 1 desk takes it.
    expect((await conversation(t).say("hubungi petugas")).answer).toContain("Service Desk Dinas Komunikasi dan Informatika Kota Kendari");
  });
});
