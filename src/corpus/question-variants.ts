import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { z } from "zod";

/** The corpus file that mirrors the curators' question variants (read by the ingest). */
export const VARIANTS_FILE = "question-variants.yaml";

/**
 * One question a curator linked to the passage that answers it: a whole Pasal (`doc_id` + `pasal`),
 * a service component (`doc_id` = `service:<id>` + `component`) or one chunk (`chunk_id`).
 */
export const QuestionVariantSchema = z
  .object({
    question: z.string().min(1).max(1000),
    doc_id: z.string().min(1),
    pasal: z.string().min(1).nullable().default(null),
    component: z.string().min(1).nullable().default(null),
    chunk_id: z.string().min(1).nullable().default(null),
    linked_by: z.string().default(""),
    linked_at: z.string().default(""),
  })
  .refine((v) => v.pasal || v.component || v.chunk_id, { message: "a variant needs a pasal, a component or a chunk_id" });

export type QuestionVariant = z.infer<typeof QuestionVariantSchema>;

const FileSchema = z.object({ variants: z.array(QuestionVariantSchema).default([]) }).strict();

const HEADER = [
  "# Question variants linked by curators in the console (Tinjauan).",
  "# Written from the database after every change: edits here are overwritten. The ingest adds",
  "# each question to the linked chunks as indexed keywords (never shown).",
].join("\n");

/**
 * Whether a variant applies to a chunk: its chunk, or every chunk of its Pasal or component.
 *
 * @example
 * variantMatches({ doc_id: "kendari-37-2024", pasal: "7", ... }, { id: "kendari-37-2024#pasal-7", docId: "kendari-37-2024", pasal: "7", meta: {} }) // true
 */
export function variantMatches(v: QuestionVariant, chunk: { id: string; docId: string; pasal: string | null; meta: { component?: string } }): boolean {
  if (v.chunk_id) return chunk.id === v.chunk_id;
  if (chunk.docId !== v.doc_id) return false;
  return v.pasal ? chunk.pasal === v.pasal : chunk.meta.component === v.component;
}

/**
 * Reads `<corpusDir>/question-variants.yaml`; no file means no variants. Throws on an invalid file.
 *
 * @example
 * readQuestionVariants("corpus")[0]?.question // "kalau chatina kena hack siapa yg tanggung jawab?"
 */
export function readQuestionVariants(corpusDir: string): QuestionVariant[] {
  const file = join(corpusDir, VARIANTS_FILE);
  if (!existsSync(file)) return [];
  return FileSchema.parse(YAML.parse(readFileSync(file, "utf8")) ?? {}).variants;
}

/**
 * Replaces the mirror file with these variants (written beside it, then renamed into place).
 *
 * @example
 * writeQuestionVariants("corpus", variants); // "corpus/question-variants.yaml"
 */
export function writeQuestionVariants(corpusDir: string, variants: QuestionVariant[]): string {
  const file = join(corpusDir, VARIANTS_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${HEADER}\n${YAML.stringify({ variants })}`);
  renameSync(tmp, file);
  return file;
}
