import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canned } from "../../src/answer/statuses.js";
import { loadEnv } from "../../src/config/env.js";
import { loadScopeModel } from "../../src/retrieval/scope-model.js";
import { createServices, type Services } from "../../src/services.js";
import { openDatabase } from "../../src/store/database.js";
import { corpusServices, tempWorkspace } from "../helpers/corpus.js";

/**
 * The scope model in the turn (`finalizeTurn`): a question no written rule places outside, answered from the closest
 * passage, is not answered when the model places it outside, and offers no form; and the same engine
 * with the model off (`SCOPE_MODEL_THRESHOLD=1`) shows what the model prevents.
 */
describe("the scope model's word on an answered question", () => {
  const ws = tempWorkspace();
  let on: Services;
  let off: Services;
  const env = (over: Record<string, string>) =>
    loadEnv({
      DATA_DIR: join(ws.root, "data"),
      CORPUS_DIR: ws.corpus,
      LOCAL_EMBEDDER_DIMENSIONS: "256",
      ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
      ...over,
    });
  beforeAll(async () => {
    on = await corpusServices(ws);
    off = createServices(env({ SCOPE_MODEL_THRESHOLD: "1" }), { db: openDatabase(":memory:") });
    off.index.reload();
  });
  afterAll(() => ws.cleanup());

  const STATUS = "Permohonan PBG saya di SIMBG sudah sebulan belum ada kabar, sekarang sudah tahap mana ya?";

  it("does not answer the asker's own application status with the service's procedure, and says why in the trace", async () => {
    const turn = await on.engine.turn({ message: STATUS, channel: "web" });
    expect(turn.response.status).toBe("no_answer");
    expect(turn.response.answer).toBe(canned("no_answer", "id"));
    expect(turn.response.citations).toEqual([]);
    expect(turn.trace.outsideByModel).toBe(true);
    // Without the model, the closest passage is presented as the answer.
    const without = await off.engine.turn({ message: STATUS, channel: "web" });
    expect(without.response.status).toBe("answered");
    expect(without.response.citations[0]?.label).toBe("Standar Pelayanan Persetujuan Bangunan Gedung (PBG), Sistem, mekanisme dan prosedur");
    expect(without.trace.outsideByModel).toBeUndefined();
  });

  it("offers no form with an answer it withdraws, and follows SCOPE_MODEL_THRESHOLD", async () => {
    const message = "anak sy lahir di baubau, bikin akta kelahiran di kendari syaratnya apa?";
    const withForms = createServices(env({}), { db: openDatabase(":memory:"), forms: true });
    withForms.index.reload();
    expect(await withForms.engine.answer({ message })).toMatchObject({ status: "no_answer", actions: [] });
    // The model puts this question at 0.987: above a threshold of 0.99 it is answered again.
    const address = "alamat lengkap kantor disdukcapil kendari dmn?";
    const lenient = createServices(env({ SCOPE_MODEL_THRESHOLD: "0.99" }), { db: openDatabase(":memory:") });
    lenient.index.reload();
    expect([(await on.engine.answer({ message: address })).status, (await lenient.engine.answer({ message: address })).status]).toEqual([
      "no_answer",
      "answered",
    ]);
    // An empty value is unset (the model's own threshold), not 0; 0 would withdraw every answer and is refused.
    expect(env({ SCOPE_MODEL_THRESHOLD: "" }).SCOPE_MODEL_THRESHOLD).toBeUndefined();
    expect(() => env({ SCOPE_MODEL_THRESHOLD: "0" })).toThrow();
  });
  it("quotes under the hedge a long question it is sure is ours, though many of its words are not the sources'", async () => {
    const message =
      "Quick question from a lecturer here: one of the city departments wants to put its new web app on a cheap cloud server in Singapore. Is that allowed under the city's IT rules, or does the server have to be somewhere in particular?";
    const r = await on.engine.answer({ message, lang: "en" });
    expect([r.status, r.confidence]).toEqual(["answered", "low"]);
    // The answering Pasal (Perwali 1/2022 Pasal 14: servers in Indonesia) is among the closest passages cited.
    expect(r.citations.map((c) => c.label)).toEqual([
      "Peraturan Walikota Kendari Nomor 41 Tahun 2021, Pasal 1 angka 24",
      "Peraturan Walikota Kendari Nomor 1 Tahun 2022, Pasal 14",
      "Peraturan Walikota Kendari Nomor 41 Tahun 2021, Pasal 24",
    ]);
    expect(r.answer.startsWith("I have not found a definite answer. The closest passage to your question")).toBe(true);
    expect((await off.engine.answer({ message, lang: "en" })).status).toBe("no_answer");
  });

  it("answers plain questions about the sources as before", async () => {
    for (const [message, label] of [
      ["berapa biaya ktp baru?", "Standar Pelayanan Penerbitan KTP Elektronik (KTP-el) Baru, Biaya/tarif"],
      ["syarat akta kelahiran apa saja?", "Standar Pelayanan Penerbitan Akta Kelahiran, Persyaratan"],
    ] as const) {
      const r = await on.engine.answer({ message });
      expect([message, r.status, r.citations[0]?.label]).toEqual([message, "answered", label]);
    }
    const count = await on.engine.answer({ message: "Perwali 37 tahun 2024 ada berapa pasal?" });
    expect(count.status).toBe("answered");
    expect(count.answer).toContain("10 Pasal");
  });

  /**
   * What the model costs, measured: questions reviewers wrote as ordinary ones near the written rules, which the
   * rules answer and the model (fitted on the tune split, threshold 0.9) places outside. Leave-writers-out on the
   * tune split it refused 18 more out-of-scope or adversarial questions for 9 answers lost (ADR 4). When a refit
   * answers one of these again, move it back to the test it came from.
   */
  it("does not answer these ordinary questions near the rules, which the model places outside (its measured cost)", async () => {
    for (const message of [
      "cara pengajuan KK baru setelah menikah di KUA, syaratnya apa aja?",
      "Karena rumah saya mau dibangun dengan anggaran 300 juta, retribusi PBG bayar di mana?",
      "Karena di SKRD tertulis sebesar Rp2.500.000 untuk PBG rumah saya, bayarnya lewat bank apa?",
      "anak sy lahir di baubau, bikin akta kelahiran di kendari syaratnya apa?",
      "Di formulir F-1.02 saya tulis nama lalu tanda tangan di mana?",
      "Saya tinggal di Kota Baubau tapi kerja di Kendari. Perwali Kendari tentang SPBE itu nomor berapa?",
      "alamat lengkap kantor disdukcapil kendari dmn?",
      "Saya sudah tulis pesan di LAPOR 5 hari lalu tapi belum dibalas",
      "Tolong buatkan contoh pesan pengaduan untuk LAPOR, KTP saya sudah 30 hari belum jadi",
      "stlh akta kelahiran anak sy jadi, ambilnya dimana ya? sekalian mau urus BPJS ketenagakerjaan",
      "Apakah perangkat daerah di Kendari wajib menggunakan sertifikat elektronik dari BSrE?",
      "gimana caranya biar SKTM saya lolos verifikasi kelurahan? syaratnya apa aja",
      "cara daftar chatina untuk warga, pakai NIK ya?",
      "Perpres 96 tahun 2018 sudah hapus syarat pengantar RT kan?",
      "Saya pegawai dinkes konawe, mau urus KK baru di kendari, syaratnya apa?",
      "Apakah jawaban kamu harus saya konfirmasi lagi ke Dukcapil?",
    ]) {
      const [withModel, without] = [await on.engine.turn({ message, channel: "web" }), await off.engine.turn({ message, channel: "web" })];
      expect([message, withModel.response.status, withModel.trace.outsideByModel, without.response.status]).toEqual([message, "no_answer", true, "answered"]);
    }
  });

  it("refuses to start without its model file, naming the fix", () => {
    expect(() => loadScopeModel("/nonexistent/scope-model.json")).toThrow(/npm run fit:scope.*SCOPE_MODEL_THRESHOLD=1/);
  });
});
