import { describe, expect, it } from "vitest";
import { fitLogistic, fitScopeModel } from "../../evals/fit-scope.js";
import { canonicalQuestions } from "../../evals/scope-examples.js";
import { loadCorpus } from "../../ingest/sources.js";
import { isOutside, outsideProbability, type ScopeModel, scopeFeatures, weigh } from "../../src/retrieval/scope-model.js";
import { REPO_CORPUS } from "../helpers/corpus.js";

describe("the scope model: features, weighting, the regression and its fit", () => {
  it("reads a message as normalised stems, their bigrams and each stem's character n-grams", () => {
    const { words, chars } = scopeFeatures("gmn bikin ktp?");
    expect([...words]).toEqual([
      ["bagaimana", 1],
      ["buat", 1],
      ["bagaimana buat", 1],
      ["ktp", 1],
      ["buat ktp", 1],
    ]);
    // A stem shorter than the n-gram is taken whole once, padded: " ktp " is the only 5-gram of "ktp".
    expect([...chars.keys()].filter((k) => k.includes("kt"))).toEqual([" kt", "ktp", " ktp", "ktp ", " ktp "]);
  });

  it("weighs counts by sublinear TF-IDF, L2-normalised, and drops what the vocabulary does not know", () => {
    const idf: Record<string, number> = { a: 1, b: 2 };
    const v = weigh(
      new Map([
        ["a", 1],
        ["b", 2],
        ["unknown", 5],
      ]),
      (f) => idf[f],
    );
    const b = (1 + Math.log(2)) * 2;
    expect([...v.keys()]).toEqual(["a", "b"]);
    expect(v.get("a")).toBeCloseTo(1 / Math.hypot(1, b), 12);
    expect(v.get("b")).toBeCloseTo(b / Math.hypot(1, b), 12);
  });

  it("gives the logistic of bias plus weighted features, and says outside at the threshold", () => {
    const model: ScopeModel = { threshold: 0.9, bias: -2, words: { paspor: [1, 5] }, chars: {}, trainedOn: [], documents: [] };
    // Only "paspor" is known: its normalised weight is 1, so z = -2 + 5.
    expect(outsideProbability(model, "cara bikin paspor")).toBeCloseTo(1 / (1 + Math.exp(-3)), 12);
    expect(outsideProbability(model, "syarat ktp")).toBeCloseTo(1 / (1 + Math.exp(2)), 12);
    expect(isOutside(model, "cara bikin paspor")).toBe(true);
    expect(isOutside({ ...model, threshold: 0.96 }, "cara bikin paspor")).toBe(false);
  });

  it("fits a regression that separates the two sides of its samples", () => {
    const samples = [
      { x: [[0, 1]] as Array<[number, number]>, y: 1 as const },
      { x: [[1, 1]] as Array<[number, number]>, y: 0 as const },
      { x: [[1, 1]] as Array<[number, number]>, y: 0 as const },
    ];
    const { w } = fitLogistic(samples, 2, { c: 4, iterations: 300, learningRate: 0.05 });
    expect(w[0]).toBeGreaterThan(1);
    expect(w[1]).toBeLessThan(-1);
  });

  it("learns words from labelled questions and carries them to questions it has not seen", () => {
    const outside = ["cara bikin paspor", "syarat perpanjang sim", "iuran bpjs kelas 1 berapa", "alamat kantor imigrasi", "paspor hilang gimana", "sim c mati"];
    const inside = ["syarat bikin ktp", "biaya akta kelahiran", "kk hilang gimana", "berapa lama bikin kia", "syarat akta kematian", "ktp rusak gimana"];
    const model = fitScopeModel([...outside.map((text) => ({ text, outside: true })), ...inside.map((text) => ({ text, outside: false }))], ["toy"], [], {
      minWordDf: 1,
      minCharDf: 1,
      c: 4,
      threshold: 0.5,
      iterations: 300,
      learningRate: 0.05,
    });
    expect(outsideProbability(model, "biaya paspor berapa")).toBeGreaterThan(0.5);
    expect(outsideProbability(model, "biaya bikin ktp berapa")).toBeLessThan(0.5);
    expect(model.trainedOn).toEqual(["toy"]);
  });

  it("writes plain questions from the corpus's own services, Pasal and definitions", async () => {
    const questions = canonicalQuestions((await loadCorpus(REPO_CORPUS)).documents);
    expect(questions).toContain("permisi, syarat kia apa saja?");
    expect(questions.filter((q) => q.includes("alamat kantor disdukcapil di mana"))).toHaveLength(1);
    expect(questions).toContain("bunyi pasal 1 perwali 37 tahun 2024");
    expect(questions).toContain("what is komite tik?");
    // Every service and office in the corpus is asked about; none twice in the same words.
    expect(new Set(questions).size).toBeGreaterThan(questions.length * 0.95);
  });
});
