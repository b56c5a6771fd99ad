import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { extractPdfText } from "../../ingest/loaders/pdf.js";
import { loadPdfRegulation } from "../../ingest/loaders/regulation.js";
import { makePdf } from "../helpers/pdf.js";
import { tempWorkspace } from "../helpers/corpus.js";

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
  "BAB I",
  "KETENTUAN UMUM",
  "Pasal 1",
  "Layanan uji coba diselenggarakan oleh Dinas.",
  "Pasal 2",
  "(1) Setiap pemohon wajib membawa kartu tanda penduduk elektronik.",
  "(2) Layanan uji coba tidak dipungut biaya.",
];

describe("PDF regulations", () => {
  let ws: ReturnType<typeof tempWorkspace> | undefined;
  afterEach(() => ws?.cleanup());

  it("extracts the text of every page with pdf-parse", async () => {
    const r = await extractPdfText(makePdf([...LINES, ...Array.from({ length: 45 }, (_, i) => `baris ${i}`)]));
    expect(r.ok && r.pages).toBe(2);
    expect(r.ok && r.text).toContain("(2) Layanan uji coba tidak dipungut biaya.");
    expect(r.ok && r.text).toContain("baris 44");
  });

  it("turns a PDF plus its sidecar YAML into cited chunks", async () => {
    ws = tempWorkspace({ copyCorpus: false });
    const pdf = join(ws.root, "kendari-5-2025.pdf");
    writeFileSync(pdf, makePdf(LINES));
    writeFileSync(join(ws.root, "kendari-5-2025.yaml"), SIDECAR);
    const r = await loadPdfRegulation(pdf, join(ws.root, "kendari-5-2025.yaml"), 50);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ayat2 = r.doc.chunks.find((c) => c.pasal === "2" && c.ayat === "2");
    expect(ayat2?.label).toBe("Peraturan Wali Kota Kendari Nomor 5 Tahun 2025, Pasal 2 ayat (2)");
    expect(ayat2?.text).toContain("Layanan uji coba tidak dipungut biaya.");
  });

  it("reports a broken PDF by name instead of throwing", async () => {
    ws = tempWorkspace({ copyCorpus: false });
    const pdf = join(ws.root, "rusak.pdf");
    writeFileSync(pdf, "%PDF-1.4 this is not a pdf");
    writeFileSync(join(ws.root, "rusak.yaml"), SIDECAR);
    expect(await loadPdfRegulation(pdf, join(ws.root, "rusak.yaml"))).toEqual({
      ok: false,
      error: { file: pdf, problem: "unreadable PDF: Invalid PDF structure." },
    });
  });

  it("reports a PDF without a sidecar", async () => {
    ws = tempWorkspace({ copyCorpus: false });
    const pdf = join(ws.root, "tanpa-meta.pdf");
    writeFileSync(pdf, makePdf(LINES));
    const r = await loadPdfRegulation(pdf, join(ws.root, "tanpa-meta.yaml"));
    expect(r).toEqual({ ok: false, error: { file: pdf, problem: `missing sidecar metadata file ${join(ws.root, "tanpa-meta.yaml")}` } });
  });
});
