import { PDFParse } from "pdf-parse";

export type PdfText = { ok: true; text: string; pages: number } | { ok: false; problem: string };

/**
 * Extracts the text layer of a PDF with pdf-parse. Never throws: an unreadable or empty PDF
 * (for example a scan without OCR) comes back as a problem the ingest reports.
 *
 * @example
 * const r = await extractPdfText(await readFile("perwali.pdf")); // { ok: true, text: "...", pages: 12 }
 */
export async function extractPdfText(data: Uint8Array): Promise<PdfText> {
  let parser: PDFParse | undefined;
  try {
    parser = new PDFParse({ data: new Uint8Array(data), verbosity: 0 });
    const result = await parser.getText({ pageJoiner: "" });
    const text = result.pages.map((p) => p.text).join("\n").replace(/\r\n?/g, "\n");
    if (!text.trim()) return { ok: false, problem: "the PDF has no text layer (a scan needs OCR before ingest)" };
    return { ok: true, text, pages: result.pages.length };
  } catch (err) {
    return { ok: false, problem: `unreadable PDF: ${(err as Error).message}` };
  } finally {
    await parser?.destroy().catch(() => {});
  }
}
