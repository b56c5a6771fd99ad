import { join } from "node:path";
import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webWidgetRoutes } from "../../channels/web/routes.js";
import { suggestionsFor } from "../../channels/web/widget/greeting.js";
import { testApp, type TestApp } from "../helpers/app.js";
import { ARGS, CHROMIUM, hasChromium, SCREENSHOT_DIR } from "../helpers/browser.js";

/** A stand-in OPD website on its own origin serving one page. */
async function site(html: (base: string) => string, base: () => string): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html(base()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function ask(page: Page, question: string) {
  await page.locator('.log:not([aria-busy="true"])').waitFor();
  const n = await page.locator(".msg.bot").count();
  await page.locator("#lt-input").fill(question);
  await page.locator("#lt-input").press("Enter");
  const bubble = page.locator(".msg.bot").nth(n);
  await bubble.locator(".rate").waitFor({ timeout: 15_000 });
  return bubble;
}

const sessionOf = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("layanan-tanya:disdukcapil") ?? "{}").sessionId as string);

describe.skipIf(!hasChromium)("the widget, live (Chromium)", () => {
  let t: TestApp;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let page: Page;
  let custom: { server: Server; url: string };
  let foreign: { server: Server; url: string };
  let operator: string;
  const auth = () => ({ authorization: `Bearer ${operator}` });

  beforeAll(async () => {
    const tagged = (b: string) =>
      `<!doctype html><html lang="id"><body><h1>Dinas Sosial</h1><script src="${b}/widget.js" data-opd="dinsos" data-title="Tanya Dinas Sosial" data-color="#0b6e4f" data-greeting="Selamat datang di layanan _Dinas Sosial_." async></script></body></html>`;
    custom = await site(tagged, () => base);
    foreign = await site(tagged, () => base);
    t = await testApp({ RATE_LIMIT_PER_MINUTE: "1000", CORS_ORIGINS: custom.url }, { forms: true }, { routes: [webWidgetRoutes()] });
    operator = (await t.services.forms!.apiKeys.create({ role: "operator", name: "Petugas Dukcapil", opd: "disdukcapil" })).key;
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    for (const s of [custom, foreign]) await new Promise((r) => s?.server.close(r));
    await t?.cleanup();
  });

  it("greets with suggested questions for the page's OPD, and a suggestion asks its question", async () => {
    await page.goto(`${base}/demo`);
    await page.locator("button.launcher").click();
    const greeting = page.locator(".msg.greeting");
    expect(await greeting.locator(".text").textContent()).toMatch(/^Halo! Saya asisten layanan publik\./);
    expect(await greeting.locator("em").textContent()).toBe("hubungi petugas");
    const suggestions = await greeting.locator("button.suggest").allTextContents();
    expect(suggestions).toEqual(suggestionsFor("disdukcapil", "id"));
    expect(suggestions).toHaveLength(4);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, "widget-greeting.png") });
    await greeting.locator("button.suggest").first().click();
    const reply = page.locator(".msg.bot").nth(1);
    await reply.locator(".rate").waitFor({ timeout: 15_000 });
    expect(await reply.getAttribute("data-status")).toBe("answered");
  });

  it("records a thumbs-down alone, on the first click", async () => {
    const bubble = page.locator(".msg.bot").nth(1);
    await bubble.locator('[data-rate="down"]').click();
    await bubble.locator(".reason textarea").waitFor();
    const sessionId = await sessionOf(page);
    await expect
      .poll(() =>
        t.services.db.selectFrom("feedback").select(["rating", "reason", "message_index"]).where("session_id", "=", sessionId).orderBy("id").execute(),
      )
      .toEqual([{ rating: "down", reason: null, message_index: 0 }]);
  });

  it("shows an officer's reply in the open widget within 2 s with no citizen input, rendered safely, and no empty bubbles", async () => {
    await page.locator("button.new-chat").click();
    const opened = await ask(page, "hubungi petugas");
    expect(await opened.getAttribute("data-status")).toBe("handoff");
    const bots = await page.locator(".msg.bot").count();
    await page.locator("#lt-input").fill("KTP saya hilang waktu banjir");
    await page.locator("#lt-input").press("Enter");
    await page.locator(".msg.user .sent").waitFor();
    expect(await page.locator(".msg.bot").count()).toBe(bots);
    const sessionId = await sessionOf(page);
    await expect.poll(() => t.services.forms!.webLive.openStreams(sessionId)).toBe(1);
    const handoff = (await t.services.forms!.handoffs.openFor("web", sessionId))!;
    const text =
      'Silakan bawa _KK asli_ dan **surat kehilangan**:\n- fotokopi KK\n- *pas foto*\n<img src=x onerror="window.pwned=1"> [Jadwal](https://kendarikota.go.id/jadwal)';
    const sent = Date.now();
    expect((await t.post(`/api/admin/handoffs/${handoff.id}/messages`, { text }, auth())).status).toBe(201);
    const officer = page.locator(".msg.officer");
    await officer.waitFor({ timeout: 2_000 });
    expect(Date.now() - sent).toBeLessThan(2_000);
    expect(await officer.locator("em").allTextContents()).toEqual(["KK asli", "pas foto"]);
    expect(await officer.locator("strong").textContent()).toBe("surat kehilangan");
    expect(await officer.locator("li").allTextContents()).toEqual(["fotokopi KK", "pas foto"]);
    const link = officer.locator("a");
    expect([await link.getAttribute("href"), await link.getAttribute("rel"), await link.getAttribute("target")]).toEqual([
      "https://kendarikota.go.id/jadwal",
      "noopener noreferrer",
      "_blank",
    ]);
    expect(await officer.locator("img").count()).toBe(0);
    expect(await officer.textContent()).toContain('<img src=x onerror="window.pwned=1">');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it("shows a ticket's status change with the officer's message", async () => {
    const sessionId = await sessionOf(page);
    const fields = {
      nama_lengkap: "Siti Rahmawati",
      nik: "7471085203950001",
      no_kk: "7471081234560002",
      alasan: "2",
      no_hp: "081234567890",
      alamat: "Jl. Mawar No. 10, Kel. Pondambea, Kec. Kadia",
    };
    const { ticket } = await (await t.post("/api/forms/ktp-el-hilang-rusak/submissions", { fields, sessionId, consent: true })).json();
    const patch = await t.app.request(`/api/admin/submissions/${ticket}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", ...auth() },
      body: JSON.stringify({ status: "diproses", note: "Berkas lengkap, KTP-el sedang dicetak." }),
    });
    expect(patch.status).toBe(200);
    const notice = page.locator(".msg.notice");
    await notice.waitFor({ timeout: 2_000 });
    expect(await notice.locator(".text").textContent()).toBe(
      `Status tiket ${ticket} kini sedang diproses.\nCatatan terakhir petugas: Berkas lengkap, KTP-el sedang dicetak.`,
    );
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/widget-live.png" });
  });

  it("shows the same conversation after a reload, from the server", async () => {
    const before = await page.locator(".msg:not(.greeting)").allTextContents();
    await page.reload();
    await page.locator("button.launcher").click();
    await page.locator('.log:not([aria-busy="true"])').waitFor();
    const after = await page.locator(".msg:not(.greeting)").allTextContents();
    expect(after.map((m) => m.replace(/✓.*$/, ""))).toEqual(before.map((m) => m.replace(/✓.*$/, "").replace(/Jawaban ini.*$/, "")));
    expect(after).toHaveLength(5); // question, handoff notice, relayed message, officer's reply, status change
    expect(await page.locator(".msg.bot .text:empty").count()).toBe(0);
    // The reloaded page's stream replaced the old one, which closed with its page.
    const sessionId = await sessionOf(page);
    await expect.poll(() => t.services.forms!.webLive.openStreams(sessionId)).toBe(1);
  });

  it("takes its title, colour and greeting from the script tag", async () => {
    const p = await browser.newPage();
    await p.goto(`${custom.url}/`);
    await p.locator("button.launcher").click();
    expect(await p.locator(".head h2").textContent()).toBe("Tanya Dinas Sosial");
    expect(await p.locator(".head").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(11, 110, 79)");
    expect(await p.locator(".msg.greeting .text").textContent()).toBe("Selamat datang di layanan Dinas Sosial.");
    expect(await p.locator(".msg.greeting em").textContent()).toBe("Dinas Sosial");
    expect(await p.locator(".msg.greeting button.suggest").allTextContents()).toEqual(suggestionsFor("dinsos", "id"));
    await p.close();
  });

  it("says clearly that the site is not allowed when its origin is not in CORS_ORIGINS", async () => {
    const p = await browser.newPage();
    const warnings: string[] = [];
    p.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await p.goto(`${foreign.url}/`);
    await p.locator("button.launcher").click();
    await p.locator("#lt-input").fill("syarat ktp");
    await p.locator("#lt-input").press("Enter");
    const bubble = p.locator('.msg.bot[data-status="error"]');
    await bubble.waitFor();
    expect(await bubble.locator(".text").textContent()).toBe("Layanan tanya jawab belum diaktifkan untuk situs ini. Mohon hubungi pengelola situs.");
    expect(warnings.some((w) => w.includes(`${foreign.url} is not in the service's CORS_ORIGINS`))).toBe(true);
    await p.close();
  });
});
