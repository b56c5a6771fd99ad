/**
 * Which regulation a question is about: one it cites by number ("perwali 41/2021"), or one it
 * names by a word of its title that no other regulation's title has ("perwali chatina").
 */
import type { CorpusIndex } from "../index/corpus-index.js";
import type { DocumentRecord } from "../index/manifest.js";
import type { QueryScope } from "../retrieval/query-analysis.js";
import { definedNamesOf, regulationsByDefinedName } from "../retrieval/regulation-topics.js";
import { normalizeText } from "../text/normalize.js";
import { STOPWORDS } from "../text/stopwords.js";

/** Asking what a regulation says ("uraikan isi", "bunyi pasal 5", "what does … say"), right before naming it. */
const CONTENT_ASKED = String.raw`(isi|isinya|bunyi|bunyinya|uraikan|jelaskan|contents? of|explain)`;
/** The question speaks of a regulation (not of a service). */
const REGULATION_WORD = /\b(perwali|peraturan|regulation|pasal|ayat|perda|wali kota|walikota)\b/;
/** Title words too common to name one regulation. */
const GENERIC = new Set([
  "peraturan",
  "wali",
  "kota",
  "sistem",
  "pemerintah",
  "daerah",
  "layanan",
  "pelayanan",
  "publik",
  "penyelenggaraan",
  "melalui",
  "berbasis",
  "elektronik",
  "aplikasi",
  "informasi",
]);

const titleWords = new WeakMap<CorpusIndex, Map<string, string[]>>();

/** Title words that only one regulation's title holds, per regulation. */
function uniqueTitleWords(index: CorpusIndex): Map<string, string[]> {
  let map = titleWords.get(index);
  if (!map) {
    const regs = index.documents().filter((d) => d.kind === "regulation");
    const places = new Set(regs.flatMap((d) => normalizeText(d.kind === "regulation" ? d.meta.daerah : "").split(" ")));
    const words = new Map(
      regs.map((d) => [
        d.docId,
        new Set(
          normalizeText(d.kind === "regulation" ? d.meta.judul : "")
            .split(" ")
            .filter((w) => w.length > 3 && !STOPWORDS.has(w) && !GENERIC.has(w) && !places.has(w)),
        ),
      ]),
    );
    map = new Map();
    for (const [id, ws] of words)
      map.set(
        id,
        [...ws].filter((w) => [...words].every(([other, ows]) => other === id || !ows.has(w))),
      );
    titleWords.set(index, map);
  }
  return map;
}

/**
 * The regulation whose defined system a question names ("Perwali Probolinggo soal Portal Emas"), for a question that asks
 * only the document's own facts (the caller decides that), or undefined.
 *
 * @example
 * regulationBySystem("Portal Emas itu ditetapkan tanggal berapa?", analyzeQuery(q, index), index)?.docId // "probolinggo-107-2021"
 */
export function regulationBySystem(question: string, scope: QueryScope, index: CorpusIndex): DocumentRecord | undefined {
  if (scope.regulations.length > 0) return undefined;
  const named = regulationsByDefinedName(question, index);
  const doc = named.length === 1 ? index.document(named[0]!) : undefined;
  return doc && (scope.cities.length === 0 || scope.cities.some((c) => doc.docId.startsWith(`${c}-`))) ? doc : undefined;
}

/**
 * The regulation a question is about, or undefined when it names none (or several).
 *
 * @example
 * regulationTarget("perwali chatina ada pasal 10 gk?", analyzeQuery(q, index), index)?.docId // "kendari-37-2024"
 */
export function regulationTarget(question: string, scope: QueryScope, index: CorpusIndex): DocumentRecord | undefined {
  // Several cited: the question is about the first ("X dicabut oleh Y?" is about X), unless it asks what another one says
  // ("Sebelum Perwali 41/2021 ada Perwali 51/2019. Tolong uraikan isi Perwali 51/2019 itu").
  if (scope.regulations.length > 1) {
    const text = normalizeText(question);
    const contentAsked = scope.regulations.find((id) => {
      const d = index.document(id);
      return d?.kind === "regulation" && new RegExp(`\\b${CONTENT_ASKED}( \\S+){0,6} ${d.meta.nomor}( tahun)? ${d.meta.tahun}\\b`).test(text);
    });
    return index.document(contentAsked ?? scope.regulations[0]!);
  }
  if (scope.regulations.length === 1) return index.document(scope.regulations[0]!);
  const text = normalizeText(question);
  // A number the corpus does not hold ("perwali 12/2020") names another regulation.
  if (!REGULATION_WORD.test(text) || /\b\d{1,4}\s*(\/|tahun|th|thn)\s*\d{4}\b/.test(text)) return undefined;
  const words = new Set(text.split(" "));
  // By a title word only it has, or by the system it sets up ("Perwali Probolinggo soal Portal Emas").
  const named = [...uniqueTitleWords(index)].filter(([, ws]) => ws.some((w) => words.has(w))).map(([id]) => id);
  if (named.length !== 1) return undefined;
  const doc = index.document(named[0]!);
  // Another city named in the question must agree with the regulation's own city.
  if (doc && scope.cities.length > 0 && !scope.cities.some((c) => doc.docId.startsWith(`${c}-`))) return undefined;
  return doc;
}

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
