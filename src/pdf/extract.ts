import { Worker } from "node:worker_threads";
import type { Env } from "../config/env.js";
import { PDF_WORKER_SOURCE } from "./worker-source.js";

/** The text layer of a PDF, or why it could not be read. */
export type PdfText = { ok: true; text: string; pages: number } | { ok: false; problem: string };

/** Bounds on one PDF parse; each comes from the environment (PDF_* knobs). */
export interface PdfLimits {
  /** Wall-clock limit; the worker is terminated when it is reached. */
  timeoutMs: number;
  /** PDFs with more pages are refused before their text is read. */
  maxPages: number;
  /** The worker's V8 heap limit (old generation), in MB. */
  maxMemoryMb: number;
  /** PDF workers running at the same time; further parses wait their turn. */
  concurrency: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { timeoutMs: 60_000, maxPages: 2_000, maxMemoryMb: 512, concurrency: 2 };

/**
 * The PDF limits configured in the environment.
 *
 * @example
 * pdfLimitsFromEnv(loadEnv()) // { timeoutMs: 60000, maxPages: 2000, maxMemoryMb: 512, concurrency: 2 }
 */
export function pdfLimitsFromEnv(env: Pick<Env, "PDF_PARSE_TIMEOUT_MS" | "PDF_MAX_PAGES" | "PDF_WORKER_MAX_MB" | "PDF_PARSE_CONCURRENCY">): PdfLimits {
  return { timeoutMs: env.PDF_PARSE_TIMEOUT_MS, maxPages: env.PDF_MAX_PAGES, maxMemoryMb: env.PDF_WORKER_MAX_MB, concurrency: env.PDF_PARSE_CONCURRENCY };
}

let spawned = 0;
let running = 0;
const waiting: Array<() => void> = [];

/** How many PDF workers this process has started (tests use it to see a cache hit). */
export function pdfWorkerSpawns(): number {
  return spawned;
}

async function slot(concurrency: number): Promise<() => void> {
  while (running >= Math.max(1, concurrency)) await new Promise<void>((r) => waiting.push(r));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

function runWorker(data: Uint8Array, limits: PdfLimits): Promise<PdfText> {
  return new Promise((resolve) => {
    spawned++;
    const copy = new Uint8Array(data);
    const worker = new Worker(PDF_WORKER_SOURCE, {
      eval: true,
      workerData: { resolveFrom: import.meta.url, data: copy, maxPages: limits.maxPages },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
    });
    let settled = false;
    const finish = (result: PdfText) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, problem: `reading the PDF took longer than ${limits.timeoutMs} ms (PDF_PARSE_TIMEOUT_MS)` }),
      limits.timeoutMs,
    );
    worker.once("message", (m: PdfText) => finish(m));
    worker.once("error", (err: Error & { code?: string }) =>
      finish({
        ok: false,
        problem:
          err.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? `reading the PDF needed more than ${limits.maxMemoryMb} MB (PDF_WORKER_MAX_MB)`
            : `unreadable PDF: ${err.message}`,
      }),
    );
    worker.once("exit", (code) => finish({ ok: false, problem: `the PDF reader stopped (exit code ${code})` }));
  });
}

/**
 * Extracts the text layer of a PDF in a worker thread, so the serving thread never blocks on a
 * heavy PDF and never loads pdf-parse. Bounded by time (terminate), pages and heap. Never throws:
 * an unreadable, empty (a scan without OCR), too long or too heavy PDF comes back as a problem.
 *
 * @example
 * const r = await extractPdfTextInWorker(bytes, { ...DEFAULT_PDF_LIMITS, maxPages: 500 }); // { ok: true, text: "...", pages: 12 }
 */
export async function extractPdfTextInWorker(data: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfText> {
  const release = await slot(limits.concurrency);
  try {
    return await runWorker(data, limits);
  } finally {
    release();
  }
}
