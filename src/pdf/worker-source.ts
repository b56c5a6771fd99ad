/**
 * The code a PDF worker thread runs, as plain JavaScript evaluated with `new Worker(source, { eval: true })`.
 * It is a string (not a module file) so it runs the same under tsx, vitest and compiled `dist/`,
 * none of which can hand a `.ts` worker file to a bare Node worker.
 *
 * Protocol: `workerData = { resolveFrom, data, maxPages }`; the worker posts one message
 * `{ ok: true, text, pages }` or `{ ok: false, problem }` and exits. pdf-parse is required lazily
 * here, so its pdfjs polyfills replace built-ins in this worker only, never in the serving thread.
 */
export const PDF_WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
(async () => {
  let parser;
  try {
    const { PDFParse } = createRequire(workerData.resolveFrom)("pdf-parse");
    parser = new PDFParse({ data: workerData.data, verbosity: 0 });
    const info = await parser.getInfo();
    if (info.total > workerData.maxPages) {
      parentPort.postMessage({ ok: false, problem: "the PDF has " + info.total + " pages; the limit is " + workerData.maxPages + " (PDF_MAX_PAGES)" });
      return;
    }
    const result = await parser.getText({ pageJoiner: "" });
    const text = result.pages.map((p) => p.text).join("\\n").replace(/\\r\\n?/g, "\\n");
    if (!text.trim()) parentPort.postMessage({ ok: false, problem: "the PDF has no text layer (a scan needs OCR before ingest)" });
    else parentPort.postMessage({ ok: true, text, pages: result.pages.length });
  } catch (err) {
    parentPort.postMessage({ ok: false, problem: "unreadable PDF: " + (err && err.message ? err.message : String(err)) });
  } finally {
    if (parser) await parser.destroy().catch(() => {});
  }
})();
`;
