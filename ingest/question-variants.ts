import { join } from "node:path";
import { ZodError } from "zod";
import { type QuestionVariant, readQuestionVariants, VARIANTS_FILE, variantMatches } from "../src/corpus/question-variants.js";
import { describeIssues, type LoadedDocument, type LoadProblem } from "./loaders/types.js";

/**
 * Adds each curator-linked question to the keywords of the chunks it was linked to (indexed by
 * BM25, never shown). Keywords are part of the chunk digest, so a linked chunk is re-indexed and
 * the others stay untouched. Returns the documents with new chunk objects where something changed.
 *
 * @example
 * attachVariants(docs, [{ question: "kalau chatina kena hack siapa yg tanggung jawab?", doc_id: "kendari-37-2024", pasal: "7", ... }]);
 * // the chunk kendari-37-2024#pasal-7 now has that question among its keywords
 */
export function attachVariants(documents: LoadedDocument[], variants: QuestionVariant[]): LoadedDocument[] {
  if (variants.length === 0) return documents;
  return documents.map((d) => {
    const docVariants = variants.filter((v) => (v.chunk_id ? v.chunk_id.startsWith(`${d.record.docId}#`) : v.doc_id === d.record.docId));
    if (docVariants.length === 0) return d;
    const chunks = d.chunks.map((c) => {
      const questions = docVariants.filter((v) => variantMatches(v, c)).map((v) => v.question);
      const extra = [...new Set(questions)].filter((q) => !(c.keywords ?? []).includes(q));
      return extra.length ? { ...c, keywords: [...(c.keywords ?? []), ...extra] } : c;
    });
    return { ...d, chunks };
  });
}

/**
 * Reads `corpus/question-variants.yaml` and attaches it; an invalid file is reported as a problem
 * and the documents are indexed without variants.
 *
 * @example
 * const { documents, problems } = withQuestionVariants("corpus", corpus.documents);
 */
export function withQuestionVariants(corpusDir: string, documents: LoadedDocument[]): { documents: LoadedDocument[]; problems: LoadProblem[] } {
  const file = join(corpusDir, VARIANTS_FILE);
  try {
    return { documents: attachVariants(documents, readQuestionVariants(corpusDir)), problems: [] };
  } catch (err) {
    const problem = err instanceof ZodError ? describeIssues(err.issues) : `invalid YAML: ${(err as Error).message}`;
    return { documents, problems: [{ file, problem }] };
  }
}
