/**
 * Which regulation a question is about: one it cites by number ("perwali 41/2021"), or one it
 * names by a word of its title that no other regulation's title has ("perwali chatina").
 */
import type { CorpusIndex } from "../index/corpus-index.js";
import type { DocumentRecord } from "../index/manifest.js";
import type { RegulationMeta } from "../corpus/regulation.js";
import type { QueryScope } from "../retrieval/query-analysis.js";
import { regulationsByDefinedName } from "../retrieval/regulation-topics.js";
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

/**
 * How a regulation is named in replies: "Peraturan Wali Kota Kendari Nomor 37 Tahun 2024".
 *
 * @example
 * regulationName(doc.meta) // "Peraturan Walikota Kendari Nomor 41 Tahun 2021"
 */
export function regulationName(meta: RegulationMeta): string {
  return `${meta.jenis} ${meta.daerah.replace(/^Kota /, "")} Nomor ${meta.nomor} Tahun ${meta.tahun}`;
}
