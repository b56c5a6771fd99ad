import type { StoredChunk } from "../../index/manifest.js";
import { tokenize } from "../../text/normalize.js";

/** A regulation chunk this short is quoted whole. */
const WHOLE_CHUNK_CHARS = 600;
const MAX_QUOTE_CHARS = 900;

/** Splits regulation text into quotable units: ayat, huruf/angka items, then sentences. */
function units(text: string): string[] {
  const out: string[] = [];
  for (const line of text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)) {
    if (line.length <= 300) {
      out.push(line);
      continue;
    }
    out.push(...(line.match(/[^.;]+(?:[.;](?!\d)|$)\s*/g) ?? [line]).map((s) => s.trim()).filter(Boolean));
  }
  return out;
}

/** The items ("a. …", "1. …") that follow a lead-in unit, up to the first unit that is not one. */
function listItems<T extends { u: string; i: number }>(units: T[], leadIndex: number): T[] {
  const out: T[] = [];
  for (const x of units.slice(leadIndex + 1)) {
    if (!/^([a-z]|\d{1,2})[.)]\s/.test(x.u)) break;
    out.push(x);
  }
  return out;
}

/**
 * The sentences of a Pasal/ayat that answer the question, verbatim and in their original order.
 * The Pasal heading line is kept so the quote reads on its own.
 *
 * @example
 * quoteRegulation(chunk, "siapa yang menjaga keamanan data chatina")
 * // "Pasal 7\n(1) Dinas bertanggung jawab atas keamanan data ..."
 */
export function quoteRegulation(chunk: StoredChunk, question: string): string {
  if (chunk.text.length <= WHOLE_CHUNK_CHARS) return chunk.text;
  const q = [...new Set(tokenize(question))];
  const parts = units(chunk.text);
  const heading = /^pasal\s+\d+[a-z]?$/i.test(parts[0] ?? "") ? parts.shift()! : null;
  const scored = parts.map((u, i) => {
    const terms = new Set(tokenize(u));
    // Question terms the unit contains, slightly favouring earlier units (the rule before its exceptions).
    return { u, i, s: q.filter((t) => terms.has(t)).length / (1 + Math.log1p(i * 0.1)) };
  });
  const best = Math.max(0, ...scored.map((x) => x.s));
  const chosen = (best > 0 ? scored.filter((x) => x.s >= best * 0.5) : scored.slice(0, 2)).slice(0, 5);
  // Keep a lead-in line that ends with ":" when a chosen item depends on it.
  const lead = scored.find((x) => x.u.endsWith(":") && chosen.some((c) => c.i > x.i));
  // A list is quoted whole when its lead-in answers ("Asas penyelenggaraan TIK adalah:" and every item).
  const items = chosen.some((c) => c.u.endsWith(":")) ? listItems(scored, chosen.find((c) => c.u.endsWith(":"))!.i) : [];
  // An ayat that carries on a chosen one ("Penyerahan akun sebagaimana dimaksud ayat (3) …") follows it when it shares a question term.
  const chosenAyat = new Set(chosen.map((c) => /^\((\d+)\)/.exec(c.u)?.[1]).filter(Boolean));
  const carriesOn = scored.filter(
    (x) => x.s > 0 && [...x.u.matchAll(/sebagaimana dimaksud (?:pada |dalam )?ayat \((\d+)\)/g)].some((m) => chosenAyat.has(m[1])),
  );
  const pick = [...new Set([...(lead ? [lead] : []), ...chosen, ...items, ...carriesOn])].sort((a, b) => a.i - b.i);
  let out = "";
  let prev = -2;
  for (const p of pick) {
    const sep = out === "" ? "" : p.i === prev + 1 ? "\n" : "\n…\n";
    if ((out + sep + p.u).length > MAX_QUOTE_CHARS && out) break;
    out += sep + p.u;
    prev = p.i;
  }
  return heading ? `${heading}\n${out}` : out;
}
