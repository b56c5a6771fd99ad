import type { Embedder } from "../types.js";
import { ANALYZER_VERSION, tokenize } from "../../text/normalize.js";

/** FNV-1a, 32 bit. */
function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export interface LocalEmbedderOptions {
  dimensions?: number;
  /** Weight of a word bigram relative to a word. */
  bigramWeight?: number;
  /** Total weight of a word's character n-grams relative to the word itself. */
  charGramWeight?: number;
}

/**
 * The embedded default: a training-free embedder that hashes Indonesian-normalised, stemmed
 * words, word bigrams and character 3/4-grams into a fixed-size, L2-normalised vector
 * (the "hashing trick"). No model, no download, deterministic, about 20 µs a sentence.
 * Character n-grams make it tolerant of OCR and spelling variants that BM25 misses.
 *
 * @example
 * const e = new LocalHashEmbedder({ dimensions: 512 });
 * const [v] = await e.embedDocuments(["Persyaratan KTP-el hilang"]); // v.length === 512
 */
export class LocalHashEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly bigramWeight: number;
  private readonly charGramWeight: number;

  constructor(options: LocalEmbedderOptions = {}) {
    this.dimensions = options.dimensions ?? 512;
    this.bigramWeight = options.bigramWeight ?? 0.5;
    this.charGramWeight = options.charGramWeight ?? 0.6;
    this.id = `local-hash-v1:d${this.dimensions}:${ANALYZER_VERSION}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embed(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }

  /** Synchronous embedding, for callers that batch many texts. */
  embed(text: string): number[] {
    const features = new Map<string, number>();
    const add = (f: string, w: number) => features.set(f, (features.get(f) ?? 0) + w);
    const terms = tokenize(text);
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      add(`w:${t}`, 1);
      if (i > 0) add(`b:${terms[i - 1]}_${t}`, this.bigramWeight);
      const padded = `<${t}>`;
      const grams: string[] = [];
      for (const n of [3, 4]) for (let j = 0; j + n <= padded.length; j++) grams.push(padded.slice(j, j + n));
      for (const g of grams) add(`c:${g}`, this.charGramWeight / grams.length);
    }
    const v = new Float64Array(this.dimensions);
    for (const [f, w] of features) {
      const h = fnv1a(f);
      const sign = (h & 0x80000000) === 0 ? 1 : -1;
      v[h % this.dimensions]! += sign * (1 + Math.log(w > 1 ? w : 1)) * Math.min(w, 1);
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    return Array.from(v, (x) => x / norm);
  }
}
