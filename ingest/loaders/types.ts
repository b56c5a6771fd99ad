import type { DocumentRecord } from "../../src/index/manifest.js";
import type { Chunk } from "../../src/index/types.js";

/** A corpus file turned into its document record and chunks. */
export interface LoadedDocument {
  record: DocumentRecord;
  chunks: Chunk[];
}

/** A corpus file that could not be used, named with its problem. */
export interface LoadProblem {
  file: string;
  problem: string;
}

export type LoadResult = { ok: true; doc: LoadedDocument } | { ok: false; error: LoadProblem };

/** Formats zod issues as "field: message" lines. */
export function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues.map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`).join("; ");
}
