/**
 * Splitting of long text (a Lampiran section, the Mengingat list) into parts under a size budget,
 * cutting only between list items or lines, at the highest list level available.
 */

/** List levels tried in order: "1." items, then "a." items, then "1)" items. */
const LEVELS = [/^\d+\.\s/, /^[a-z]\.\s/i, /^\d+\)\s/];

/**
 * Greedily packs consecutive blocks into parts of at most `max` characters (joined by "\n").
 * A block longer than `max` becomes a part of its own.
 *
 * @example
 * pack(["aaa", "bbb", "ccc"], 7) // ["aaa\nbbb", "ccc"]
 */
export function pack(blocks: string[], max: number): string[] {
  const parts: string[] = [];
  let current = "";
  for (const block of blocks) {
    if (current && current.length + 1 + block.length > max) {
      parts.push(current);
      current = block;
    } else current = current ? `${current}\n${block}` : block;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * Splits text into parts of at most `max` characters where possible, keeping list items whole.
 *
 * @example
 * splitLong("Intro:\n1. satu\n2. dua", 12) // ["Intro:", "1. satu", "2. dua"]
 */
export function splitLong(text: string, max: number, level = 0): string[] {
  if (text.length <= max) return [text];
  const lines = text.split("\n");
  for (let l = level; l < LEVELS.length; l++) {
    const blocks = blocksAt(lines, LEVELS[l] as RegExp);
    if (blocks.length > 1) return pack(blocks, max).flatMap((p) => (p.length > max ? splitLong(p, max, l + 1) : [p]));
  }
  return pack(lines, max);
}

/** Groups lines into blocks, each starting at a line that matches `start`. */
function blocksAt(lines: string[], start: RegExp): string[] {
  const blocks: string[][] = [];
  for (const line of lines) {
    const last = blocks.at(-1);
    if (!last || start.test(line)) blocks.push([line]);
    else last.push(line);
  }
  return blocks.map((b) => b.join("\n"));
}
