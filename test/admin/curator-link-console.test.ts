import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminApp, keyFor, type AdminTestApp } from "./helpers.js";

function seedTurn(t: AdminTestApp, question: string): void {
  const db = t.services.db;
  const now = new Date().toISOString();
  db.prepare("INSERT OR IGNORE INTO sessions (id, channel, user_key, memory, created_at, updated_at) VALUES ('s1', 'web', NULL, '{}', ?, ?)").run(now, now);
  db.prepare(
    "INSERT INTO turns (session_id, channel, question, status, answer, citations, evidence, opd, service_id, latency_ms, created_at) VALUES ('s1', 'web', ?, 'no_answer', '', '[]', NULL, NULL, NULL, 5, ?)",
  ).run(question, now);
}

describe("console: the review's link and out-of-scope forms", () => {
  let t: AdminTestApp;
  let curator: ReturnType<typeof keyFor>;
  const page = (path: string, key = curator.key) => t.app.request(path, { headers: { cookie: `lt_console=${key}` } });
  const post = (path: string, form: Record<string, string>, key = curator.key) =>
    t.app.request(path, { method: "POST", headers: { cookie: `lt_console=${key}` }, body: new URLSearchParams(form) });

  beforeAll(async () => {
    t = await adminApp();
    curator = keyFor(t, "curator", "Kurator Diskominfo");
    seedTurn(t, "kalau chatina kena hack siapa yg tanggung jawab?");
    seedTurn(t, "siapa nama wali kota kendari sekarang?");
  });
  afterAll(() => t.cleanup());

  it("shows each question group with the search box, the document + Pasal form and the out-of-scope button", async () => {
    const html = await (await page("/admin/tinjauan")).text();
    expect(html).toContain(
      '<form method="get" action="/admin/tinjauan/tautkan"><input type="hidden" name="pertanyaan" value="kalau chatina kena hack siapa yg tanggung jawab?"/>',
    );
    expect(html).toContain('<input id="tt-0-dok" name="dokumen" required=""/>');
    expect(html).toContain('<label for="tt-0-bag">Pasal atau komponen (mis. Pasal 7, biaya, waktu)</label>');
    expect(html).toContain(
      '<form method="post" action="/admin/tinjauan/luar-cakupan"><input type="hidden" name="pertanyaan" value="siapa nama wali kota kendari sekarang?"/><button type="submit">Di luar cakupan</button></form>',
    );
  });

  it("finds passages by their label and links the question to the one picked", async () => {
    const html = await (
      await page(`/admin/tinjauan/tautkan?${new URLSearchParams({ pertanyaan: "kalau chatina kena hack siapa yg tanggung jawab?", cari: "37 2024 pasal 7" })}`)
    ).text();
    expect(html).toContain("<strong>Peraturan Wali Kota Kendari Nomor 37 Tahun 2024, Pasal 7</strong> <code>kendari-37-2024#pasal-7</code>");
    const res = await post("/admin/tinjauan/tautkan", { pertanyaan: "kalau chatina kena hack siapa yg tanggung jawab?", bagian_id: "kendari-37-2024#pasal-7" });
    expect(res.status).toBe(303);
    expect(decodeURIComponent(res.headers.get("location") ?? "").replaceAll("+", " ")).toMatch(
      /^\/admin\/tinjauan\?ok=Pertanyaan ditautkan ke Peraturan Wali Kota Kendari Nomor 37 Tahun 2024, Pasal 7; pengindeksan ulang dimulai \(job_[0-9a-f]{8}\)\.$/,
    );
    expect(t.services.db.prepare("SELECT question, chunk_id, actor_name FROM question_variants").all()).toEqual([
      { question: "kalau chatina kena hack siapa yg tanggung jawab?", chunk_id: "kendari-37-2024#pasal-7", actor_name: "Kurator Diskominfo" },
    ]);
    await t.admin.jobs.wait(t.admin.jobs.latest()!.id);
  });

  it("marks a question out of scope: the review stops listing its group", async () => {
    const res = await post("/admin/tinjauan/luar-cakupan", { pertanyaan: "siapa nama wali kota kendari sekarang?" });
    expect(res.status).toBe(303);
    const html = await (await page("/admin/tinjauan")).text();
    expect(html).not.toContain("siapa nama wali kota kendari sekarang?");
    expect(html).not.toContain("kalau chatina kena hack"); // linked above
    expect(html).toContain("Tidak ada pertanyaan yang perlu ditinjau.");
    expect(t.admin.audit.list({ action: "review.out_of_scope" })).toHaveLength(1);
  });

  it("refuses an operator on the picker and the link post", async () => {
    const op = keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    expect((await page("/admin/tinjauan/tautkan?cari=pasal", op.key)).status).toBe(403);
    expect((await post("/admin/tinjauan/tautkan", { pertanyaan: "x", dokumen: "kendari-37-2024", bagian: "Pasal 7" }, op.key)).status).toBe(403);
  });

  it("links by document id and a typed Pasal, and shows the API's message for one that does not exist", async () => {
    const res = await post("/admin/tinjauan/tautkan", { pertanyaan: "apa isi pasal 99?", dokumen: "kendari-37-2024", bagian: "Pasal 99" });
    expect(decodeURIComponent(res.headers.get("location") ?? "").replaceAll("+", " ")).toBe(
      "/admin/tinjauan?err=Pasal 99 tidak ada di kendari-37-2024. (No such Pasal in that document.)",
    );
  });
});
