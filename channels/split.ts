/** Splitting long replies into channel-sized parts at paragraph, then line, then word boundaries. */

const SEPARATORS = ["\n\n", "\n", " "];

/**
 * Splits `text` into parts of at most `limit` characters, preferring paragraph breaks, then line
 * breaks, then spaces; a single overlong word is cut, but never inside `<…>` or `&…;`.
 * The separators at the cut points are dropped; all other text is kept, in order.
 *
 * @example
 * splitMessage("a\n\nb", 1); // ["a", "b"]
 */
export function splitMessage(text: string, limit: number): string[] {
  if (limit < 16) throw new Error("splitMessage: limit must be at least 16 characters");
  return split(text, limit, 0).filter((p) => p.trim() !== "");
}

function split(text: string, limit: number, level: number): string[] {
  if (text.length <= limit) return [text];
  const sep = SEPARATORS[level];
  if (sep === undefined) return hardCut(text, limit);
  const out: string[] = [];
  let current: string | null = null;
  for (const unit of text.split(sep)) {
    if (unit.length > limit) {
      const pieces = split(unit, limit, level + 1);
      if (current !== null) out.push(current);
      out.push(...pieces.slice(0, -1));
      current = pieces[pieces.length - 1] ?? "";
    } else if (current === null) {
      current = unit;
    } else if (current.length + sep.length + unit.length <= limit) {
      current += sep + unit;
    } else {
      out.push(current);
      current = unit;
    }
  }
  if (current !== null) out.push(current);
  return out;
}

function hardCut(text: string, limit: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = limit;
    const head = rest.slice(0, cut);
    const tagOpen = head.lastIndexOf("<");
    if (tagOpen > head.lastIndexOf(">")) cut = tagOpen;
    const amp = head.lastIndexOf("&");
    if (amp > head.lastIndexOf(";") && head.length - amp < 10) cut = Math.min(cut, amp);
    if (cut <= 0) cut = limit;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}
