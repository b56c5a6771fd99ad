import { DEFAULT_PDF_LIMITS, extractPdfTextInWorker, type PdfLimits, type PdfText } from "../../src/pdf/extract.js";
import { PdfTextCache } from "../pdf/cache.js";

export type { PdfText } from "../../src/pdf/extract.js";

/** How PDFs are read during an ingest: limits of the worker, and the parsed-text cache. */
export interface PdfOptions {
  limits?: PdfLimits;
  cache?: PdfTextCache;
  /** Cache keys seen in this run (so the run can prune the others). */
  seen?: Set<string>;
}

/**
 * Extracts the text layer of a PDF off the event loop (a worker thread with time, page and memory
 * limits), reusing a cached text when the same bytes were parsed before. Never throws: an
 * unreadable, empty (a scan without OCR) or over-limit PDF comes back as a problem the ingest reports.
 *
 * @example
 * const r = await extractPdfText(await readFile("perwali.pdf")); // { ok: true, text: "...", pages: 12 }
 */
export async function extractPdfText(data: Uint8Array, options: PdfOptions = {}): Promise<PdfText> {
  const { cache } = options;
  if (!cache) return extractPdfTextInWorker(data, options.limits ?? DEFAULT_PDF_LIMITS);
  const key = PdfTextCache.key(data);
  options.seen?.add(key);
  return cache.get(key) ?? cache.set(key, await extractPdfTextInWorker(data, options.limits ?? DEFAULT_PDF_LIMITS));
}
