import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminApp, keyFor, type AdminTestApp } from "../admin/helpers.js";
import { outbox, seedTicket } from "../admin/inbox-helpers.js";
import { ARGS, CHROMIUM, hasChromium, SCREENSHOT_DIR } from "../helpers/browser.js";

const SHOTS = SCREENSHOT_DIR;
if (!hasChromium) console.warn(`console inbox e2e skipped: no browser at ${CHROMIUM} (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)("officers' inbox in a real browser (Chromium)", () => {
  let t: AdminTestApp;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  const cspErrors: string[] = [];

  /** A browser context signed in with a key (the console's cookie). */
  async function signedIn(key: string): Promise<BrowserContext> {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.addCookies([{ name: "lt_console", value: key, url: `${base}/admin` }]);
    return ctx;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await adminApp();
    server = await new Promise<ServerType>((ok) => {
      const s = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" }, () => ok(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    (server as import("node:http").Server).closeAllConnections?.();
    await new Promise((ok) => server.close(ok));
    await t.cleanup();
  });

  it("shows the OPD's inbox live, changes a ticket's status with a message the citizen receives, and reveals with an audit row", async () => {
    const forms = t.services.forms!;
    const op = await keyFor(t, "operator", "Rina (Loket Dukcapil)", "disdukcapil");
    const mine = await seedTicket(t, { userKey: "sesi-web-siti" });
    const theirs = await seedTicket(t, { opd: "dinsos", serviceId: "dtks", userKey: "sesi-web-lain" });
    const ctx = await signedIn(op.key);
    const page = await ctx.newPage();
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
    });

    await page.goto(`${base}/admin/kotak-masuk`);
    await page.locator(`#inbox-rows a[href="/admin/tiket/${mine.ticket}"]`).waitFor();
    expect(await page.locator("#inbox-rows").textContent()).not.toContain(theirs.ticket);
    expect(await page.title()).toBe("(1) Kotak masuk · Konsol Layanan Tanya");

    // Live: a citizen asks for an officer and writes; the row appears without a reload.
    await page.locator("html[data-live]").waitFor({ state: "attached" });
    const h = await forms.handoffs.open({ sessionId: "sesi-web-budi", channel: "web", userKey: "sesi-web-budi", opd: "disdukcapil" });
    await forms.handoffs.addMessage(h.id, "citizen", "Halo, KTP saya belum jadi, bisa dibantu?");
    const row = page.locator(`#inbox-rows a[href="/admin/handoff/${h.id}"]`);
    await row.waitFor({ timeout: 2_000 });
    await page.waitForFunction(() => document.title.startsWith("(2) "), undefined, { timeout: 2_000 });
    expect(await page.locator("#inbox-rows").textContent()).toContain("KTP saya belum jadi");
    await page.screenshot({ path: `${SHOTS}/console-inbox.png`, fullPage: true });

    // Ticket page: status change with a message, delivered on the citizen's own channel (web: the outbox the widget reads).
    await page.locator(`#inbox-rows a[href="/admin/tiket/${mine.ticket}"]`).click();
    await page.locator("#ticket-data").waitFor();
    expect(await page.locator("#ticket-data").textContent()).toContain("7471********0001");
    await page.locator("#status").selectOption("diproses");
    await page.locator("#note").fill("Berkas sudah kami terima, silakan bawa KK asli hari Senin.");
    await page.getByRole("button", { name: "Simpan status" }).click();
    await page.locator("p.ok").waitFor();
    expect(await page.locator("p.ok").textContent()).toBe("Status disimpan dan pesan dikirim ke warga.");
    expect(await page.locator("#ticket-status").textContent()).toBe("sedang diproses");
    const delivered = await outbox(t, "sesi-web-siti");
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ channel: "web", kind: "status_change" });
    expect(delivered[0]?.text).toContain(mine.ticket);
    expect(delivered[0]?.text).toContain("silakan bawa KK asli hari Senin.");
    expect(await page.locator("#history").textContent()).toContain("Status: sedang diproses");
    await page.locator("#internal").fill("Pemohon sudah ditelepon.");
    await page.getByRole("button", { name: "Simpan catatan" }).click();
    await page.locator("p.ok").waitFor();
    expect(await page.locator("#history").textContent()).toContain("Pemohon sudah ditelepon.");
    await page.screenshot({ path: `${SHOTS}/console-ticket.png`, fullPage: true });

    // Tampilkan data: a reason, the data in clear, an audit row, and a reply that is never cached.
    await page.locator("#reason").fill("Menghubungi pemohon soal jadwal");
    const [reveal] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/tampilkan")),
      page.getByRole("button", { name: "Tampilkan data" }).click(),
    ]);
    expect(reveal.status()).toBe(200);
    expect(reveal.headers()["cache-control"]).toBe("no-store");
    expect(await page.locator("#ticket-data").textContent()).toContain("7471085203950001");
    expect((await t.admin.audit.list({ action: "submission.reveal" }))[0]).toMatchObject({
      target: mine.ticket,
      actor: { id: op.id, name: "Rina (Loket Dukcapil)" },
      details: { reason: "Menghubungi pemohon soal jadwal" },
    });
    expect(cspErrors).toEqual([]);
    await ctx.close();
  }, 60_000);

  it("replies in a handoff with a canned reply and shows the citizen's next message live", async () => {
    const forms = t.services.forms!;
    const op = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    await forms.handoffs.inbox.addCannedReply("disdukcapil", "Salam", "Selamat siang, kami bantu cek ya.");
    const h = await forms.handoffs.open({ sessionId: "sesi-tg", channel: "telegram", userKey: "5550001", opd: "disdukcapil" });
    await forms.handoffs.addMessage(h.id, "citizen", "Pak, status KTP saya?");
    const ctx = await signedIn(op.key);
    const page = await ctx.newPage();
    await page.goto(`${base}/admin/handoff/${h.id}`);
    await page.locator("#canned").selectOption({ label: "Salam" });
    expect(await page.locator("#reply").inputValue()).toBe("Selamat siang, kami bantu cek ya.");
    await page.getByRole("button", { name: "Kirim" }).click();
    await page.locator("p.ok").waitFor();
    expect(await outbox(t, "5550001")).toEqual([
      expect.objectContaining({ channel: "telegram", kind: "operator_message", text: expect.stringContaining("Selamat siang, kami bantu cek ya.") }),
    ]);
    await page.locator("html[data-live]").waitFor({ state: "attached" });
    await forms.handoffs.addMessage(h.id, "citizen", "Terima kasih, saya tunggu.");
    await page.locator("#thread", { hasText: "Terima kasih, saya tunggu." }).waitFor({ timeout: 2_000 });
    await ctx.close();
  }, 60_000);

  it("an operator of another OPD cannot see the ticket", async () => {
    const s = await seedTicket(t);
    const stranger = await keyFor(t, "operator", "Loket Dinsos", "dinsos");
    const ctx = await signedIn(stranger.key);
    const page = await ctx.newPage();
    const res = await page.goto(`${base}/admin/tiket/${s.ticket}`);
    expect(res?.status()).toBe(403);
    expect(await page.locator("p[role=alert]").textContent()).toBe("Tiket atau percakapan ini milik OPD lain.");
    expect(await page.content()).not.toContain("7471********0001");
    await page.goto(`${base}/admin/kotak-masuk`);
    expect(await page.locator("#inbox-rows").textContent()).not.toContain(s.ticket);
    await ctx.close();
  }, 60_000);
});
