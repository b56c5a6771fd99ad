import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import YAML from "yaml";
import { RegulationMetaSchema, type RegulationMeta } from "../../src/corpus/regulation.js";
import { chunkRegulation } from "../legal/chunk.js";
import { sha } from "../digest.js";
import { splitFrontMatter } from "./front-matter.js";
import { extractPdfText, type PdfOptions } from "./pdf.js";
import { describeIssues, isGone, vanished, type LoadResult } from "./types.js";

function build(file: string, data: unknown, body: string, maxPasalChars?: number): LoadResult {
  const parsed = RegulationMetaSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: { file, problem: `invalid metadata: ${describeIssues(parsed.error.issues)}` } };
  const meta: RegulationMeta = parsed.data;
  const chunks = chunkRegulation(meta, body, maxPasalChars ? { maxPasalChars } : undefined);
  if (chunks.length === 0) return { ok: false, error: { file, problem: "no text could be read from the document" } };
  return {
    ok: true,
    doc: { record: { docId: meta.id, kind: "regulation", source: file, digest: sha(JSON.stringify(meta) + body), meta }, chunks },
  };
}

/**
 * Loads a regulation written as Markdown with YAML front matter.
 *
 * @example
 * await loadMarkdownRegulation("corpus/regulations/kendari-37-2024.md"); // { ok: true, doc: { chunks: [...] } }
 */
export async function loadMarkdownRegulation(file: string, maxPasalChars?: number): Promise<LoadResult> {
  try {
    const { data, body } = splitFrontMatter(await readFile(file, "utf8"));
    return build(file, data, body, maxPasalChars);
  } catch (err) {
    if (isGone(err)) return vanished(file);
    return { ok: false, error: { file, problem: (err as Error).message } };
  }
}

/**
 * Loads a regulation dropped in as a PDF with a sidecar `<name>.yaml` holding its metadata. The PDF
 * is read in a worker thread (see `extractPdfText`); a file deleted meanwhile counts as removed.
 *
 * @example
 * await loadPdfRegulation("corpus/regulations/kendari-5-2025.pdf", "corpus/regulations/kendari-5-2025.yaml");
 */
export async function loadPdfRegulation(file: string, sidecar: string, maxPasalChars?: number, pdf: PdfOptions = {}): Promise<LoadResult> {
  let data: unknown;
  try {
    data = YAML.parse(await readFile(sidecar, "utf8"), { prettyErrors: true });
  } catch (err) {
    if (isGone(err) && !existsSync(file)) return vanished(file);
    const problem = isGone(err) ? `missing sidecar metadata file ${sidecar}` : `invalid YAML in ${sidecar}: ${(err as Error).message}`;
    return { ok: false, error: { file, problem } };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    if (isGone(err)) return vanished(file);
    return { ok: false, error: { file, problem: (err as Error).message } };
  }
  const text = await extractPdfText(bytes, pdf);
  if (!text.ok) return { ok: false, error: { file, problem: text.problem } };
  return build(file, data, text.text, maxPasalChars);
}
