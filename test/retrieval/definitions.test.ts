import { describe, expect, it } from "vitest";
import { askedConcept } from "../../src/retrieval/definitions.js";
import { askCorpus } from "../helpers/corpus.js";

describe("the term a question asks to have defined", () => {
  it("is the one next to the definitional cue, not the regulation named after it", () => {
    expect(askedConcept("apa itu walidata menurut perwali SPBE?")).toBe("walidata");
    expect(askedConcept("yang dimaksud dengan arsitektur SPBE apa?")).toBe("arsitektur SPBE");
    expect(askedConcept("In Perwali 41/2021, how is 'Walidata' defined?")).toBe("Walidata");
    expect(askedConcept("What does 'data producer' mean in the SPBE regulation?")).toBe("data producer");
    expect(askedConcept("syarat ktp baru apa aja?")).toBeNull();
    expect(askedConcept("What exactly is Chatina according to the city's own regulation?")).toBe("Chatina");
    // A filler, what a thing is for, and what is asked of it are no terms to define.
    expect(askedConcept("pengantar RT nya bisa online kah, sa dengar ada aplikasi apa itu namanya")).toBeNull();
    expect(askedConcept("What is the Chatina app actually for?")).toBeNull();
    expect(askedConcept("What is the server in the Kendari ICT regulation required to have?")).toBeNull();
  });
});

describe("a definition asked", () => {
  const { ask } = askCorpus();

  it("quotes the definition of the term asked first, not a Pasal that uses it or the regulation's own definition", async () => {
    const id = await ask("apa itu walidata menurut perwali SPBE?");
    expect(id.citations[0]?.label).toBe("Peraturan Walikota Kendari Nomor 41 Tahun 2021, Pasal 1 angka 35");
    const en = await ask("what is a walidata under the e-government regulation?", "en");
    expect(en.citations[0]?.label).toBe("Peraturan Walikota Kendari Nomor 41 Tahun 2021, Pasal 1 angka 35");
  });
});
