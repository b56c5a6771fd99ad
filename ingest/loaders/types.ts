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

/** `vanished`: the file was deleted while the corpus was being read; it counts as removed, not as a problem. */
export type LoadResult = { ok: true; doc: LoadedDocument } | { ok: false; error: LoadProblem; vanished?: true };

/** True when an fs error means the file is gone (deleted or moved since it was listed). */
export function isGone(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === "ENOENT";
}

/** The result for a file deleted while the corpus was being read. */
export function vanished(file: string): LoadResult {
  return { ok: false, error: { file, problem: "removed while the corpus was being read" }, vanished: true };
}

/** Formats zod issues as "field: message" lines. */
export function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues.map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`).join("; ");
}
