import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * Removes `<version>.partial` directories under an index root: what a crashed or failed write left
 * behind. Jobs run one at a time, so no partial version is being written when a job starts or ends.
 * Returns the removed names.
 *
 * @example
 * removePartialVersions("data/index"); // ["v-20260105-101500-abcd.partial"]
 */
export function removePartialVersions(indexDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(indexDir);
  } catch {
    return [];
  }
  const partial = names.filter((n) => n.endsWith(".partial"));
  for (const n of partial) rmSync(join(indexDir, n), { recursive: true, force: true });
  return partial;
}
