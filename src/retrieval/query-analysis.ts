import type { CorpusIndex } from "../index/corpus-index.js";
import { normalizeText } from "../text/normalize.js";

/** What a question says about where to look, read from its wording. */
export interface QueryScope {
  /** City slugs named in the question ("di Ternate"); empty when none. */
  cities: string[];
  /** Corpus ids of regulations the question cites by number ("perwali 41/2021"). */
  regulations: string[];
  /** The question asks whether something is still in force or was revoked. */
  asksStatus: boolean;
  /** The question is about law itself (Pasal, peraturan) rather than how to get a service. */
  prefersRegulation: boolean;
  /** The question asks what something is ("apa itu walidata"): definitions come first. */
  asksDefinition: boolean;
}

const STATUS_WORDS = /\b(dicabut|cabut|masih berlaku|berlaku|tidak berlaku|revoked|repealed|still valid|in force)\b/;
const DEFINITION =
  /(\bapa (itu|sih|yang dimaksud( dengan)?|arti(nya)?|maksud(nya)?)\b|\bitu apa\b|\byang dimaksud( dengan)?\b|\b(pengertian|definisi|arti) (dari )?\w|\b(didefinisikan|diartikan|defined|definition of)\b|\bapaan\b|\b(singkatan|kepanjangan|akronim)\w*\b|\b(stands? for|short for|abbreviation|acronym)\b|\bwhat (is|are|does)\b.*\b(mean|stand for)?)/;
/**
 * The city's official website, domain or app asked for ("sebenarnya nama domain resmi pemkot itu apa?", "official website?"):
 * which one is the official one, not what the term means (normalised words).
 */
export const OFFICIAL_CHANNEL_ASKED =
  /\b(domain|website|situs|web|laman|aplikasi|app)\b( \S+){0,3} (resmi|official)\b|\b(resmi|official)( \S+){0,2} (domain|website|situs|web|laman|aplikasi|app)\b/;
const REGULATION_WORDS = /\b(pasal|ayat|peraturan|perda|bab|lampiran|ketentuan|diatur|mengatur|atur)\b/;

/**
 * Reads the cities and regulation numbers a question names, against the documents in the index.
 *
 * @example
 * analyzeQuery("perwali ternate 43 tahun 2023 ttg apa?", index)
 * // { cities: ["ternate"], regulations: ["ternate-43-2023"], asksStatus: false, prefersRegulation: true }
 */
export function analyzeQuery(question: string, index: CorpusIndex): QueryScope {
  const text = normalizeText(question);
  const cities = new Set<string>();
  const regulations = new Set<string>();
  const docs = index.documents();
  const knownCities = new Set(docs.map((d) => (d.docId.startsWith("service:") ? "" : d.docId.replace(/-[0-9]+[a-z]?-[0-9]{4}$/, ""))).filter(Boolean));
  for (const city of knownCities) {
    if (new RegExp(`\\b${city.replace(/-/g, "[ -]")}\\b`).test(text)) cities.add(city);
  }
  // "nomor 41 tahun 2021", "41/2021", "41 2021", "no 41 th 2021"
  const numberRefs = [...text.matchAll(/\b(?:nomor\s+)?(\d{1,4}[a-z]?)\s*(?:\/|\s)\s*(?:(?:tahun|th|thn|year|of)\s+)?(\d{4})\b/g)];
  const slashRefs = [...question.toLowerCase().matchAll(/\b(\d{1,4}[a-z]?)\s*\/\s*(\d{4})\b/g)];
  // The year first and the number after it ("the 2021 mayor's regulation on e-government (No. 41)").
  const yearFirst = [...question.toLowerCase().matchAll(/\b(\d{4})\b[^.?!]{0,80}?\b(?:no|nomor|number)\.?\s*(\d{1,4}[a-z]?)\b/g)];
  const refs = [...[...numberRefs, ...slashRefs].map((m) => [m[1], m[2]]), ...yearFirst.map((m) => [m[2], m[1]])];
  for (const [nomor, tahun] of refs) {
    for (const d of docs) {
      if (d.kind !== "regulation") continue;
      if (d.meta.nomor.toLowerCase() === nomor && String(d.meta.tahun) === tahun) {
        if (cities.size === 0 || cities.has(d.docId.replace(/-[0-9]+[a-z]?-[0-9]{4}$/, ""))) regulations.add(d.docId);
      }
    }
  }
  return {
    cities: [...cities],
    regulations: [...regulations],
    asksStatus: STATUS_WORDS.test(text),
    prefersRegulation: REGULATION_WORDS.test(text) || regulations.size > 0,
    asksDefinition: (DEFINITION.test(text) || /\bwhat (is|are)\b/.test(question.toLowerCase())) && !OFFICIAL_CHANNEL_ASKED.test(text),
  };
}
