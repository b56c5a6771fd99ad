import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../ingest/run.js";
import { loadEnv } from "../../src/config/env.js";
import { CorpusIndex } from "../../src/index/corpus-index.js";
import { retrieve } from "../../src/retrieval/hybrid.js";
import { namedRegulationTopics } from "../../src/retrieval/regulation-topics.js";
import { retrievalConfig } from "../../src/services.js";
import { LocalHashEmbedder } from "../../src/index/embedders/local.js";
import { HNSW, tempWorkspace } from "../helpers/corpus.js";

/** The shipped default embedder (the helpers' smaller one ranks close ties differently). */
const embedder = new LocalHashEmbedder({ dimensions: 512 });

describe("a regulation named by its own subject", () => {
  let ws: ReturnType<typeof tempWorkspace>;
  let index: CorpusIndex;
  const ask = (question: string, lang: "id" | "en" = "id") => retrieve(index, embedder, { question, lang }, retrievalConfig(loadEnv({})));

  beforeAll(async () => {
    ws = tempWorkspace();
    await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW });
    index = CorpusIndex.load(ws.index, embedder, HNSW)!;
  });
  afterAll(() => ws.cleanup());

  it("reads the system a regulation sets up from its title and from the name it defines", () => {
    expect(namedRegulationTopics("aplikasi chatina itu buat apa", index)).toEqual(["kendari-37-2024"]);
    expect(namedRegulationTopics("cara daftar di portal emas", index)).toEqual(["probolinggo-107-2021"]);
  });

  it("does not take a general term a regulation defines (APBD) or a greeting to the bot for its subject", () => {
    expect(namedRegulationTopics("aplikasi yang dibiayai APBD milik siapa?", index)).toEqual([]);
    expect(namedRegulationTopics("Yth. Chatina,\n\nbolehkah aplikasi dinas disimpan di server luar negeri?", index)).toEqual([]);
  });

  it("asks a question about Chatina of the Chatina regulation, not of another regulation on security", async () => {
    const r = await ask("siapa yg tanggung jawab keamanan aplikasi chatina kalau kena hack?");
    expect(r.hits[0]!.chunk.docId).toBe("kendari-37-2024");
  });

  it("lets the rest of the message break a tie between passages the question fits equally", async () => {
    const r = await ask("Petugas kelurahan kami sering ditanya warga: kalau mau masuk ke aplikasi Chatina, sandinya pakai apa? Perlu daftar akun dulu?");
    expect(r.hits[0]!.chunk.label).toBe("Peraturan Wali Kota Kendari Nomor 37 Tahun 2024, Pasal 4");
  });

  it("puts first the Pasal whose section the question names ('audit infrastruktur SPBE' → Bagian Kedua Audit Infrastruktur SPBE)", async () => {
    const r = await ask("Seberapa sering audit infrastruktur SPBE di Kendari harus dilakukan?");
    expect(r.hits[0]!.chunk.label).toBe("Peraturan Walikota Kendari Nomor 41 Tahun 2021, Pasal 35");
  });
});
