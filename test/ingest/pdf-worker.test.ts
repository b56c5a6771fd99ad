import { afterEach, describe, expect, it } from "vitest";
import { extractPdfText } from "../../ingest/loaders/pdf.js";
import { DEFAULT_PDF_LIMITS } from "../../src/pdf/extract.js";
import { makePdf } from "../helpers/pdf.js";
import { heavyPdf, longestStall } from "./helpers/heavy-pdf.js";

// Loading pdf-parse (pdfjs) in a thread leaves these globals, and its core-js polyfills replace built-ins there.
const builtinsAreNative = () => !["__core-js_shared__", "pdfjsLib"].some((k) => k in globalThis);
const LINES = ["PERATURAN WALI KOTA KENDARI", "Pasal 1", "Layanan uji coba tidak dipungut biaya."];

describe("PDF parsing off the request thread", () => {
  afterEach(() => expect(builtinsAreNative()).toBe(true));

  it("keeps the event loop answering while a slow PDF is read", async () => {
    const pdf = heavyPdf(LINES, 200_000);
    const { result, gapMs } = await longestStall(() => extractPdfText(pdf));
    expect(result).toEqual({ ok: true, text: LINES.join("\n"), pages: 1 });
    expect(gapMs).toBeLessThan(250);
  });

  it("never loads pdf-parse into the serving thread (its polyfills stay out)", async () => {
    expect((await extractPdfText(makePdf(LINES))).ok).toBe(true);
    expect(builtinsAreNative()).toBe(true);
  });

  it("gives up on a PDF that takes longer than the time limit", async () => {
    const limits = { ...DEFAULT_PDF_LIMITS, timeoutMs: 300 };
    const started = performance.now();
    expect(await extractPdfText(heavyPdf(LINES, 400_000), { limits })).toEqual({
      ok: false,
      problem: "reading the PDF took longer than 300 ms (PDF_PARSE_TIMEOUT_MS)",
    });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("refuses a PDF over the page limit before reading its text", async () => {
    const limits = { ...DEFAULT_PDF_LIMITS, maxPages: 2 };
    expect(await extractPdfText(makePdf(Array.from({ length: 120 }, (_, i) => `baris ${i}`)), { limits })).toEqual({
      ok: false,
      problem: "the PDF has 3 pages; the limit is 2 (PDF_MAX_PAGES)",
    });
  });
});
