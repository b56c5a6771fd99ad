import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PdfText } from "../../src/pdf/extract.js";

/** Bumped when the extraction changes, so older cached texts are not reused. */
const CACHE_VERSION = "pdf-parse-2.4.5.v1";

/**
 * Parsed PDFs keyed by the sha256 of their bytes, one JSON file each under `dir` (in the data
 * directory), so a later re-index does not parse an unchanged PDF again. Only readable PDFs are
 * cached; a problem is parsed again next time (the limits may have changed).
 *
 * @example
 * const cache = new PdfTextCache("data/pdf-cache");
 * const key = PdfTextCache.key(bytes); cache.get(key) ?? cache.set(key, await extractPdfTextInWorker(bytes));
 */
export class PdfTextCache {
  constructor(readonly dir: string) {}

  /** The cache key of a PDF: sha256 of its bytes (and of the extraction version). */
  static key(data: Uint8Array): string {
    return createHash("sha256").update(CACHE_VERSION).update(data).digest("hex");
  }

  get(key: string): Extract<PdfText, { ok: true }> | null {
    try {
      const v = JSON.parse(readFileSync(join(this.dir, `${key}.json`), "utf8")) as { text?: unknown; pages?: unknown };
      return typeof v.text === "string" && typeof v.pages === "number" ? { ok: true, text: v.text, pages: v.pages } : null;
    } catch {
      return null;
    }
  }

  /** Stores a readable PDF's text (written to a temp file, then renamed); returns the value. */
  set<T extends PdfText>(key: string, value: T): T {
    if (!value.ok) return value;
    try {
      mkdirSync(this.dir, { recursive: true });
      const tmp = join(this.dir, `${key}.json.tmp`);
      writeFileSync(tmp, JSON.stringify({ text: value.text, pages: value.pages }));
      renameSync(tmp, join(this.dir, `${key}.json`));
    } catch {
      // A cache that cannot be written only costs a parse next time.
    }
    return value;
  }

  /** Deletes entries whose key is not in `keep` (PDFs no longer in the corpus). */
  prune(keep: Set<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (!keep.has(name.replace(/\.json(\.tmp)?$/, ""))) rmSync(join(this.dir, name), { force: true });
    }
  }
}
