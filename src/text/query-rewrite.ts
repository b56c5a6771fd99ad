/**
 * Query-side bridging of vocabulary, from general lexicons (see `./lexicon/`): an English
 * question is put into the Indonesian words the sources use, informal spellings become standard
 * words, and everyday words bring their formal synonyms along as extra search terms. Only
 * questions are rewritten; the index keeps the sources' own words.
 */
import { COLLOQUIAL } from "./lexicon/colloquial.js";
import { EN_ID_PHRASES } from "./lexicon/english-phrases.js";
import { EN_ID_WORDS } from "./lexicon/english-words.js";
import { SYNONYMS } from "./lexicon/synonyms.js";
import { SLANG } from "./slang.js";

export interface RewrittenQuery {
  /** The question in the sources' vocabulary (what is analysed and measured). */
  text: string;
  /** Extra terms that only widen the lexical search. */
  expansions: string;
}

/** All English phrases in one alternation, longest first (the table is sorted so), looked up by match. */
const PHRASE_OF = new Map(EN_ID_PHRASES.map(([en, id]) => [en, id]));
const PHRASES = new RegExp(`\\b(?:${EN_ID_PHRASES.map(([en]) => en.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "g");

/**
 * An English word's Indonesian, or, for an inflected form the glossary lacks ("monitored",
 * "receives", "appointing"), its base form's: -s, -es, -ies, -ed, -ied and -ing are tried in turn.
 */
function englishWord(word: string): string | undefined {
  const direct = EN_ID_WORDS[word];
  if (direct !== undefined || word.length < 5) return direct;
  const bases: string[] = [];
  if (word.endsWith("ies") || word.endsWith("ied")) bases.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) bases.push(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) bases.push(word.slice(0, -1));
  if (word.endsWith("ed")) bases.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith("ing")) bases.push(word.slice(0, -3), `${word.slice(0, -3)}e`, word.slice(0, -4));
  for (const base of bases) {
    const mapped = EN_ID_WORDS[base];
    if (mapped !== undefined) return mapped;
  }
  return undefined;
}

function english(question: string): string {
  // "a 6-year-old" reads as "a 6 year old" ("usia 6 tahun"), not as "old" (lama, which also means "long").
  let s = question
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\b(\d+)-(years?|months?|weeks?|days?)-old\b/g, "$1 $2 old");
  s = s.replace(PHRASES, (m) => ` ${PHRASE_OF.get(m) ?? m} `);
  return s
    .split(/(\s+)/)
    .map((tok) => {
      const m = /^([^\p{L}\p{N}]*)([\p{L}\p{N}'-]+?)('s)?([^\p{L}\p{N}]*)$/u.exec(tok);
      if (!m) return tok;
      const mapped = englishWord(m[2]!);
      return mapped === undefined ? tok : `${m[1]}${mapped}${m[4]}`;
    })
    .join("");
}

function colloquial(question: string): string {
  return question.replace(/[\p{L}][\p{L}\p{N}]*/gu, (w) => {
    const lower = w.toLowerCase();
    if (SLANG[lower] !== undefined) return w;
    const mapped = COLLOQUIAL[lower];
    return mapped === undefined ? w : mapped;
  });
}

function synonyms(text: string): string {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const key of [words[i]!, i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : ""]) {
      const syn = key ? SYNONYMS[key] : undefined;
      if (syn) for (const s of syn) out.add(s);
    }
  }
  return [...out].join(" ");
}

/**
 * Rewrites a question for retrieval.
 *
 * @example
 * rewriteQuery("how much does a police clearance cost?", "en").text // "... biaya ... skck ..."
 * rewriteQuery("sy mau bikin akte", "id", { synonyms: true }).expansions // "membuat penerbitan pembuatan"
 */
export function rewriteQuery(question: string, lang: "id" | "en", options: { synonyms?: boolean } = {}): RewrittenQuery {
  const text = colloquial(lang === "en" ? english(question) : question);
  return { text, expansions: options.synonyms ? synonyms(`${question} ${text}`) : "" };
}
