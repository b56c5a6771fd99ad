import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";

/**
 * The OPD slugs the corpus knows: the `opd` of every service standard in `corpus/services/`.
 *
 * @example
 * knownOpds("corpus"); // ["dinas-pupr", "dinsos", "disdukcapil", ...]
 */
export function knownOpds(corpusDir: string): string[] {
  const dir = join(corpusDir, "services");
  if (!existsSync(dir)) return [];
  const slugs = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => {
      try {
        return (YAML.parse(readFileSync(join(dir, f), "utf8")) as { opd?: unknown } | null)?.opd;
      } catch {
        return undefined;
      }
    })
    .filter((o): o is string => typeof o === "string");
  return [...new Set(slugs)].sort();
}
