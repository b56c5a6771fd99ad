import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { LocalHashEmbedder } from "../../src/index/embedders/local.js";
import type { HnswOptions } from "../../src/index/hnsw.js";

export const REPO_CORPUS = resolve(import.meta.dirname, "../../corpus");
export const HNSW: HnswOptions = { m: 16, efConstruction: 100, efSearch: 64 };
export const embedder = new LocalHashEmbedder({ dimensions: 256 });

/** A scratch directory with a copy of the repository's corpus and an empty data dir. */
export function tempWorkspace(options: { copyCorpus?: boolean } = {}) {
  const root = mkdtempSync(join(tmpdir(), "lt-test-"));
  const corpus = join(root, "corpus");
  if (options.copyCorpus !== false) cpSync(REPO_CORPUS, corpus, { recursive: true });
  return { root, corpus, index: join(root, "data", "index"), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
