import { readFile } from "node:fs/promises";
import YAML from "yaml";
import { RegulationMetaSchema, type RegulationMeta } from "../../src/corpus/regulation.js";
import { chunkRegulation } from "../legal/chunk.js";
import { sha } from "../digest.js";
import { splitFrontMatter } from "./front-matter.js";
import { extractPdfText } from "./pdf.js";
import { describeIssues, type LoadResult } from "./types.js";

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
    return { ok: false, error: { file, problem: (err as Error).message } };
  }
}

/**
 * Loads a regulation dropped in as a PDF with a sidecar `<name>.yaml` holding its metadata.
 *
 * @example
 * await loadPdfRegulation("corpus/regulations/kendari-5-2025.pdf", "corpus/regulations/kendari-5-2025.yaml");
 */
export async function loadPdfRegulation(file: string, sidecar: string, maxPasalChars?: number): Promise<LoadResult> {
  let data: unknown;
  try {
    data = YAML.parse(await readFile(sidecar, "utf8"), { prettyErrors: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problem = code === "ENOENT" ? `missing sidecar metadata file ${sidecar}` : `invalid YAML in ${sidecar}: ${(err as Error).message}`;
    return { ok: false, error: { file, problem } };
  }
  const text = await extractPdfText(await readFile(file));
  if (!text.ok) return { ok: false, error: { file, problem: text.problem } };
  return build(file, data, text.text, maxPasalChars);
}
