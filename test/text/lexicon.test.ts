import { describe, expect, it } from "vitest";
import { COLLOQUIAL } from "../../src/text/lexicon/colloquial.js";
import { EN_ID_PHRASES } from "../../src/text/lexicon/english-phrases.js";
import { EN_ID_WORDS } from "../../src/text/lexicon/english-words.js";
import { SYNONYMS } from "../../src/text/lexicon/synonyms.js";

/** Letters, digits, spaces and hyphens only: what the tokenizer keeps. */
const PLAIN_VALUE = /^[\p{L}\p{N} -]*$/u;

/** Common Indonesian words that happen to be English spellings too; none may be an English key. */
const INDONESIAN_WORDS = [
  "dan di ke dari yang ini itu air main lima bank data ada apa mana kita kami dia akan pada untuk bisa mau lama baru jam sore pin no",
  "per pun para bin ban bang tar nah kan lah kah tahu mati lari suka dua satu tiga pas area status program regional valid developer",
  "register diploma resume reporter order stop formal legal total normal manual digital internet server portal email audit admin",
  "operator media agenda target modal menu monitor personal individual minimum senior gender rental investor profit vendor problem",
  "informal format premium deposit parade broker urban",
]
  .join(" ")
  .split(" ");

/** Standard Indonesian words with a meaning of their own; the colloquial table must leave them alone. */
const STANDARD_WORDS = "kali mau main lama baru bisa ada dapat sama lagi gua sapa kasi sarat permen kk ktp".split(" ");

describe("lexicon tables", () => {
  it("are at least as large as the brief asks", () => {
    expect(Object.keys(COLLOQUIAL).length).toBeGreaterThanOrEqual(900);
    expect(Object.keys(EN_ID_WORDS).length).toBeGreaterThanOrEqual(1500);
    expect(EN_ID_PHRASES.length).toBeGreaterThanOrEqual(300);
    expect(Object.keys(SYNONYMS).length).toBeGreaterThanOrEqual(500);
  });

  it("use lowercase, trimmed keys", () => {
    const keys = [...Object.keys(COLLOQUIAL), ...Object.keys(EN_ID_WORDS), ...Object.keys(SYNONYMS), ...EN_ID_PHRASES.map(([en]) => en)];
    expect(keys.filter((k) => k !== k.trim().toLowerCase() || k === "")).toEqual([]);
  });

  it("never map a key to itself", () => {
    expect(Object.entries(COLLOQUIAL).filter(([k, v]) => k === v)).toEqual([]);
    expect(Object.entries(EN_ID_WORDS).filter(([k, v]) => k === v)).toEqual([]);
    expect(Object.entries(SYNONYMS).filter(([k, v]) => v.includes(k))).toEqual([]);
    expect(EN_ID_PHRASES.filter(([en, id]) => en === id)).toEqual([]);
  });

  it("hold only letters, digits, spaces and hyphens in values", () => {
    const values = [...Object.values(COLLOQUIAL), ...Object.values(EN_ID_WORDS), ...Object.values(SYNONYMS).flat(), ...EN_ID_PHRASES.map(([, id]) => id)];
    expect(values.filter((v) => !PLAIN_VALUE.test(v))).toEqual([]);
  });

  it("answer nothing for inherited property names", () => {
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(COLLOQUIAL[name]).toBeUndefined();
      expect(EN_ID_WORDS[name]).toBeUndefined();
      expect(SYNONYMS[name]).toBeUndefined();
    }
  });
});

describe("COLLOQUIAL", () => {
  it("maps one chat token to standard Indonesian, and drops pure particles", () => {
    expect(COLLOQUIAL.gmn).toBe("bagaimana");
    expect(COLLOQUIAL.bikinin).toBe("buatkan");
    expect(COLLOQUIAL.ilang).toBe("hilang");
    expect(COLLOQUIAL.akte).toBe("akta");
    expect(COLLOQUIAL["2x"]).toBe("dua kali");
    for (const particle of ["ji", "mi", "ki", "sih", "dong"]) expect(COLLOQUIAL[particle]).toBe("");
  });

  it("has single-token keys and leaves standard words with a meaning of their own alone", () => {
    expect(Object.keys(COLLOQUIAL).filter((k) => /\s/.test(k))).toEqual([]);
    expect(STANDARD_WORDS.filter((w) => w in COLLOQUIAL)).toEqual([]);
  });

  it("is idempotent: no value word is itself a key", () => {
    const again = Object.entries(COLLOQUIAL).filter(([, v]) => v.split(" ").some((w) => w !== "" && COLLOQUIAL[w] !== undefined));
    expect(again).toEqual([]);
  });
});

describe("EN_ID_WORDS and EN_ID_PHRASES", () => {
  it("bridge English to the regulations' Indonesian", () => {
    expect(EN_ID_WORDS.requirement).toBe("persyaratan syarat");
    expect(EN_ID_WORDS.revoke).toBe("mencabut dicabut");
    expect(EN_ID_WORDS.mayor?.split(" ")).toContain("wali");
    expect(EN_ID_WORDS.the).toBe("");
    expect(EN_ID_PHRASES).toContainEqual(["birth certificate", "akta kelahiran"]);
    expect(EN_ID_PHRASES).toContainEqual(["come into force", "berlaku mulai"]);
  });

  it("has no key that is also a common Indonesian word", () => {
    expect(INDONESIAN_WORDS.filter((w) => w in EN_ID_WORDS)).toEqual([]);
  });

  it("keeps word keys single tokens and phrase keys plain, unique, multi-word and longest first", () => {
    expect(Object.keys(EN_ID_WORDS).filter((k) => !/^[a-z0-9-]+$/.test(k))).toEqual([]);
    const phrases = EN_ID_PHRASES.map(([en]) => en);
    expect(phrases.filter((p) => !/^[a-z0-9-]+(?: [a-z0-9-]+)+$/.test(p))).toEqual([]);
    expect(new Set(phrases).size).toBe(phrases.length);
    const lengths = phrases.map((p) => p.split(" ").length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});

describe("SYNONYMS", () => {
  it("expands everyday words with one to four distinct formal terms", () => {
    expect(SYNONYMS.bikin).toEqual(["membuat", "penerbitan", "pembuatan"]);
    expect(SYNONYMS["berapa lama"]).toContain("jangka waktu");
    expect(SYNONYMS.server).toEqual(["pusat data"]);
    const bad = Object.entries(SYNONYMS).filter(([, v]) => v.length < 1 || v.length > 4 || new Set(v).size !== v.length || v.includes(""));
    expect(bad).toEqual([]);
  });
});
