import MiniSearch from "minisearch";
import { tokenize } from "../text/normalize.js";
import type { Chunk } from "./types.js";

/** Fields indexed for BM25, with their boosts at query time. */
const FIELDS = ["text", "keywords", "heading"] as const;
const BOOST = { text: 1, keywords: 1.5, heading: 0.8 };
/** Only words this long get a fuzzy second chance. */
const FUZZY_MIN_LENGTH = 6;
/** Edit distance as a share of the term length (0.2 → 1 edit for 6–9 letters). */
const FUZZY_DISTANCE = 0.2;

interface LexicalDoc {
  id: string;
  text: string;
  keywords: string;
  heading: string;
}

const OPTIONS = {
  idField: "id",
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (s: string) => tokenize(s),
  processTerm: (t: string) => t,
  searchOptions: { boost: BOOST, tokenize: (s: string) => tokenize(s), processTerm: (t: string) => t },
};

export interface LexicalResult {
  hits: LexicalHit[];
  /** Per query term: the number of (filtered) chunks containing it. */
  df: Record<string, number>;
  docCount: number;
}

export interface LexicalHit {
  id: string;
  score: number;
  /** Query terms that matched this chunk. */
  terms: string[];
}

function toDoc(chunk: Chunk): LexicalDoc {
  return {
    id: chunk.id,
    text: chunk.text,
    keywords: [...(chunk.keywords ?? []), chunk.title].join(" \n "),
    heading: chunk.headingPath.join(" "),
  };
}

/**
 * BM25 over Indonesian-normalised, stemmed terms (MiniSearch's BM25+), with document
 * frequencies exposed for the evidence check.
 *
 * @example
 * const lex = LexicalIndex.build(chunks);
 * lex.search("syarat ktp hilang", 10); // [{ id: "service:ktp-el-hilang-rusak#persyaratan", score: 12.3, terms: [...] }]
 */
export class LexicalIndex {
  private constructor(private readonly ms: MiniSearch<LexicalDoc>) {}

  static build(chunks: Iterable<Chunk>): LexicalIndex {
    const ms = new MiniSearch<LexicalDoc>(OPTIONS);
    for (const c of chunks) ms.add(toDoc(c));
    return new LexicalIndex(ms);
  }

  static fromJSON(json: string): LexicalIndex {
    return new LexicalIndex(MiniSearch.loadJSON<LexicalDoc>(json, OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.ms);
  }

  get size(): number {
    return this.ms.documentCount;
  }

  add(chunk: Chunk): void {
    this.ms.add(toDoc(chunk));
  }

  remove(id: string): void {
    if (this.ms.has(id)) this.ms.discard(id);
  }

  /**
   * BM25 search. Also reports, for each query term, how many chunks contain it: computed from
   * the full match list at no extra cost, and used to weigh evidence by IDF.
   */
  search(query: string, k: number, filter?: (id: string) => boolean): LexicalResult {
    const withFilter = filter ? { filter: (r: { id: string }) => filter(r.id) } : {};
    const results = this.ms.search(query, { combineWith: "OR", ...withFilter });
    const df: Record<string, number> = {};
    for (const t of tokenize(query)) df[t] = 0;
    for (const r of results) for (const t of r.queryTerms) df[t] = (df[t] ?? 0) + 1;
    // Typos and OCR variants ("persyratan") of words that match nothing exactly: a second, fuzzy pass.
    const unknown = Object.keys(df).filter((t) => df[t] === 0 && t.length >= FUZZY_MIN_LENGTH);
    const scored = new Map(results.map((r) => [r.id as string, { id: r.id as string, score: r.score, terms: [...r.queryTerms] }]));
    if (unknown.length > 0) {
      const fuzzy = this.ms.search(unknown.join(" "), { combineWith: "OR", fuzzy: FUZZY_DISTANCE, tokenize: (s) => s.split(" "), ...withFilter });
      for (const r of fuzzy) {
        for (const t of r.queryTerms) df[t] = (df[t] ?? 0) + 1;
        const hit = scored.get(r.id as string);
        if (hit) {
          hit.score += r.score;
          hit.terms.push(...r.queryTerms);
        } else {
          scored.set(r.id as string, { id: r.id as string, score: r.score, terms: [...r.queryTerms] });
        }
      }
    }
    const hits = [...scored.values()].sort((x, y) => y.score - x.score).slice(0, k);
    return { hits, df, docCount: this.ms.documentCount };
  }
}
