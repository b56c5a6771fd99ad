import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../ingest/run.js";
import { CorpusIndex } from "../../src/index/corpus-index.js";
import { loadEnv } from "../../src/config/env.js";
import { retrieve, type RetrievalConfig } from "../../src/retrieval/hybrid.js";
import { retrievalConfig } from "../../src/services.js";
import { embedder, HNSW, tempWorkspace } from "../helpers/corpus.js";

/** The configured defaults, with the ranking knobs these tests were written for. */
const CFG: RetrievalConfig = {
  ...retrievalConfig(loadEnv({})),
  topK: 8,
  candidates: 50,
  rrfK: 60,
  weightLexical: 1,
  weightVector: 0.6,
  minCoverage: 0.5,
  minCoverageLong: 0.3,
  massRareTerms: 1.5,
  defaultCity: "kendari",
};

describe("hybrid retrieval", () => {
  let ws: ReturnType<typeof tempWorkspace>;
  let index: CorpusIndex;
  const ask = (question: string, extra: Partial<Parameters<typeof retrieve>[2]> = {}, cfg = CFG) => retrieve(index, embedder, { question, ...extra }, cfg);

  beforeAll(async () => {
    ws = tempWorkspace();
    await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW });
    index = CorpusIndex.load(ws.index, embedder, HNSW)!;
  });
  afterAll(() => ws.cleanup());

  it("puts the fee component of the named service first for an informal fee question", async () => {
    const r = await ask("brp duit bikin akte lahir?");
    expect(r.hits[0]!.chunk.id).toBe("service:akta-kelahiran#biaya");
    expect(r.evidence).toBeGreaterThanOrEqual(0.5);
  });

  it("searches only the named city's documents", async () => {
    const r = await ask("di ternate aplikasi pesta kampung itu apa");
    expect(r.scope.cities).toEqual(["ternate"]);
    expect(new Set(r.hits.map((h) => h.chunk.meta.city))).toEqual(new Set(["ternate"]));
  });

  it("searches the default city first and the others only when its evidence is weak", async () => {
    const kendari = await ask("apa tugas walidata");
    expect(kendari.hits[0]!.chunk.meta.city).toBe("kendari");
    const elsewhere = await ask("portal emas itu apa");
    expect(elsewhere.hits[0]!.chunk.docId).toBe("probolinggo-107-2021");
    const probolinggoFirst = await ask("portal emas itu apa", {}, { ...CFG, defaultCity: "probolinggo" });
    expect(probolinggoFirst.hits.every((h) => h.chunk.meta.city === "probolinggo")).toBe(true);
  });

  it("leaves revoked documents out of ordinary questions", async () => {
    // kendari-51-2019 (revoked) is about the same subject; the regulation in force answers instead.
    const r = await ask("penyelenggaraan pemerintahan berbasis elektronik kendari");
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits[0]!.chunk.docId).toBe("kendari-41-2021");
    expect(r.hits.some((h) => h.chunk.meta.status === "dicabut")).toBe(false);
  });

  it("finds a revoked document when asked about it, with the regulation that revoked it", async () => {
    const r = await ask("perwali kendari nomor 51 tahun 2019 masih berlaku?");
    expect(r.scope.regulations).toEqual(["kendari-51-2019"]);
    expect(r.revoked.map((d) => d.docId)).toEqual(["kendari-51-2019"]);
    expect(r.hits[0]!.chunk.id).toBe("kendari-41-2021#pasal-44");
  });

  it("filters by source type", async () => {
    const services = await ask("keamanan data", { sourceType: "service" });
    expect(services.hits.length).toBeGreaterThan(0);
    expect(services.hits.every((h) => h.chunk.meta.sourceType === "service")).toBe(true);
    const regulations = await ask("syarat ktp baru", { sourceType: "regulation" });
    expect(regulations.hits.length).toBeGreaterThan(0);
    expect(regulations.hits.every((h) => h.chunk.meta.sourceType === "regulation")).toBe(true);
  });

  it("prefers the widget's OPD when the question fits several", async () => {
    const withOpd = await ask("cara mengajukan pengaduan", { opd: "diskominfo" });
    expect(withOpd.hits[0]!.chunk.meta.opd).toContain("diskominfo");
  });

  it("has little evidence for an off-topic question", async () => {
    for (const q of ["resep sinonggi yang enak", "jadwal kapal ke wakatobi besok", "skor persija tadi malam"]) {
      const r = await ask(q);
      // Something is always retrieved; what matters is that it supports little of the question.
      expect(r.hits.length).toBeGreaterThan(0);
      expect(r.evidence).toBeLessThan(0.5);
    }
  });

  it("keeps a word the sources use instead of the formal word they never use ('didownload', not 'diunduh')", async () => {
    const r = await ask("chatina tuh bisa didownload dmn? ada di hp android gk");
    expect(r.hits[0]!.chunk.label).toBe("Peraturan Wali Kota Kendari Nomor 37 Tahun 2024, Pasal 4");
    expect(r.confidence).toBe("high");
  });

  it("tolerates a typo in a long root word", async () => {
    const r = await ask("apa itu walidta");
    expect(r.hits[0]!.chunk.id).toBe("kendari-41-2021#pasal-1-angka-35");
    expect(r.evidence).toBeGreaterThanOrEqual(0.5);
  });

  it("answers a question that names no service from the one its story named, in English and in Indonesian", async () => {
    const en = await ask("My husband needs a police clearance certificate (SKCK) for a job. How much is the official fee?", { lang: "en" });
    expect([en.confidence, en.hits[0]!.chunk.id]).toEqual(["high", "service:skck#biaya"]);
    const stolen = await ask("My husband's wallet with his KTP was stolen at the pasar. How long does it take to get a replacement card?", { lang: "en" });
    expect([stolen.services, stolen.hits[0]!.chunk.id]).toEqual([["ktp-el-hilang-rusak"], "service:ktp-el-hilang-rusak#waktu"]);
    const id = await ask("Waktu mau berobat ke puskesmas, ternyata KIS ibu saya sudah tidak aktif. Gimana caranya supaya kartunya aktif lagi?");
    expect([id.confidence === "none", id.hits[0]!.chunk.meta.serviceId]).toEqual([false, "pbi-jk"]);
  });

  it("does not take a document the asker already has for the topic of a question about something else", async () => {
    const r = await ask("sy punya usaha keripik pisang, udah ada NIB. skrg mau urus sertifikat halal, gimana caranya & gratis ga?");
    expect(r.confidence).toBe("none");
  });

  it("reads 'kk' addressing the reader as 'kakak', not as the family card", async () => {
    const r = await ask("kk, sy agak takut masukin NIK di chatina. siapa yg bertugas jaga keamanan aplikasi chatina itu?");
    expect(r.services).toEqual([]);
  });

  it("finds a service named with words between its alias ('izin dari kepolisian untuk keramaian')", async () => {
    const r = await ask("kami mau bikin acara musik di lapangan. izin dari kepolisian untuk keramaian diurus berapa hari sebelumnya?");
    expect(r.services).toEqual(["izin-keramaian"]);
  });

  it("answers how long a named document stays valid from its product section ('masa berlakunya berapa lama')", async () => {
    const r = await ask("SKCK itu masa berlakunya berapa lama? Anak saya mau daftar kerja bulan depan tapi SKCK-nya dibuat awal tahun.");
    expect([r.confidence, r.hits[0]!.chunk.id]).toEqual(["high", "service:skck#produk"]);
  });

  it("names a service with a clitic ('akta kematiannya'), and asks a mayor's regulation named by kind of the regulations", async () => {
    const death = await ask("Nenek bingung akta kematiannya siapa yg harus lapor ke dukcapil, apa harus anak2nya atau pak RT?");
    expect(death.services).toEqual(["akta-kematian"]);
    const duty = await ask(
      "Kemarin server aplikasi layanan kami diretas. Menurut Perwali SPBE, apa kewajiban kami sebagai PSE dan kepada siapa kami harus melapor?",
    );
    expect(duty.hits.every((h) => h.chunk.meta.sourceType === "regulation")).toBe(true);
  });

  it("moves up the one passage below the first ranks that holds the question's evidence when none above does", async () => {
    const r = await ask(
      "Our vendor wants to host our OPD's new app on a cloud server in Singapore because it's cheaper. Is that allowed under Kendari's ICT governance rules?",
      { lang: "en" },
    );
    expect([r.confidence, r.hits[0]!.chunk.label]).toEqual(["high", "Peraturan Walikota Kendari Nomor 1 Tahun 2022, Pasal 14"]);
  });
});
