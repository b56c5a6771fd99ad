/**
 * What the corpus knows of a word: its vocabulary (for keeping the sources' own word when a question is
 * rewritten) and the share of a question's information it never uses (for the hedge).
 */
import type { CorpusIndex } from "../index/corpus-index.js";
import { tokenize } from "../text/normalize.js";
import { chunkTerms, idf } from "./evidence.js";
import { PLACE_WORDS } from "./places.js";

const vocabularies = new WeakMap<CorpusIndex, Set<string>>();

/** Indonesian affixes stripped, in turn, to find a word the stemmer does not know ("didownload"). */
const AFFIXES: Array<[RegExp, string]> = [
  [/^(di|ter|ke)(?=\p{L}{4})/u, ""],
  [/^(meng|meny|mem|men|me|ber|be|pe|peng|pem|pen)(?=\p{L}{4})/u, ""],
  [/(nya|kan|lah|kah|an|i)$/u, ""],
];

function vocabularyOf(index: CorpusIndex): Set<string> {
  let vocabulary = vocabularies.get(index);
  if (!vocabulary) {
    vocabulary = new Set<string>();
    for (const c of index.chunks()) for (const t of chunkTerms(c)) vocabulary.add(t);
    vocabularies.set(index, vocabulary);
  }
  return vocabulary;
}

/** The form in which the corpus uses a word (see `KnownWord`), from its vocabulary. */
export function knownWords(index: CorpusIndex): (word: string) => string | null {
  const known = vocabularyOf(index);
  const has = (w: string) => {
    const terms = tokenize(w);
    return terms.length > 0 && terms.every((t) => known.has(t));
  };
  return (word) => {
    if (has(word)) return word;
    let w = word.toLowerCase();
    for (const [re, by] of AFFIXES) {
      const stripped = w.replace(re, by);
      if (stripped !== w && has(stripped)) return stripped;
      w = stripped;
    }
    return null;
  };
}

/** Builds an index version's vocabulary once, when it loads (~170 ms for 500 chunks). */
export function prepareVocabulary(index: CorpusIndex): void {
  vocabularyOf(index);
}

/** IDF-weighted share of the asked terms that no indexed chunk contains. */
export function unknownShare(terms: string[], df: Record<string, number>, docCount: number): number {
  let total = 0;
  let unknown = 0;
  for (const t of new Set(terms)) {
    if (PLACE_WORDS.has(t)) continue; // a town the asker moved from is not a topic the corpus lacks
    const n = df[t] ?? 0;
    const w = idf(n, docCount);
    total += w;
    if (n === 0) unknown += w;
  }
  return total > 0 ? unknown / total : 0;
}
