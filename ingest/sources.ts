import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadMarkdownRegulation, loadPdfRegulation } from "./loaders/regulation.js";
import type { PdfOptions } from "./loaders/pdf.js";
import { loadService } from "./loaders/service.js";
import type { LoadedDocument, LoadProblem, LoadResult } from "./loaders/types.js";

export interface CorpusLoad {
  documents: LoadedDocument[];
  problems: LoadProblem[];
  /** Files that exist but failed: their previously indexed documents are kept, not dropped. */
  failedFiles: Set<string>;
}

/** Markdown files in the corpus that are documentation, not documents. */
const NOT_DOCUMENTS = new Set(["readme.md", "cleaning.md"]);

function list(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(ext) && !NOT_DOCUMENTS.has(f.toLowerCase()))
    .sort()
    .map((f) => join(dir, f));
}

/** Runs `load` over the files one after another, yielding to the event loop after each. */
async function inTurns(files: string[], load: (file: string) => Promise<LoadResult>): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  for (const f of files) {
    out.push(await load(f));
    await new Promise((r) => setImmediate(r));
  }
  return out;
}

/**
 * Reads every document of a corpus: `regulations/*.md`, `regulations/*.pdf` (+ sidecar `.yaml`)
 * and `services/*.yaml`. Bad files are reported and skipped; the rest load. A file deleted while it
 * is being read (a curator's delete during a job) counts as removed, not as a problem. With a PDF
 * cache, entries of PDFs no longer in the corpus are pruned.
 *
 * @example
 * const { documents, problems } = await loadCorpus("corpus");
 */
export async function loadCorpus(corpusDir: string, options: { maxPasalChars?: number; pdf?: PdfOptions } = {}): Promise<CorpusLoad> {
  const regulations = join(corpusDir, "regulations");
  const pdfSeen = new Set<string>();
  const pdf: PdfOptions = { ...options.pdf, seen: pdfSeen };
  // PDFs are read in worker threads, all at once (the pool bounds them); the other files are parsed
  // one at a time with a turn of the event loop between them, so requests are answered meanwhile.
  const pdfs = Promise.all(list(regulations, ".pdf").map((f) => loadPdfRegulation(f, f.replace(/\.pdf$/i, ".yaml"), options.maxPasalChars, pdf)));
  pdfs.catch(() => {}); // awaited below; this only keeps a failure from being "unhandled" meanwhile
  const markdown = await inTurns(list(regulations, ".md"), (f) => loadMarkdownRegulation(f, options.maxPasalChars));
  const services = await inTurns(list(join(corpusDir, "services"), ".yaml"), (f) => loadService(f));
  const results = [...markdown, ...(await pdfs), ...services];
  const documents: LoadedDocument[] = [];
  const problems: LoadProblem[] = [];
  const seen = new Map<string, string>();
  pdf.cache?.prune(pdfSeen);
  for (const r of results) {
    if (!r.ok && r.vanished) continue;
    if (!r.ok) {
      problems.push(r.error);
      continue;
    }
    const { docId, source } = r.doc.record;
    const first = seen.get(docId);
    if (first) {
      problems.push({ file: source, problem: `duplicate document id "${docId}" (already used by ${first})` });
      continue;
    }
    seen.set(docId, source);
    documents.push(r.doc);
  }
  return { documents, problems, failedFiles: new Set(problems.map((p) => p.file)) };
}
