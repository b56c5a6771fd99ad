/**
 * The scope model: tells a question about the sources from one near them but outside (another agency's
 * service, an official's name, today's queue, a law the index does not hold) or adversarial (an invented
 * fee to confirm, an instruction hidden in a question). A logistic regression over the message's word
 * and character n-grams (TF-IDF), fitted on the tune split of the blind evals by `npm run fit:scope`
 * (`evals/fit-scope.ts`) and reported on the sealed split. It complements the written rules of
 * `out-of-scope.ts`: rules name the classes a writer has found; the model carries the vocabulary of
 * thousands of questions on either side, which is what a question nobody has seen shares with them.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { normalizeText, stem } from "../text/normalize.js";

/** A feature's inverse document frequency and its weight in the regression. */
type Weighted = [idf: number, weight: number];

export interface ScopeModel {
  /** At or above this probability a question is taken as outside the sources. */
  threshold: number;
  bias: number;
  /** Stem unigrams and bigrams ("ktp", "ktp hilang"). */
  words: Record<string, Weighted>;
  /** Character 3- to 5-grams inside each stem, padded with a space ("kt", "ktp ", …), robust to typos. */
  chars: Record<string, Weighted>;
  /** The datasets it was fitted on (the tune split); the same sets and corpus give the same file. */
  trainedOn: string[];
  /** The corpus documents it was fitted beside: it judges only answers led by one of them. */
  documents: string[];
}

/** Raw counts of a message's features, before weighting. */
export interface ScopeFeatures {
  words: Map<string, number>;
  chars: Map<string, number>;
}

const CHAR_SIZES = [3, 4, 5];

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * The features of a message: its normalised words (slang expanded, English mapped to Indonesian),
 * stemmed, as unigrams and bigrams, and the character n-grams of each stem.
 *
 * @example
 * scopeFeatures("gmn bikin ktp?").words // Map { "bagaimana" => 1, "buat" => 1, "bagaimana buat" => 1, "ktp" => 1, "buat ktp" => 1 }
 */
export function scopeFeatures(text: string): ScopeFeatures {
  const stems = normalizeText(text)
    .split(" ")
    .filter(Boolean)
    .map((w) => stem(w) || w);
  const words = new Map<string, number>();
  const chars = new Map<string, number>();
  stems.forEach((s, i) => {
    count(words, s);
    if (i > 0) count(words, `${stems[i - 1]} ${s}`);
    const padded = ` ${s} `;
    for (const n of CHAR_SIZES) {
      if (padded.length <= n) {
        count(chars, padded);
        break;
      }
      for (let at = 0; at + n <= padded.length; at++) count(chars, padded.slice(at, at + n));
    }
  });
  return { words, chars };
}

/**
 * One block's TF-IDF vector, L2-normalised: sublinear term frequency (1 + ln count) times the IDF of
 * each feature the vocabulary knows; features outside it are dropped.
 */
export function weigh(counts: Map<string, number>, idfOf: (feature: string) => number | undefined): Map<string, number> {
  const out = new Map<string, number>();
  let norm = 0;
  for (const [feature, n] of counts) {
    const idf = idfOf(feature);
    if (idf === undefined) continue;
    const v = (1 + Math.log(n)) * idf;
    out.set(feature, v);
    norm += v * v;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [feature, v] of out) out.set(feature, v / norm);
  return out;
}

/**
 * How likely the message is outside the sources or adversarial, 0..1.
 *
 * @example
 * outsideProbability(model, "siapa nama kepala dinas kominfo sekarang?") // close to 1
 * outsideProbability(model, "syarat bikin akta kelahiran apa aja?") // close to 0
 */
export function outsideProbability(model: ScopeModel, text: string): number {
  const { words, chars } = scopeFeatures(text);
  let z = model.bias;
  for (const [block, counts] of [
    [model.words, words],
    [model.chars, chars],
  ] as const) {
    for (const [feature, v] of weigh(counts, (f) => block[f]?.[0])) z += v * block[feature]![1];
  }
  return 1 / (1 + Math.exp(-z));
}

/** Whether the model takes the message as outside the sources. */
export function isOutside(model: ScopeModel, text: string): boolean {
  return outsideProbability(model, text) >= model.threshold;
}

/** Where the fitted model lives; `npm run fit:scope` writes it and `npm run build` copies it to dist/. */
export const SCOPE_MODEL_FILE = new URL("./scope-model.json", import.meta.url);

const Weighted = z.tuple([z.number(), z.number()]);
const ScopeModelSchema = z.object({
  threshold: z.number().gt(0).max(1),
  bias: z.number(),
  words: z.record(z.string(), Weighted),
  chars: z.record(z.string(), Weighted),
  trainedOn: z.array(z.string()),
  documents: z.array(z.string()),
});

/**
 * Reads a fitted model. A missing, unreadable or malformed file (an older format, a partial write) is a
 * broken build, not a reason to answer without the model: it throws, naming the fix.
 */
export function loadScopeModel(file: URL | string): ScopeModel {
  try {
    return ScopeModelSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (err) {
    throw new Error(
      `cannot read the scope model ${String(file)} (${(err as Error).message}): rebuild with npm run build, refit with npm run fit:scope, or set SCOPE_MODEL_THRESHOLD=1 to answer without it`,
    );
  }
}

let loaded: ScopeModel | undefined;

/** The fitted model shipped with the code, read once. */
export function defaultScopeModel(): ScopeModel {
  loaded ??= loadScopeModel(SCOPE_MODEL_FILE);
  return loaded;
}
