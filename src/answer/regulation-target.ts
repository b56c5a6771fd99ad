/**
 * Which regulation a question is about: one it cites by number ("perwali 41/2021"), or one it
 * names by a word of its title that no other regulation's title has ("perwali chatina").
 */
import type { CorpusIndex } from "../index/corpus-index.js";
import type { DocumentRecord } from "../index/manifest.js";
import type { RegulationMeta } from "../corpus/regulation.js";
import type { QueryScope } from "../retrieval/query-analysis.js";
import { regulationsByDefinedName } from "../retrieval/regulation-topics.js";
import { normalizeText, stem } from "../text/normalize.js";
import { STOPWORDS } from "../text/stopwords.js";

/** Asking what a regulation says ("uraikan isi", "bunyi pasal 5", "what does … say"), right before naming it. */
const CONTENT_ASKED = String.raw`(isi|isinya|bunyi|bunyinya|uraikan|jelaskan|contents? of|explain)`;
/** The question speaks of a regulation (not of a service). */
const REGULATION_WORD = /\b(perwali|peraturan|regulation|rules|aturan|pasal|ayat|perda|wali kota|walikota)\b/;
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
export function regulationTarget(question: string, scope: QueryScope, index: CorpusIndex, defaultCity?: string): DocumentRecord | undefined {
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
  if (named.length !== 1) return byYear(text, words, scope, index, defaultCity);
  const doc = index.document(named[0]!);
  // Another city named in the question must agree with the regulation's own city; if it does not, the title word was another's
  // ("digital government in Kendari … the 2021 city rules": not Probolinggo's "Smart Digital").
  if (doc && scope.cities.length > 0 && !scope.cities.some((c) => doc.docId.startsWith(`${c}-`))) return byYear(text, words, scope, index, defaultCity);
  return doc;
}

/** A mayor's regulation named by its year ("perwali 2021", "perwali kendari tahun 2019", "the 2021 Kendari regulation"). */
const BY_YEAR =
  /\b(perwali|perwal|peraturan( wali ?kota)?|regulation|aturan|rules)( \w+){0,2} (tahun |thn |th |of |from |in )?((19|20)\d{2})\b|\b((19|20)\d{2})( \w+){0,2} (perwali|perwal|peraturan|regulation|aturan|rules)\b/;
/** Another kind of law named ("Perda … 2019", "UU 2008"): its year names no mayor's regulation. */
const OTHER_LAW = /\b(perda|peraturan daerah|undang|uu|pp|peraturan pemerintah|permen\w*|perpres|pergub|perbup|law|act)\b/;
/** A topic given ("perwali 2023 tentang pajak restoran"): the regulation must be on it. */
const TOPIC_GIVEN = /\b(tentang|ttg|soal|mengenai|terkait|on|about)\b/;

/**
 * A regulation named by its year ("that 2021 Kendari regulation on e-government", "perwali kendari tahun 2019"): of the city
 * named (else the default city), the one of that year; on the topic given, when one is, by a title word or the acronym of a
 * run of title words ("SPBE" for "Sistem Pemerintahan Berbasis Elektronik").
 */
function byYear(text: string, words: Set<string>, scope: QueryScope, index: CorpusIndex, defaultCity?: string): DocumentRecord | undefined {
  const m = BY_YEAR.exec(text);
  if (!m || OTHER_LAW.test(text)) return undefined;
  const year = m[5] ?? m[7];
  const cities = scope.cities.length > 0 ? scope.cities : defaultCity ? [defaultCity] : [];
  const ofYear = index
    .documents()
    .filter((d) => d.kind === "regulation" && String(d.meta.tahun) === year && (cities.length === 0 || cities.some((c) => d.docId.startsWith(`${c}-`))));
  const stems = new Set([...words].map(stem));
  const onTopic = (d: DocumentRecord) => {
    const title = normalizeText(d.kind === "regulation" ? d.meta.judul : "")
      .split(" ")
      .filter((w) => w.length > 1 && !STOPWORDS.has(w));
    if (title.some((w) => w.length > 3 && !GENERIC.has(w) && stems.has(stem(w)))) return true;
    // The initials of three or more title words in a row ("spbe", "tik").
    const initials = title.map((w) => w[0]).join("");
    for (let i = 0; i < initials.length; i++) for (let j = i + 3; j <= initials.length; j++) if (words.has(initials.slice(i, j))) return true;
    return false;
  };
  const candidates = TOPIC_GIVEN.test(text) ? ofYear.filter(onTopic) : ofYear;
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * How a regulation is named in replies: "Peraturan Wali Kota Kendari Nomor 37 Tahun 2024".
 *
 * @example
 * regulationName(doc.meta) // "Peraturan Walikota Kendari Nomor 41 Tahun 2021"
 */
export function regulationName(meta: RegulationMeta): string {
  return `${meta.jenis} ${meta.daerah.replace(/^Kota /, "")} Nomor ${meta.nomor} Tahun ${meta.tahun}`;
}
