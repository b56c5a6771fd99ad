import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/text/normalize.js";
import { rewriteQuery } from "../../src/text/query-rewrite.js";

describe("an English question in the sources' words", () => {
  it("reads an age as an age, not as 'lama' (which also means long)", () => {
    expect(rewriteQuery("my 6-year-old needs a KIA", "en").text.replace(/\s+/g, " ")).toContain("6 tahun usia perlu");
  });

  it("reads a possessive as its noun and a compound's hyphen as a space, so the glossary's phrases meet them", () => {
    expect(rewriteQuery("do kids need their children's ID card?", "en").text).toContain("kartu identitas anak kia");
    expect(rewriteQuery("each needs a police good-conduct letter", "en").text).toContain("skck surat keterangan catatan kepolisian");
  });

  it("reads 'ordinary residents' and 'the general public' as the sources' masyarakat umum", () => {
    expect(rewriteQuery("do ordinary residents need an account?", "en").text).toContain("masyarakat umum");
    expect(rewriteQuery("is it open to the general public?", "en").text).toContain("masyarakat umum");
  });

  it("drops an English possessive from a word it does not translate, and reads hosting in the sources' word", () => {
    const text = rewriteQuery("Under Kendari's rules, may an OPD host its app?", "en").text;
    expect(text).toContain(" kendari ");
    expect(text).not.toContain("kendari's");
    expect(text).toContain("hosting");
  });

  it("reads who funds something as its financing (pembiayaan), the sources' word", () => {
    expect(rewriteQuery("Who funds the PESTA KAMPUNG application?", "en").text).toContain("pembiayaan");
  });

  it("translates an inflected form the glossary lacks through its base form", () => {
    // "receives" is not a key; "receive" is.
    expect(rewriteQuery("who receives the report", "en").text).toContain("menerima");
  });

  it("keeps the sources' own word where the lexicon's formal word is not in them", () => {
    const corpus = new Map([
      ["download", "download"],
      ["didownload", "download"],
      ["chatina", "chatina"],
      ["aplikasi", "aplikasi"],
    ]);
    const known = (w: string) => corpus.get(w) ?? null;
    expect(rewriteQuery("chatina bisa didownload?", "id", { known }).text).toBe("chatina bisa download?");
    expect(rewriteQuery("chatina bisa didownload?", "id").text).toBe("chatina bisa diunduh?");
    expect(rewriteQuery("can I download the app?", "en", { known }).text).toContain("download");
  });
});

describe("English question frames", () => {
  it("reads a request for requirements whoever it is about ('what does my wife need to have ready', 'what paper does she need')", () => {
    const squash = (q: string) => rewriteQuery(q, "en").text.replace(/\s+/g, " ").trim();
    expect(squash("What does she need to have ready before she signs up?")).toBe("persyaratan apa sebelum menandatangani ?");
    expect(squash("What paper does she need to get it working again?")).toContain("persyaratan apa");
    expect(squash("what do we need")).toBe("persyaratan apa");
    // A form to fill in is the procedure's, not a requirement.
    expect(squash("Which form does he fill in?")).not.toContain("persyaratan");
  });

  it("reads 'building a new app' as making it, not a building, and 'expose an API' as providing one", () => {
    const text = rewriteQuery("Building a new app for our dinas. Is there any rule that says it has to expose an API?", "en").text;
    expect(text).toContain("membangun");
    expect(text).not.toContain("gedung");
    expect(text).toContain("menyediakan");
  });

  it("reads 'how long is it valid' as the validity, without the 'how long' of a processing time", () => {
    const text = rewriteQuery("How long is the yellow card valid once I get it?", "en").text;
    expect(text).toContain("masa berlaku");
    expect(text).not.toMatch(/\blama\b|waktu/);
  });

  it("reads English contractions as their words, so no stray 'm' or 're' is searched", () => {
    const terms = tokenize(rewriteQuery("I'm not sure, we're new here and don't know what's needed", "en").text);
    expect(terms).not.toEqual(expect.arrayContaining(["m"]));
    expect(terms).not.toEqual(expect.arrayContaining(["re"]));
    expect(terms).not.toEqual(expect.arrayContaining(["don"]));
    expect(terms).toContain("tidak");
  });

  it("reads a text message as SMS and an iPhone as a handphone, the sources' words", () => {
    expect(rewriteQuery("Can I file a complaint by text message?", "en").text).toContain("sms");
    expect(tokenize(rewriteQuery("Is the app on iPhone too?", "en").text)).not.toContain("iphone");
  });

  it("reads 'how long do they have to report' as a deadline to meet, not the processing time", () => {
    const text = rewriteQuery("How long does the family have to report the death?", "en").text;
    expect(text).toContain("batas waktu paling lambat");
    expect(text).not.toMatch(/\blama\b/);
  });

  it("reads 'be done here' as handled here, not finished, and 'quick question' as a way of asking", () => {
    const text = rewriteQuery("Quick question: can the whole thing be done here?", "en").text;
    expect(text).toContain("diurus");
    expect(text).not.toMatch(/selesai|cepat/);
  });

  it("reads 'when' opening a clause as a conjunction, and 'when' before an auxiliary as the question kapan", () => {
    expect(rewriteQuery("when I log into the app, what is the password?", "en").text).not.toContain("kapan");
    expect(rewriteQuery("When will it be ready?", "en").text).toContain("kapan");
    expect(rewriteQuery("When is the deadline?", "en").text).toContain("kapan");
    expect(rewriteQuery("When the KTP will be ready?", "en").text).toContain("kapan");
  });
});
