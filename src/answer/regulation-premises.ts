/**
 * False premises about which city a regulation belongs to: a regulation's own system given to another city ("Perwali Kota
 * Kendari tentang Portal Emas"), or another city's regulation said to apply in the default city ("Ternate Regulation
 * 43/2023 … is also binding for Kendari city offices"). Either is corrected from the documents' front matter.
 */
import type { CorpusIndex } from "../index/corpus-index.js";
import type { DocumentRecord } from "../index/manifest.js";
import type { QueryScope } from "../retrieval/query-analysis.js";
import { definedNamesOf, regulationsByDefinedName } from "../retrieval/regulation-topics.js";
import { normalizeText } from "../text/normalize.js";
import type { DocumentFacts } from "./document-facts.js";
import { regulationName } from "./regulation-target.js";
import type { Lang } from "./statuses.js";

/** A regulation attributed to a city: "Perwali Kota Kendari tentang …", "peraturan wali kota kendari", "Kendari's regulation". */
const lawOfCity = (city: string) =>
  new RegExp(
    String.raw`\b(perwali|perwal|perwako|perda|peraturan( wali ?kota| walikota| daerah)?|regulations?)( (pemerintah|pemkot|of( the)?))?( (kota|city|kabupaten))? ${city.replace(/-/g, "[ -]")}\b|\b${city.replace(/-/g, "[ -]")}('?s)?( city)? regulations?\b`,
  );

/**
 * The regulation whose defined system the question names ("Portal Emas") when the question gives that subject to another
 * city's regulation ("Sesuai Perwali Kota Kendari tentang Portal Emas …"): a false premise, or undefined.
 *
 * @example
 * subjectOfAnotherCity("Perwali Kota Kendari tentang Portal Emas pasal berapa?", analyzeQuery(q, index), index)?.docId // "probolinggo-107-2021"
 */
export function subjectOfAnotherCity(question: string, scope: QueryScope, index: CorpusIndex): DocumentRecord | undefined {
  if (scope.regulations.length > 0 || scope.cities.length === 0) return undefined;
  const topics = regulationsByDefinedName(question, index);
  if (topics.length !== 1) return undefined;
  const doc = index.document(topics[0]!);
  if (!doc || scope.cities.some((c) => doc.docId.startsWith(`${c}-`))) return undefined;
  const text = normalizeText(question);
  return scope.cities.some((c) => lawOfCity(c).test(text)) ? doc : undefined;
}

/** Another place's system, said to apply in a city: "berlaku juga di Kendari", "binding for Kendari city offices". */
const appliesIn = (city: string) =>
  new RegExp(String.raw`\b(berlaku|mengikat|binding|applies|apply|in force)( juga| also)? (di|untuk|bagi|for|on|in|to)( the)?( \S+){0,2} ${city}\b`);
/** A city said to have taken it up: "Has Kendari adopted Probolinggo's Portal Emas", "Kendari sudah menerapkan Portal Emas". */
const adoptedBy = (city: string, foreign: string) =>
  new RegExp(String.raw`\b${city}( \S+){0,2} (adopted|adopts|mengadopsi|menerapkan|memakai|pakai|uses|use)( \S+){0,1} (${foreign})\b`);
/** A hope, a guess or a comparison ("siapa tau mau diterapin", "apa bedanya", "ada yg mirip?"), not a claim. */
const NOT_CLAIMED =
  /\b(siapa tau|siapa tahu|mungkin|semoga|penasaran|bedanya|perbedaan|mirip|seperti|kayak|compare\w*|difference|similar|maybe|perhaps|hopefully|will|would|could|akan|bakal)\b/;

/**
 * Another city's regulation said to apply in the default city ("Ternate Regulation 43/2023 … is also binding for Kendari
 * city offices", "Has Kendari adopted Probolinggo's Portal Emas?"): that regulation, a false premise, or undefined.
 *
 * @example
 * appliedElsewhere("Perwali Probolinggo 107/2021 berlaku juga di Kendari kan?", analyzeQuery(q, index), index, "kendari")?.docId // "probolinggo-107-2021"
 */
export function appliedElsewhere(question: string, scope: QueryScope, index: CorpusIndex, city: string): DocumentRecord | undefined {
  const text = normalizeText(question);
  if (NOT_CLAIMED.test(text)) return undefined;
  const ids = [...scope.regulations, ...regulationsByDefinedName(question, index)];
  const docs = [...new Set(ids)].map((id) => index.document(id)).filter((d): d is DocumentRecord => d?.kind === "regulation");
  const foreign = docs.filter((d) => !d.docId.startsWith(`${city}-`));
  if (foreign.length === 0 || foreign.length < docs.length) return undefined;
  const places = foreign.map((d) => normalizeText(d.kind === "regulation" ? d.meta.daerah : "").replace(/^kota /, ""));
  const names = [...places, ...foreign.flatMap((d) => definedNamesOf(d.docId, index))].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return appliesIn(city).test(text) || adoptedBy(city, names.join("|")).test(text) ? foreign[0] : undefined;
}

const cityName = (city: string) => `Kota ${city[0]!.toUpperCase()}${city.slice(1)}`;

/**
 * The correction of a false premise about a regulation's city, or null when the question holds none.
 *
 * @example
 * cityPremise("Sesuai Perwali Kota Kendari tentang Portal Emas …", scope, index, "id", "kendari")?.status // "no_answer"
 */
export function cityPremise(question: string, scope: QueryScope, index: CorpusIndex, lang: Lang, defaultCity: string): DocumentFacts | null {
  const en = lang === "en";
  const elsewhere = subjectOfAnotherCity(question, scope, index);
  if (elsewhere?.kind === "regulation") {
    const city = scope.cities.map(cityName).join(", ");
    const its = `${regulationName(elsewhere.meta)} tentang ${elsewhere.meta.judul}`;
    return {
      status: "no_answer",
      answer: en
        ? `My sources hold no regulation of ${city} on that subject. It is set by ${its}, a regulation of ${elsewhere.meta.daerah}, not of ${city}.`
        : `Sumber saya tidak memuat peraturan ${city} tentang hal itu. Hal itu diatur dalam ${its}, peraturan ${elsewhere.meta.daerah}, bukan ${city}.`,
      used: [],
    };
  }
  const foreign = appliedElsewhere(question, scope, index, defaultCity);
  if (foreign?.kind === "regulation") {
    const its = `${regulationName(foreign.meta)} tentang ${foreign.meta.judul}`;
    const here = cityName(defaultCity);
    return {
      status: "no_answer",
      answer: en
        ? `${its} is a regulation of ${foreign.meta.daerah}. My sources hold nothing that makes it apply in ${here}, nor any plan to adopt it there.`
        : `${its} adalah peraturan ${foreign.meta.daerah}. Sumber saya tidak memuat ketentuan yang memberlakukannya di ${here}, maupun rencana untuk menerapkannya di sana.`,
      used: [],
    };
  }
  return null;
}
