import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminApp, keyFor, type AdminTestApp } from "./helpers.js";

async function seedTurn(t: AdminTestApp, question: string): Promise<void> {
  const db = t.services.db;
  const now = new Date().toISOString();
  await db
    .insertInto("sessions")
    .values({ id: "s1", channel: "web", user_key: null, memory: "{}", created_at: now, updated_at: now })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto("turns")
    .values({
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
      created_at: now,
    })
    .execute();
}

describe("console: the review's link and out-of-scope forms", () => {
  let t: AdminTestApp;
  let curator: Awaited<ReturnType<typeof keyFor>>;
  const page = (path: string, key = curator.key) => t.app.request(path, { headers: { cookie: `lt_console=${key}` } });
  const post = (path: string, form: Record<string, string>, key = curator.key) =>
    t.app.request(path, { method: "POST", headers: { cookie: `lt_console=${key}` }, body: new URLSearchParams(form) });

  beforeAll(async () => {
    t = await adminApp();
    curator = await keyFor(t, "curator", "Kurator Diskominfo");
    await seedTurn(t, "kalau chatina kena hack siapa yg tanggung jawab?");
    await seedTurn(t, "siapa nama wali kota kendari sekarang?");
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
    expect(await t.services.db.selectFrom("question_variants").select(["question", "chunk_id", "actor_name"]).execute()).toEqual([
      { question: "kalau chatina kena hack siapa yg tanggung jawab?", chunk_id: "kendari-37-2024#pasal-7", actor_name: "Kurator Diskominfo" },
    ]);
    await t.admin.jobs.wait((await t.admin.jobs.latest())!.id);
  });

  it("marks a question out of scope: the review stops listing its group", async () => {
    const res = await post("/admin/tinjauan/luar-cakupan", { pertanyaan: "siapa nama wali kota kendari sekarang?" });
    expect(res.status).toBe(303);
    const html = await (await page("/admin/tinjauan")).text();
    expect(html).not.toContain("siapa nama wali kota kendari sekarang?");
    expect(html).not.toContain("kalau chatina kena hack"); // linked above
    expect(html).toContain("Tidak ada pertanyaan yang perlu ditinjau.");
    expect(await t.admin.audit.list({ action: "review.out_of_scope" })).toHaveLength(1);
  });

  it("refuses an operator on the picker and the link post", async () => {
    const op = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
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
