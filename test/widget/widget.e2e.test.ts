import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webWidgetRoutes } from "../../channels/web/routes.js";
import { validateField } from "../../src/forms/validators.js";
import { testApp, type TestApp } from "../helpers/app.js";
import { ARGS, CHROMIUM, hasChromium } from "../helpers/browser.js";

const SHOTS = "test-results";
if (!hasChromium) console.warn(`widget e2e skipped: no browser at ${CHROMIUM} (install Debian's chromium: apt-get install -y chromium)`);

/** The widget's shadow root, for checks a locator cannot express. */
const inWidget = <T>(page: Page, fn: (root: ShadowRoot) => T) =>
  page.evaluate(`(${fn.toString()})(document.getElementById("layanan-tanya-widget").shadowRoot)`) as Promise<T>;

/** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r = 0, g = 0, bl = 0] = (c.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Types a question into the widget and waits for its finished reply bubble (the next bot message after the greeting and any restored ones). */
async function ask(page: Page, question: string) {
  await page.locator('.log:not([aria-busy="true"])').waitFor(); // a restored conversation is in place
  const n = await page.locator(".msg.bot").count();
  await page.locator("#lt-input").fill(question);
  await page.locator("#lt-input").press("Enter");
  const bubble = page.locator(".msg.bot").nth(n);
  await bubble.locator(".rate").waitFor({ timeout: 15_000 });
  return bubble;
}

/**
 * Opens a reply's form, types the invalid NIK "123" and expects the chat's own message, corrects it,
 * fills the rest, finds the personal-data notice (UU 27/2022) above the personal fields, is refused
 * without ticking "Saya setuju", ticks it, submits, and expects a ticket number with its consent stored.
 */
async function completeForm(t: TestApp, page: Page, bubble: Locator, serviceId: string, rest: Record<string, string>, shot: string) {
  await bubble.locator(`button[data-form="${serviceId}"]`).click();
  const form = bubble.locator("form.svc");
  await form.waitFor();
  expect(await inWidget(page, (r) => (r.activeElement as HTMLInputElement | null)?.name)).toBe("nama_lengkap");
  const nik = form.locator('input[name="nik"]');
  await nik.fill("123");
  await nik.press("Tab");
  const expected = validateField({ name: "nik", type: "nik", label: "NIK", required: true, constraints: {} }, "123", "id");
  if (expected.ok) throw new Error("123 should not be a valid NIK");
  const nikError = form.locator(`[id="${await nik.getAttribute("id")}-err"]`);
  await nikError.waitFor();
  expect(await nikError.textContent()).toBe(expected.message);
  expect(await nik.getAttribute("aria-invalid")).toBe("true");
  await page.screenshot({ path: `${SHOTS}/widget-form-error-${shot}.png` });

  await nik.fill("7471085203950001");
  await nik.press("Tab");
  expect(await nikError.isHidden()).toBe(true);
  for (const [name, value] of Object.entries(rest)) {
    const field = form.locator(`[name="${name}"]`);
    if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption(value);
    else await field.fill(value);
  }
  const consent = form.locator("fieldset.consent");
  const notice = (await consent.textContent()) ?? "";
  expect(notice).toContain("Pemberitahuan data pribadi (UU 27/2022)");
  expect(notice).toContain("NIK");
  expect(notice).toContain(`percakapan dihapus setelah ${t.services.env.RETENTION_DAYS} hari`);
  expect(notice).toContain("Yang dapat melihat: hanya petugas");
  expect(await inWidget(page, (r) => r.querySelector("form.svc fieldset.consent + .field [name]")?.getAttribute("name"))).toBe("nama_lengkap");
  await form.locator("button[type=submit]").click();
  const consentError = consent.locator(".err");
  await consentError.waitFor();
  expect(await consentError.textContent()).toBe('Centang "Saya setuju" agar formulir dapat dikirim.');
  expect(await inWidget(page, (r) => (r.activeElement as HTMLInputElement | null)?.name)).toBe("consent");
  expect(await bubble.locator(".ticket").count()).toBe(0);
  await consent.getByLabel("Saya setuju").check();
  expect(await consentError.isHidden()).toBe(true);
  await form.locator("button[type=submit]").click();
  const ticket = bubble.locator(".ticket");
  await ticket.waitFor({ timeout: 10_000 });
  expect(await ticket.textContent()).toMatch(/^KDI-\d{4}-\d{6}$/);
  expect(await t.services.forms!.submissions.consentAt((await ticket.textContent()) ?? "")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(await bubble.locator("[data-form]").count()).toBe(0);
  await page.screenshot({ path: `${SHOTS}/widget-form-ticket-${shot}.png` });
}

describe.skipIf(!hasChromium)("web widget in a real browser (Chromium)", () => {
  let t: TestApp;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let page: Page;
  /** A stand-in OPD website on another origin that embeds the widget with a script tag. */
  let opdSite: Server;
  let opdBase: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    opdSite = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="id"><body><h1>Dinas Kesehatan</h1><script src="${base}/widget.js" data-opd="dinkes" async></script></body></html>`);
    });
    await new Promise<void>((resolve) => opdSite.listen(0, "127.0.0.1", resolve));
    opdBase = `http://127.0.0.1:${(opdSite.address() as AddressInfo).port}`;
    t = await testApp({ RATE_LIMIT_PER_MINUTE: "1000", CORS_ORIGINS: opdBase }, { forms: true }, { routes: [webWidgetRoutes()] });
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
    await new Promise((r) => opdSite?.close(r));
    await t?.cleanup();
  });

  it("opens from the launcher on the isolation demo page, untouched by the page's hostile CSS", async () => {
    await page.goto(`${base}/demo/isolation`);
    const launcher = page.locator("button.launcher");
    await launcher.waitFor();
    expect(await launcher.textContent()).toContain("Tanya layanan");
    await launcher.click();
    await page.locator("#lt-panel").waitFor({ state: "visible" });
    expect(await launcher.isHidden()).toBe(true);
    expect(await inWidget(page, (r) => (r.activeElement as HTMLElement | null)?.id)).toBe("lt-input");
    const style = await inWidget(page, (r) => {
      const s = getComputedStyle(r.querySelector(".head h2")!);
      return { fontSize: s.fontSize, color: s.color };
    });
    expect(style).toEqual({ fontSize: "16px", color: "rgb(255, 255, 255)" });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("h1")!).color)).toBe("rgb(255, 0, 0)");
  });

  it("streams the answer to 'berapa biaya ktp baru?' with its source as an expandable citation", async () => {
    const request = page.waitForRequest((r) => r.url().endsWith("/api/chat/stream"));
    const bubble = await ask(page, "berapa biaya ktp baru?");
    expect((await request).postDataJSON()).toEqual({ message: "berapa biaya ktp baru?", lang: "id", opd: "disdukcapil" });
    expect(await bubble.getAttribute("data-status")).toBe("answered");
    // focus is back in the input, and the answer went to a polite live region
    expect(await inWidget(page, (r) => (r.activeElement as HTMLElement | null)?.id)).toBe("lt-input");
    expect(await inWidget(page, (r) => r.querySelector(".log")!.getAttribute("aria-live"))).toBe("polite");
    const label = "Standar Pelayanan Penerbitan KTP Elektronik (KTP-el) Baru, Biaya/tarif";
    const details = bubble.locator(".sources details", { hasText: label });
    expect(await details.count()).toBe(1);
    const summary = details.locator("summary");
    expect(await summary.textContent()).toBe(label);
    const snippet = details.locator("p").first();
    expect(await snippet.isVisible()).toBe(false);
    await summary.click();
    expect(await snippet.isVisible()).toBe(true);
    expect((await snippet.textContent())?.length).toBeGreaterThan(10);
    const fontSize = await inWidget(page, (r) => getComputedStyle(r.querySelector(".msg.bot")!).fontSize);
    expect(fontSize).toBe("15px");
    await page.screenshot({ path: `${SHOTS}/widget-answer.png` });
  });

  it("records a thumbs-down with its reason in the database", async () => {
    const bubble = page.locator(".msg.bot:not(.greeting)").first();
    await bubble.locator('[data-rate="down"]').click();
    await bubble.locator(".reason textarea").fill("Biaya untuk warga pindahan tidak dijelaskan");
    await bubble.locator(".reason button[type=submit]").click();
    await bubble.locator(".reason").waitFor({ state: "detached" });
    await bubble.locator(".rate .note", { hasText: "Terima kasih" }).waitFor();
    const sessionId = await page.evaluate(() => JSON.parse(localStorage.getItem("layanan-tanya:disdukcapil") ?? "{}").sessionId as string);
    expect(sessionId).toBeTruthy();
    const row = await t.services.db.selectFrom("feedback").select(["session_id", "message_index", "rating", "reason", "channel", "opd"]).executeTakeFirst();
    expect(row).toEqual({
      session_id: sessionId,
      message_index: 0,
      rating: "down",
      reason: "Biaya untuk warga pindahan tidak dijelaskan",
      channel: "web",
      opd: "disdukcapil",
    });
    await page.screenshot({ path: `${SHOTS}/widget-feedback.png` });
  });

  it("keeps the session across page loads, and 'Percakapan baru' starts a new one", async () => {
    const before = await page.evaluate(() => localStorage.getItem("layanan-tanya:disdukcapil"));
    await page.reload();
    await page.locator("button.launcher").click();
    const request = page.waitForRequest((r) => r.url().endsWith("/api/chat/stream"));
    await ask(page, "syarat kk baru apa aja?");
    expect((await request).postDataJSON().sessionId).toBe(JSON.parse(before!).sessionId);
    expect(JSON.parse(before!).sessionId).toMatch(/^web1_[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/);
    await page.locator("button.new-chat").click();
    expect(await page.evaluate(() => localStorage.getItem("layanan-tanya:disdukcapil"))).toBeNull();
    expect(await page.locator(".msg").count()).toBe(1);
    expect(await page.locator(".msg.greeting").count()).toBe(1);
  });

  it("never uses a stored session the server did not issue (a Telegram key): the transcript is refused, the id dropped, and it answers in a new one", async () => {
    await page.evaluate(() => localStorage.setItem("layanan-tanya:disdukcapil", JSON.stringify({ sessionId: "tg:424242421", answers: 3 })));
    const refused = page.waitForResponse((r) => r.url().includes("/api/chat/transcript"));
    await page.reload();
    expect((await refused).status()).toBe(403);
    await page.locator("button.launcher").click();
    const sent: Array<string | undefined> = [];
    page.on("request", (r) => void (r.url().endsWith("/api/chat/stream") && sent.push(r.postDataJSON().sessionId)));
    const bubble = await ask(page, "syarat kk baru apa aja?");
    expect(await bubble.getAttribute("data-status")).toBe("answered");
    expect(sent).toEqual([undefined]);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("layanan-tanya:disdukcapil") ?? "{}"));
    expect(stored).toEqual({ sessionId: expect.stringMatching(/^web1_/), answers: 1 });
    page.removeAllListeners("request");
  });

  it("loads from another origin's page (CSP and CORP on our side do not block it) and answers there", async () => {
    const opd = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const failed: string[] = [];
    opd.on("requestfailed", (r) => failed.push(r.url()));
    await opd.goto(`${opdBase}/`);
    await opd.locator("button.launcher").click();
    const bubble = await ask(opd, "syarat kk baru apa aja?");
    expect(await bubble.getAttribute("data-status")).toBe("answered");
    expect(await opd.evaluate(() => JSON.parse(localStorage.getItem("layanan-tanya:dinkes") ?? "{}").sessionId)).toMatch(/^web1_/);
    expect(failed).toEqual([]);
    await opd.close();
  });

  it("applies for a new KTP-el in the form, with the chat's own validation, and shows the ticket", async () => {
    await page.locator("button.new-chat").click();
    const bubble = await ask(page, "sy mau bikin ktp baru");
    expect(await bubble.getAttribute("data-status")).toBe("form");
    await completeForm(
      t,
      page,
      bubble,
      "ktp-el-baru",
      {
        nama_lengkap: "Siti Rahmawati",
        no_kk: "7471081234560002",
        tanggal_lahir: "12-03-1995",
        status_perkawinan: "kawin",
        no_hp: "081234567890",
        alamat: "Jl. Contoh No. 10, RT 003/RW 002, Kel. Pondambea, Kec. Kadia",
      },
      "baru",
    );
  });

  it("offers the form for 'sy mau urus ktp yg hilang' and files it", async () => {
    await page.locator("button.new-chat").click();
    const bubble = await ask(page, "sy mau urus ktp yg hilang");
    expect(await bubble.getAttribute("data-status")).toBe("form");
    await completeForm(
      t,
      page,
      bubble,
      "ktp-el-hilang-rusak",
      {
        nama_lengkap: "Siti Rahmawati",
        no_kk: "7471081234560002",
        alasan: "hilang",
        no_hp: "081234567890",
        alamat: "Jl. Contoh No. 10, RT 003/RW 002, Kel. Pondambea, Kec. Kadia",
      },
      "hilang",
    );
  });

  it('works by keyboard alone, in English with data-lang="en", with AA contrast', async () => {
    const en = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await en.goto(`${base}/demo?lang=en`);
    const launcher = en.locator("button.launcher");
    await launcher.waitFor();
    expect(await launcher.textContent()).toBe("Ask about services");
    const colours = await inWidget(en, (r) => {
      const l = getComputedStyle(r.querySelector(".launcher")!);
      return { fg: l.color, bg: l.backgroundColor };
    });
    expect(contrast(colours.fg, colours.bg)).toBeGreaterThanOrEqual(4.5);
    // The sample page's own links come first in the tab order; the launcher follows them.
    for (let i = 0; i < 10 && !(await inWidget(en, (r) => (r.activeElement as HTMLElement | null)?.className ?? ""))?.includes("launcher"); i++)
      await en.keyboard.press("Tab");
    expect(await inWidget(en, (r) => (r.activeElement as HTMLElement | null)?.className)).toContain("launcher");
    await en.keyboard.press("Enter");
    expect(await inWidget(en, (r) => (r.activeElement as HTMLElement | null)?.id)).toBe("lt-input");
    await en.keyboard.type("how much does a new KTP cost?");
    await en.keyboard.press("Enter");
    const bubble = en.locator(".msg.bot").nth(1);
    await bubble.locator(".rate").waitFor();
    expect(await bubble.locator(".rate button").first().getAttribute("aria-label")).toBe("This answer helped");
    const text = await inWidget(en, (r) => {
      const m = getComputedStyle(r.querySelector(".msg.bot")!);
      return { fg: m.color, bg: m.backgroundColor };
    });
    expect(contrast(text.fg, text.bg)).toBeGreaterThanOrEqual(4.5);
    expect(await inWidget(en, (r) => (r.activeElement as HTMLElement | null)?.id)).toBe("lt-input");
    await en.keyboard.press("Escape");
    expect(await en.locator("#lt-panel").isHidden()).toBe(true);
    expect(await inWidget(en, (r) => (r.activeElement as HTMLElement | null)?.className)).toContain("launcher");
    await en.close();
  });

  it("fits a 360-px-wide phone: the open panel takes the full width", async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await phone.goto(`${base}/demo`);
    await phone.locator("button.launcher").click();
    const box = await phone.locator("#lt-panel").boundingBox();
    expect(box).toMatchObject({ x: 0, width: 360 });
    await phone.screenshot({ path: `${SHOTS}/widget-phone.png` });
    await phone.close();
  });
});
