import { describe, expect, it } from "vitest";
import type { Step } from "../../src/answer/context.js";
import { defaultSteps } from "../../src/answer/engine.js";
import { CANNED } from "../../src/answer/statuses.js";
import { compose } from "../../src/answer/steps/compose.js";
import { normalize } from "../../src/answer/steps/normalize.js";
import type { StoredChunk } from "../../src/index/manifest.js";
import type { ScopeModel } from "../../src/retrieval/scope-model.js";
import { chunk, harness, indexWith, recordingSink, retrievalOf, retrieved, scriptedComposer } from "./harness.js";

const UNVERIFIED = "\n\n_Catatan: sebagian informasi ini belum terverifikasi dengan dokumen resmi OPD; mohon konfirmasi ke petugas._";

describe("finalizeTurn: one place for every rule after the steps", () => {
  it("adds the notes the sources require to an LLM answer (redirect in front, unverified after)", async () => {
    const used = [chunk("skck#biaya", { serviceId: "skck", unverified: true, text: "Biaya/tarif:\nRp30.000" })];
    const index = indexWith({ "service:skck": { kind: "service", meta: { dialihkan_ke: { instansi: "Polresta Kendari" } } } });
    const h = harness({ steps: [retrieved(retrievalOf(used)), compose], composer: scriptedComposer("llm", ["Biayanya Rp30.000 [1]."], used), index });
    const reply = await h.engine.answer({ message: "biaya skck" });
    expect(reply.status).toBe("answered");
    expect(reply.answer).toBe(
      `Layanan ini bukan layanan Pemerintah Kota Kendari. Silakan menghubungi Polresta Kendari.\n\nBiayanya Rp30.000 [1].${UNVERIFIED}`,
    );
    expect(h.turns()[0]!.answer).toBe(reply.answer);
  });

  it("does not redirect an answer about a city service because another agency's service is named as 'see also'", async () => {
    const used = [chunk("akta#persyaratan", { serviceId: "akta-kelahiran", text: "Persyaratan:\nKK" }), chunk("skck#persyaratan", { serviceId: "skck" })];
    const index = indexWith({
      "service:akta-kelahiran": { kind: "service", meta: {} },
      "service:skck": { kind: "service", meta: { dialihkan_ke: { instansi: "Polresta Kendari" } } },
    });
    const h = harness({
      steps: [retrieved(retrievalOf(used)), compose],
      composer: scriptedComposer("extractive", ["Berdasarkan sumber resmi:\n\nKK [1].\n\nLihat juga: SKCK [2]"], used),
      index,
    });
    const reply = await h.engine.answer({ message: "berkas akta lahir apa saja" });
    expect(reply.answer).toBe("Berdasarkan sumber resmi:\n\nKK [1].\n\nLihat juga: SKCK [2]");
  });

  it("adds the same notes to an extractive answer, from the same call", async () => {
    const used = [chunk("ktp#biaya", { unverified: true })];
    const h = harness({
      steps: [retrieved(retrievalOf(used)), compose],
      composer: scriptedComposer("extractive", ["Berdasarkan sumber resmi:\n\nGratis [1]."], used),
    });
    const reply = await h.engine.answer({ message: "biaya ktp" });
    expect(reply.answer).toBe(`Berdasarkan sumber resmi:\n\nGratis [1].${UNVERIFIED}`);
  });

  it("masks a NIK in a citation snippet", async () => {
    const used = [chunk("contoh#nik", { text: "Contoh pengisian: NIK 7471085203950001 ditulis lengkap." })];
    const h = harness({ steps: [retrieved(retrievalOf(used)), compose], composer: scriptedComposer("extractive", ["Lihat contoh [1]."], used) });
    const reply = await h.engine.answer({ message: "contoh isian nik" });
    expect(reply.citations[0]!.snippet).toBe("Contoh pengisian: NIK 7471********0001 ditulis lengkap.");
  });

  it("turns an answered question without a citation into no_answer, and stores that", async () => {
    const h = harness({ steps: [retrieved(retrievalOf([chunk("c1")])), compose], composer: scriptedComposer("llm", ["KTP-el baru gratis."], []) });
    const reply = await h.engine.answer({ message: "biaya ktp" });
    expect(reply).toMatchObject({ status: "no_answer", answer: CANNED.no_answer.id, citations: [] });
    expect(h.turns()[0]).toMatchObject({ status: "no_answer", answer: CANNED.no_answer.id, citations: [] });
  });

  it("turns an answer on insufficient evidence into no_answer (the evidence gate)", async () => {
    const used = [chunk("c1")];
    const h = harness({ steps: [retrieved(retrievalOf(used, 0.6)), compose], composer: scriptedComposer("llm", ["Gratis [1]."], used) });
    const reply = await h.engine.answer({ message: "biaya ktp" });
    expect(reply).toMatchObject({ status: "no_answer", answer: CANNED.no_answer.id, citations: [] });
  });

  it("puts messages kept for the user in front of whatever the reply becomes", async () => {
    const pending: Step = async function pending(ctx) {
      ctx.header = "Pesan untuk Anda:\nTiket KDI-2026-000001 selesai.";
    };
    const h = harness({ steps: [pending, retrieved(retrievalOf([chunk("c1")])), compose], composer: scriptedComposer("llm", ["Tanpa sumber."], []) });
    const reply = await h.engine.answer({ message: "biaya ktp" });
    expect(reply.status).toBe("no_answer");
    expect(reply.answer).toBe(`Pesan untuk Anda:\nTiket KDI-2026-000001 selesai.\n\n${CANNED.no_answer.id}`);
  });

  it("keeps the header when a later step fails", async () => {
    const pending: Step = async function pending(ctx) {
      ctx.header = "Pesan untuk Anda: halo.";
    };
    const boom: Step = async function boom() {
      throw new Error("x");
    };
    const h = harness({ steps: [pending, boom] });
    expect((await h.engine.answer({ message: "halo" })).answer).toBe(`Pesan untuk Anda: halo.\n\n${CANNED.error.id}`);
  });

  it("greetings need no citation", async () => {
    const h = harness({ steps: defaultSteps() });
    expect(await h.engine.answer({ message: "halo" })).toMatchObject({ status: "answered", answer: CANNED.greeting.id });
  });
});

describe("finalizeTurn: the scope model's word", () => {
  // A model that knows one word: "paspor" is outside (z = -5 + 10), anything else inside (z = -5).
  const model: ScopeModel = { threshold: 0.9, bias: -5, words: { paspor: [1, 10] }, chars: {}, trainedOn: [], documents: ["service:ktp-el-baru"] };
  const answering = (used: StoredChunk[]) => ({
    steps: [normalize, retrieved(retrievalOf(used)), compose],
    composer: scriptedComposer("extractive", ["Berdasarkan sumber resmi:\n\nGratis [1]."], used),
    scopeModel: model,
  });

  it("turns an answer to a question it places outside into no_answer, streamed and stored as such", async () => {
    const h = harness(answering([chunk("ktp#biaya")]));
    const rec = recordingSink();
    const reply = await h.engine.answer({ message: "biaya paspor berapa?" }, rec.sink);
    expect(reply).toMatchObject({ status: "no_answer", answer: CANNED.no_answer.id, citations: [] });
    expect(rec.shown()).toBe(CANNED.no_answer.id);
    expect(h.turns()[0]).toMatchObject({ status: "no_answer", trace: expect.objectContaining({ outsideByModel: true }) });
    // A question it places inside keeps its answer.
    expect((await h.engine.answer({ message: "biaya ktp berapa?" })).status).toBe("answered");
  });

  it("corrects a claim first: a fee the source contradicts is refused with the source quoted, not withdrawn", async () => {
    const h = harness(answering([chunk("ktp#biaya")]));
    const reply = await h.engine.answer({ message: "bikin ktp baru bayar Rp50.000 kan? sekalian paspor" });
    expect(reply.status).toBe("refused");
    expect(reply.answer.startsWith(CANNED.unconfirmed_claim.id)).toBe(true);
    expect(reply.citations.map((c) => c.label)).toEqual(["Standar Pelayanan Penerbitan KTP-el Baru, Biaya/tarif"]);
  });

  it("leaves an answer from a document it was not fitted beside, and one a curator linked the question to", async () => {
    const added = chunk("parkir#biaya", { serviceId: "parkir" });
    expect((await harness(answering([added])).engine.answer({ message: "biaya paspor berapa?" })).status).toBe("answered");
    const linked = { ...chunk("ktp#biaya"), keywords: ["Biaya paspor berapa"] };
    expect((await harness(answering([linked])).engine.answer({ message: "biaya paspor berapa?" })).status).toBe("answered");
  });
});
