import { serve, type ServerType } from "@hono/node-server";
import { existsSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminApp, keyFor, type AdminTestApp } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`[console test] SKIPPED the browser test: ${CHROMIUM} is not installed (apt-get install chromium).`);

async function seedReview(t: AdminTestApp): Promise<void> {
  const db = t.services.db;
  const now = new Date().toISOString();
  await db.insertInto("sessions").values({ id: "s1", channel: "web", user_key: null, memory: "{}", created_at: now, updated_at: now }).execute();
  const turn = (question: string) => ({
    session_id: "s1",
    channel: "web",
    question,
    status: "no_answer",
    answer: "",
    citations: "[]",
    evidence: null,
    opd: null,
    service_id: null,
    latency_ms: 5,
    created_at: new Date().toISOString(),
  });
  await db.insertInto("turns").values(turn("cara urus izin reklame")).execute();
  await db.insertInto("turns").values(turn("cara mengurus izin reklame?")).execute();
}

describe("console pages (server-side role checks)", () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await adminApp();
  });
  afterAll(() => t.cleanup());
  const page = (path: string, key?: string) => t.app.request(path, { headers: key ? { cookie: `lt_console=${key}` } : {} });

  it("sends a visitor without a key to the sign-in page", async () => {
    const res = await page("/admin");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin/masuk");
  });

  it("sets an HttpOnly, SameSite=Strict cookie on sign-in and refuses an unknown key", async () => {
    const k = await keyFor(t, "curator");
    const ok = await t.app.request("/admin/masuk", { method: "POST", body: new URLSearchParams({ key: k.key }) });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("set-cookie")).toBe(`lt_console=${k.key}; Max-Age=28800; Path=/admin; HttpOnly; SameSite=Strict`);
    const bad = await t.app.request("/admin/masuk", { method: "POST", body: new URLSearchParams({ key: "lt_salah" }) });
    expect(bad.status).toBe(401);
    expect(await bad.text()).toContain("Kunci API tidak dikenal atau sudah dicabut.");
  });

  it("refuses an operator on curator pages with 403 and shows only their OPD's submissions", async () => {
    const op = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    const korpus = await page("/admin/korpus", op.key);
    expect(korpus.status).toBe(403);
    expect(await korpus.text()).toContain("Peran Anda tidak boleh membuka halaman atau melakukan tindakan ini.");
    const base = {
      channel: "web",
      userKey: "u",
      fields: {},
      masked: { nama: "Siti R****" },
      nikHash: null,
      submitterTokenHash: "x",
      confidential: false,
      prefix: "KDI",
    };
    const own = await t.services.forms!.submissions.create({ ...base, serviceId: "ktp-el-baru", opd: "disdukcapil" });
    const other = await t.services.forms!.submissions.create({ ...base, serviceId: "nib", opd: "dpmptsp" });
    const html = await (await page("/admin/layanan", op.key)).text();
    expect(html).toContain(own.ticket);
    expect(html).not.toContain(other.ticket);
    expect(html).toContain("nama: Siti R****");
  });

  it("shows channel health and the WhatsApp login QR on the overview", async () => {
    const admin = await keyFor(t, "admin");
    t.admin.channels = () => [
      { name: "telegram", status: "ok", detail: "polling as @kendari_bot" },
      {
        name: "whatsapp",
        status: "starting",
        detail: "waiting for QR scan",
        login: { state: "qr", qr: "2@kendari-test-qr", updatedAt: "2026-11-24T00:00:00.000Z" },
      },
    ];
    const html = await (await page("/admin", admin.key)).text();
    expect(html).toContain("<td>polling as @kendari_bot</td>");
    expect(html).toContain("menunggu pindai QR");
    expect(html).toContain('aria-label="Kode QR login WhatsApp"');
    expect(html).toContain("▄▄▄▄");
    delete t.admin.channels;
  });

  it("uploads a Markdown regulation from the console form and refuses a cross-site post", async () => {
    const k = await keyFor(t, "curator", "Kurator Unggah");
    const form = new FormData();
    form.set("file", new File(["Pasal 1\n\nPasar malam dibuka setiap hari Jumat.\n"], "pasar.md", { type: "text/markdown" }));
    for (const [f, v] of Object.entries({
      id: "kendari-7-2026",
      jenis: "Peraturan Wali Kota",
      nomor: "7",
      tahun: "2026",
      judul: "Pasar Malam",
      daerah: "Kota Kendari",
      opd: "disperindag",
    }))
      form.set(f, v);
    const res = await t.app.request("/admin/korpus/unggah", { method: "POST", body: form, headers: { cookie: `lt_console=${k.key}` } });
    expect(res.status).toBe(303);
    const location = decodeURIComponent((res.headers.get("location") ?? "").replace(/\+/g, " "));
    expect(location).toMatch(/^\/admin\/korpus\?ok=Peraturan kendari-7-2026 diunggah; pengindeksan ulang dimulai \(job_[0-9a-f]{8}\)\.$/);
    await t.admin.jobs.wait((await t.admin.jobs.latest())!.id);
    expect(t.services.index.get()?.document("kendari-7-2026")?.meta).toMatchObject({ judul: "Pasar Malam", opd: ["disperindag"] });
    expect((await t.admin.audit.list({ action: "corpus.upload" }))[0]).toMatchObject({ target: "kendari-7-2026", actor: { id: k.id } });
    const cross = await t.app.request("/admin/indeks-ulang", {
      method: "POST",
      headers: { cookie: `lt_console=${k.key}`, origin: "https://evil.example", host: "localhost" },
    });
    expect(cross.status).toBe(403);
  });

  it("signs out a revoked key", async () => {
    const k = await keyFor(t, "curator");
    expect((await page("/admin", k.key)).status).toBe(200);
    await t.admin.apiKeys.revoke(k.id);
    expect((await page("/admin", k.key)).status).toBe(303);
  });
});

describe("console in headless Chromium", () => {
  let t: AdminTestApp;
  let server: ServerType;
  let base: string;
  let browser: Browser | undefined;
  beforeAll(async () => {
    t = await adminApp();
    await seedReview(t);
    server = await new Promise<ServerType>((ok) => {
      const s = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" }, () => ok(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server.close(ok));
    await t.cleanup();
  });

  it.skipIf(!HAS_CHROMIUM)("signs a curator in and shows the overview, index version and review groups", async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const curator = await keyFor(t, "curator", "Kurator Diskominfo");
    const page = await browser.newPage();
    await page.goto(`${base}/admin`);
    expect(await page.locator("h1").textContent()).toBe("Masuk");
    await page.getByLabel("Kunci API").fill(curator.key);
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.waitForURL(`${base}/admin`);
    expect(await page.locator("h1").textContent()).toBe("Ringkasan");
    expect(await page.getByTestId("index-version").textContent()).toBe(t.services.index.get()!.version);
    expect(await page.getByRole("heading", { name: "Pertanyaan untuk ditinjau" }).isVisible()).toBe(true);
    const row = page.locator("section[aria-labelledby=tinjauan] tbody tr").first();
    expect(await row.locator("td").first().textContent()).toBe("2");
    expect(await row.locator("li").allTextContents()).toEqual(["cara urus izin reklame", "cara mengurus izin reklame?"]);
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === "lt_console")).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/admin" });
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/admin-console.png", fullPage: true });

    await page.getByRole("link", { name: "Korpus" }).click();
    await page.getByLabel("Status").first().waitFor();
    const form = page.locator("form[action='/admin/korpus/status']").filter({ has: page.locator("input[value='kendari-37-2024']") });
    await form.getByRole("button", { name: "Simpan" }).click();
    await page.waitForURL(/\/admin\/korpus\?ok=/);
    expect(await page.getByRole("status").textContent()).toMatch(/^Status kendari-37-2024 disimpan; pengindeksan ulang dimulai \(job_[0-9a-f]{8}\)\.$/);
    await t.admin.jobs.wait((await t.admin.jobs.latest())!.id);
    expect((await t.admin.audit.list({ action: "corpus.status" }))[0]).toMatchObject({ target: "kendari-37-2024", actor: { id: curator.id } });
  });
});
