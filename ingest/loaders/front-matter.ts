import YAML from "yaml";

/**
 * Splits `---\nyaml\n---\nbody` into its parsed front matter and body.
 * Throws with the YAML parser's message (line and column) when the YAML is malformed.
 *
 * @example
 * splitFrontMatter("---\nid: x\n---\nPasal 1") // { data: { id: "x" }, body: "Pasal 1" }
 */
export function splitFrontMatter(source: string): { data: unknown; body: string } {
  const m = source.replace(/^\uFEFF/, "").match(/^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/);
  if (!m) throw new Error("missing YAML front matter (the file must start with a --- block)");
  return { data: YAML.parse(m[1]!, { prettyErrors: true }) ?? {}, body: m[2] ?? "" };
}
