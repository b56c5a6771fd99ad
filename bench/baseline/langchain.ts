import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Document } from "@langchain/core/documents";
import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";
import YAML from "yaml";
import { splitFrontMatter } from "../../ingest/loaders/front-matter.js";
import type { Embedder } from "../../src/index/types.js";
import { EmbedderAsLangChain } from "./embeddings.js";
import { HnswlibStore } from "./hnsw-store.js";

/** Where a baseline chunk came from, for scoring against the gold (doc, pasal). */
export interface BaselineMeta {
  docId: string;
  /** The last "Pasal N" heading at or before the chunk start; null for services and preambles. */
  pasal: string | null;
}

/** A heading line that is only "Pasal N" (optionally with markdown `#` / `**`). */
const PASAL_HEADING = /^[#*\s]*Pasal\s+(\d+[A-Z]?)\s*\**\s*$/gm;

/**
 * Renders a parsed YAML value as plain text: `key: value` lines, lists as `- item`.
 *
 * @example
 * renderYaml({ nama: "KIA", biaya: "Gratis" }); // "nama: KIA\nbiaya: Gratis"
 */
export function renderYaml(value: unknown, indent = ""): string {
  if (Array.isArray(value)) return value.map((v) => `${indent}- ${typeof v === "object" && v ? `\n${renderYaml(v, indent + "  ")}` : String(v)}`).join("\n");
  if (value && typeof value === "object") {
    return Object.entries(value)
      .map(([k, v]) => (v && typeof v === "object" ? `${indent}${k}:\n${renderYaml(v, indent + "  ")}` : `${indent}${k}: ${String(v)}`))
      .join("\n");
  }
  return `${indent}${String(value)}`;
}

/** The source text of every corpus document, as a stock pipeline would load it. */
export function loadBaselineTexts(corpusDir: string): Array<{ docId: string; text: string; kind: "regulation" | "service" }> {
  const out: Array<{ docId: string; text: string; kind: "regulation" | "service" }> = [];
  const regDir = join(corpusDir, "regulations");
  for (const f of readdirSync(regDir)
    .filter((f) => f.endsWith(".md") && !/^(readme|cleaning)\.md$/i.test(f))
    .sort()) {
    const { data, body } = splitFrontMatter(readFileSync(join(regDir, f), "utf8"));
    out.push({ docId: String((data as { id: string }).id), text: body, kind: "regulation" });
  }
  const svcDir = join(corpusDir, "services");
  for (const f of readdirSync(svcDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const data = YAML.parse(readFileSync(join(svcDir, f), "utf8")) as { id: string };
    out.push({ docId: `service:${data.id}`, text: renderYaml(data), kind: "service" });
  }
  return out;
}

/** Offsets of the "Pasal N" headings in a text, in order. */
function pasalHeadings(text: string): Array<{ at: number; pasal: string }> {
  return [...text.matchAll(PASAL_HEADING)].map((m) => ({ at: m.index!, pasal: m[1]! }));
}

/**
 * Splits the texts with RecursiveCharacterTextSplitter (1000 / 200) and tags each chunk with
 * its document and the Pasal it starts in (found by locating the chunk in its source text).
 */
export async function splitCorpus(texts: ReturnType<typeof loadBaselineTexts>): Promise<Document<BaselineMeta>[]> {
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 });
  const docs: Document<BaselineMeta>[] = [];
  for (const { docId, text, kind } of texts) {
    const headings = kind === "regulation" ? pasalHeadings(text) : [];
    let from = 0;
    for (const piece of await splitter.splitText(text)) {
      const found = text.indexOf(piece, from);
      const start = found >= 0 ? found : from;
      from = start + 1;
      let pasal: string | null = null;
      for (const h of headings) if (h.at <= start) pasal = h.pasal;
      docs.push(new Document<BaselineMeta>({ pageContent: piece, metadata: { docId, pasal } }));
    }
  }
  return docs;
}

export interface Baseline {
  store: HnswlibStore;
  chunks: number;
  buildMs: number;
}

/**
 * The stock LangChain.js pipeline over the corpus: load → RecursiveCharacterTextSplitter →
 * Embeddings (the same local embedder) → an HNSWLib-equivalent vector store.
 *
 * @example
 * const { store } = await buildBaseline("corpus", embedder);
 * await store.similaritySearch("biaya ktp", 5);
 */
export async function buildBaseline(corpusDir: string, embedder: Embedder): Promise<Baseline> {
  const t0 = performance.now();
  const docs = await splitCorpus(loadBaselineTexts(corpusDir));
  const store = await HnswlibStore.fromDocuments(docs, new EmbedderAsLangChain(embedder));
  return { store, chunks: docs.length, buildMs: performance.now() - t0 };
}
