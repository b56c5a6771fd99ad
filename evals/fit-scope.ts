/**
 * `npm run fit:scope -- [--exclude tune-x ...] [--out file.json]`: fits the scope model
 * (`src/retrieval/scope-model.ts`) on the tune split, every `evals/datasets/tune-*.jsonl`: answerable
 * items on one side, out-of-scope and adversarial ones on the other. The sealed split is never read.
 * `--exclude` leaves writers out, to measure the model on them as on questions it has not seen.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SCOPE_MODEL_FILE, type ScopeFeatures, type ScopeModel, scopeFeatures, weigh } from "../src/retrieval/scope-model.js";
import { loadCorpus } from "../ingest/sources.js";
import { canonicalQuestions } from "./scope-examples.js";
import { parseDataset } from "./schema.js";

/** The regression's settings, chosen by leave-writers-out cross-validation on the tune split (ADR 4). */
export const SCOPE_FIT = {
  /** A word n-gram enters the vocabulary when this many questions use it; a character n-gram, `minCharDf`. */
  minWordDf: 2,
  minCharDf: 3,
  /** Inverse L2 strength, as scikit-learn's `C`: each question's loss counts this much against ½‖w‖². */
  c: 4,
  /**
   * Outside at or above this probability. Leave-writers-out on the tune split, over the rules: 0.85 refused 24 more
   * and lost 13 answers, 0.9 18 and 9, 0.95 12 and 5; on fresh writers 0.9 kept most of 0.85's gain (ADR 4).
   */
  threshold: 0.9,
  iterations: 600,
  learningRate: 0.05,
};

interface Sample {
  x: Array<[number, number]>;
  y: 0 | 1;
}

/** IDF as scikit-learn's smooth default: ln((1 + n) / (1 + df)) + 1. */
function vocabulary(docs: Array<Map<string, number>>, minDf: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [f, n] of df) if (n >= minDf) idf.set(f, Math.log((1 + docs.length) / (1 + n)) + 1);
  return idf;
}

/**
 * L2-regularised logistic regression, classes weighted to balance, fitted by full-batch Adam on
 * sparse rows. Returns the bias and one weight per feature index.
 */
export function fitLogistic(samples: Sample[], dims: number, opts: { c: number; iterations: number; learningRate: number }): { bias: number; w: Float64Array } {
  const positives = samples.filter((s) => s.y === 1).length;
  const classWeight = [samples.length / (2 * (samples.length - positives)), samples.length / (2 * positives)];
  const w = new Float64Array(dims + 1); // the last slot is the bias
  const m = new Float64Array(dims + 1);
  const v = new Float64Array(dims + 1);
  const grad = new Float64Array(dims + 1);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= opts.iterations; t++) {
    for (let j = 0; j < dims; j++) grad[j] = w[j]! / opts.c; // ½‖w‖² / C, the bias unregularised
    grad[dims] = 0;
    for (const s of samples) {
      let z = w[dims]!;
      for (const [j, x] of s.x) z += w[j]! * x;
      const g = (1 / (1 + Math.exp(-z)) - s.y) * classWeight[s.y]!;
      for (const [j, x] of s.x) grad[j]! += g * x;
      grad[dims]! += g;
    }
    for (let j = 0; j <= dims; j++) {
      m[j] = b1 * m[j]! + (1 - b1) * grad[j]!;
      v[j] = b2 * v[j]! + (1 - b2) * grad[j]! * grad[j]!;
      w[j]! -= (opts.learningRate * (m[j]! / (1 - b1 ** t))) / (Math.sqrt(v[j]! / (1 - b2 ** t)) + eps);
    }
  }
  return { bias: w[dims]!, w: w.subarray(0, dims) };
}

/** Fits the scope model on labelled questions (true: outside the sources or adversarial). */
export function fitScopeModel(questions: Array<{ text: string; outside: boolean }>, trainedOn: string[], documents: string[], fit = SCOPE_FIT): ScopeModel {
  const feats: ScopeFeatures[] = questions.map((q) => scopeFeatures(q.text));
  const blocks = [
    vocabulary(
      feats.map((f) => f.words),
      fit.minWordDf,
    ),
    vocabulary(
      feats.map((f) => f.chars),
      fit.minCharDf,
    ),
  ] as const;
  const offsets = [0, blocks[0].size];
  const indexOf = blocks.map((b) => new Map([...b.keys()].map((f, i) => [f, i])));
  const samples: Sample[] = feats.map((f, i) => ({
    x: [f.words, f.chars].flatMap((counts, k) =>
      [...weigh(counts, (x) => blocks[k]!.get(x))].map(([x, val]): [number, number] => [offsets[k]! + indexOf[k]!.get(x)!, val]),
    ),
    y: questions[i]!.outside ? 1 : 0,
  }));
  const { bias, w } = fitLogistic(samples, blocks[0].size + blocks[1].size, fit);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const table = (k: number) =>
    Object.fromEntries([...blocks[k]!].map(([f, idf], i): [string, [number, number]] => [f, [round(idf), round(w[offsets[k]! + i]!)]]));
  return { threshold: fit.threshold, bias: round(bias), words: table(0), chars: table(1), trainedOn, documents };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const excluded = new Set(args.flatMap((a, i) => (a === "--exclude" && args[i + 1] ? [args[i + 1]!] : [])));
  const at = args.indexOf("--out");
  const out = at >= 0 && args[at + 1] ? args[at + 1]! : fileURLToPath(SCOPE_MODEL_FILE);
  const names = readdirSync("evals/datasets")
    .filter((f) => /^tune-.*\.jsonl$/.test(f))
    .map((f) => f.replace(/\.jsonl$/, ""))
    .filter((n) => !excluded.has(n))
    .sort();
  const questions = names.flatMap((n) =>
    parseDataset(readFileSync(`evals/datasets/${n}.jsonl`, "utf8")).map((item) => ({ text: item.question, outside: item.kind !== "answerable" })),
  );
  const corpus = (await loadCorpus("corpus")).documents;
  const canonical = canonicalQuestions(corpus).map((text) => ({ text, outside: false }));
  const model = fitScopeModel(
    [...questions, ...canonical],
    names,
    corpus.map((d) => d.record.docId),
  );
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(
    `scope model: ${questions.length} questions from ${names.length} tune sets and ${canonical.length} from the corpus's structure, ${Object.keys(model.words).length} word and ${Object.keys(model.chars).length} character features -> ${out}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
