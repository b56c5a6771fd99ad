import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIngest } from "../../ingest/run.js";
import { CorpusIndex } from "../../src/index/corpus-index.js";
import { DEFAULT_PDF_LIMITS, pdfWorkerSpawns } from "../../src/pdf/extract.js";
import { embedder, HNSW, tempWorkspace } from "../helpers/corpus.js";
import { makePdf } from "../helpers/pdf.js";

const SIDECAR = `id: kendari-5-2025
jenis: Peraturan Wali Kota
nomor: "5"
tahun: 2025
judul: Layanan Uji Coba
daerah: Kota Kendari
ditetapkan: "2025-02-03"
status: berlaku
`;
const LINES = [
  "PERATURAN WALI KOTA KENDARI",
  "NOMOR 5 TAHUN 2025",
  "Pasal 1",
  "Layanan uji coba tidak dipungut biaya.",
  "Pasal 2",
  "Layanan dibuka setiap hari kerja.",
];

describe("re-index jobs over PDFs and a changing corpus", () => {
  let ws: ReturnType<typeof tempWorkspace>;
  let pdf: string;
  let sidecar: string;
  const ingest = (extra: Partial<Parameters<typeof runIngest>[0]> = {}) =>
    runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW, ...extra });
  const texts = () => [...CorpusIndex.load(ws.index, embedder, HNSW)!.chunks()].map((c) => c.text).join("\n");

  beforeEach(() => {
    ws = tempWorkspace({ copyCorpus: false });
    mkdirSync(join(ws.corpus, "regulations"), { recursive: true });
    pdf = join(ws.corpus, "regulations", "kendari-5-2025.pdf");
    sidecar = join(ws.corpus, "regulations", "kendari-5-2025.yaml");
    writeFileSync(pdf, makePdf(LINES));
    writeFileSync(sidecar, SIDECAR);
  });
  afterEach(() => ws.cleanup());

  it("reads an unchanged PDF from the cache on the next job: no worker is started", async () => {
    expect((await ingest()).problems).toEqual([]);
    const spawns = pdfWorkerSpawns();
    writeFileSync(sidecar, SIDECAR.replace("Layanan Uji Coba", "Layanan Uji Coba (revisi)"));
    const second = await ingest();
    expect(second.problems).toEqual([]);
    expect(pdfWorkerSpawns()).toBe(spawns);
    expect(CorpusIndex.load(ws.index, embedder, HNSW)!.document("kendari-5-2025")?.meta).toMatchObject({ judul: "Layanan Uji Coba (revisi)" });
    expect(readdirSync(join(ws.root, "data", "pdf-cache"))).toHaveLength(1);
  });

  it("reports a PDF over the page limit and keeps serving its previous text", async () => {
    await ingest();
    writeFileSync(pdf, makePdf([...LINES.slice(0, 3), "Layanan uji coba dikenai tarif baru.", ...Array.from({ length: 100 }, (_, i) => `baris ${i}`)]));
    const report = await ingest({ pdf: { limits: { ...DEFAULT_PDF_LIMITS, maxPages: 2 } } });
    expect(report.problems).toEqual([{ file: pdf, problem: "the PDF has 3 pages; the limit is 2 (PDF_MAX_PAGES)" }]);
    expect(texts()).toContain("Layanan uji coba tidak dipungut biaya.");
    expect(texts()).not.toContain("tarif baru");
  });

  it("removes partial versions a crashed job left behind, even when nothing changed", async () => {
    await ingest();
    const stale = join(ws.index, "v-20260101-000000000Z-dead.partial");
    mkdirSync(stale);
    writeFileSync(join(stale, "chunks.json"), "[");
    const report = await ingest();
    expect(report.counts.added + report.counts.updated + report.counts.removed).toBe(0);
    expect(existsSync(stale)).toBe(false);
  });

  it("removes the partial version of a job that fails while writing", async () => {
    await ingest();
    writeFileSync(pdf, makePdf([...LINES, "Pasal 3", "Ketentuan baru."]));
    const failing = ingest({
      probe: (step) => {
        if (step === "lexical") throw new Error("disk full");
      },
    });
    await expect(failing).rejects.toThrow("disk full");
    expect(readdirSync(ws.index).filter((n) => n.endsWith(".partial"))).toEqual([]);
    expect(texts()).not.toContain("Ketentuan baru.");
  });

  it("does not fail when a curator deletes a PDF while the job is reading the corpus", async () => {
    await ingest();
    const trash = join(ws.root, "trash");
    mkdirSync(trash);
    const job = ingest();
    renameSync(pdf, join(trash, "kendari-5-2025.pdf"));
    renameSync(sidecar, join(trash, "kendari-5-2025.yaml"));
    const report = await job;
    expect(report.problems).toEqual([]);
    expect(report.documentCount).toBe(0);
    expect(CorpusIndex.load(ws.index, embedder, HNSW)!.document("kendari-5-2025")).toBeUndefined();
  });
});
