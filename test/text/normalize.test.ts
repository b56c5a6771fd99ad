import { describe, expect, it } from "vitest";
import { normalizeText, tokenize } from "../../src/text/normalize.js";

describe("normalizeText", () => {
  it("expands chat abbreviations and slang", () => {
    expect(normalizeText("gmn cr urus ktp yg ilang?")).toBe("bagaimana cara urus ktp yang hilang");
    expect(normalizeText("brp lama bikin akte lahir anak2 sy?")).toBe("berapa lama buat akta lahir anak saya");
    expect(normalizeText("klo ga bawa kk bs?")).toBe("kalau tidak bawa kartu keluarga bisa");
  });

  it("drops a trailing yes/no tag but keeps a negation inside the sentence", () => {
    expect(normalizeText("boleh dihosting di luar negeri gak?")).toBe("boleh dihosting di luar negeri");
    expect(normalizeText("ktp yg tidak terbaca")).toBe("ktp yang tidak terbaca");
  });

  it("folds reduplication and hyphenated document names", () => {
    expect(normalizeText("Syarat-syarat KTP-el")).toBe("syarat ktp elektronik");
  });

  it("maps English domain phrases to the corpus terms", () => {
    expect(normalizeText("How much is a birth certificate?")).toContain("biaya");
    expect(normalizeText("How much is a birth certificate?")).toContain("akta kelahiran");
  });
});

describe("tokenize", () => {
  it("does not bend an English word ending in '-in' as if it were colloquial Indonesian ('within' is not 'withkan')", () => {
    expect(normalizeText("within 14 days")).toBe("dalam 14 hari");
  });

  it("removes stopwords and stems, so informal and formal wording meet", () => {
    expect(tokenize("gmn cr urus ktp yg ilang?")).toEqual(["cara", "urus", "ktp", "hilang"]);
    expect(tokenize("Persyaratan penerbitan KTP-el yang hilang")).toEqual(["syarat", "terbit", "ktp", "elektronik", "hilang"]);
  });

  it("takes '-nya' off a word the stemmer does not know, but not off a root that ends in it", () => {
    expect(tokenize("servernya hostingnya linknya")).toEqual(["server", "hosting", "link"]);
    expect(tokenize("punya")).toEqual(["punya"]);
  });

  it("keeps numbers and domain words that look like function words", () => {
    expect(tokenize("Pasal 7 ayat 1 KTP baru tidak dipungut biaya")).toEqual(["pasal", "7", "ayat", "1", "ktp", "baru", "tidak", "pungut", "biaya"]);
  });
});
