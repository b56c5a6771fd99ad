import { readFile } from "node:fs/promises";
import YAML from "yaml";
import { ServiceStandardSchema } from "../../src/corpus/service.js";
import { sha } from "../digest.js";
import { chunkService } from "../service-chunks.js";
import { describeIssues, isGone, vanished, type LoadResult } from "./types.js";

/**
 * Loads and validates one service standard YAML; a problem names each failing field.
 *
 * @example
 * await loadService("corpus/services/ktp-el-baru.yaml"); // { ok: true, doc: { record: { docId: "service:ktp-el-baru" } } }
 */
export async function loadService(file: string): Promise<LoadResult> {
  let data: unknown;
  try {
    data = YAML.parse(await readFile(file, "utf8"), { prettyErrors: true });
  } catch (err) {
    if (isGone(err)) return vanished(file);
    return { ok: false, error: { file, problem: `invalid YAML: ${(err as Error).message}` } };
  }
  const parsed = ServiceStandardSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: { file, problem: `invalid service standard: ${describeIssues(parsed.error.issues)}` } };
  const meta = parsed.data;
  const docId = `service:${meta.id}`;
  return {
    ok: true,
    doc: { record: { docId, kind: "service", source: file, digest: sha(JSON.stringify(meta)), meta }, chunks: chunkService(meta) },
  };
}
