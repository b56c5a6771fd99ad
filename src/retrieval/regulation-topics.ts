/**
 * A regulation named by its own subject, and a section of it named by its title. "Chatina" is the name of one
 * regulation's system: a question about it ("aplikasi chatina kalo mau masuk pake apa?") is asked of that regulation as
 * surely as "syarat SKCK" is asked of the SKCK standard, even when it names no regulation number; "audit infrastruktur
 * SPBE" names the section (Bagian) that holds its Pasal.
 */
import type { CorpusIndex } from "../index/corpus-index.js";
import type { StoredChunk } from "../index/manifest.js";
import { normalizeText, tokenize } from "../text/normalize.js";
import { chunkTerms } from "./evidence.js";

/**
 * The short name a regulation gives the system it sets up ("… yang selanjutnya disebut Portal Emas adalah sebuah
 * sistem informasi …"); the names of general things it defines ("APBD", "PSE") are not its own subject.
 */
const DEFINED_NAME =
  /(?:selanjutnya|yang) di ?(?:sebut|singkat) (?:Aplikasi )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}) adalah (?:sebuah |suatu )?(?:sistem|aplikasi)\b/gu;

const topicsByIndex = new WeakMap<CorpusIndex, Map<string, string>>();
const namesByIndex = new WeakMap<CorpusIndex, Map<string, string[]>>();

/**
 * The words of each regulation's title, and of the names it defines, that no other document uses,
 * mapped to that regulation (computed once per index version).
 */
function topicWords(index: CorpusIndex): Map<string, string> {
  let topics = topicsByIndex.get(index);
  if (topics) return topics;
  const owners = new Map<string, Set<string>>();
  for (const c of index.chunks()) {
    for (const t of chunkTerms(c)) {
      const docs = owners.get(t) ?? new Set<string>();
      docs.add(c.docId);
      owners.set(t, docs);
    }
  }
  const named = new Map<string, string[]>();
  for (const c of index.chunks()) {
    if (c.meta.sourceType !== "regulation") continue;
    const names = [...c.text.matchAll(DEFINED_NAME)].map((m) => m[1]!);
    named.set(c.docId, [...(named.get(c.docId) ?? []), ...names]);
  }
  namesByIndex.set(index, new Map([...named].map(([docId, names]) => [docId, [...new Set(names.map(normalizeText))]])));
  topics = new Map<string, string>();
  for (const d of index.documents()) {
    if (d.kind !== "regulation") continue;
    for (const t of tokenize([d.meta.judul, ...(named.get(d.docId) ?? [])].join(" "))) {
      const docs = owners.get(t);
      if (docs && docs.size === 1 && docs.has(d.docId)) topics.set(t, d.docId);
    }
  }
  topicsByIndex.set(index, topics);
  return topics;
}

/** A greeting or thanks that addresses the bot by name ("Yth. Chatina,", "Halo kak Chatina!", "makasih Chatina"): not a topic. */
const VOCATIVE =
  /^\s*((kepada )?yth\.?|halo|hallo|hai|hi|hello|dear|assalamu'?alaikum|selamat (pagi|siang|sore|malam))[\s,]+((kak|min|pak|bu|mas|mbak|admin) )?(\p{L}+)\s*[,!.:\n]|\b(makasih|terima kasih|thanks|thank you)\s+(\p{L}+)\s*[.!]*\s*$/iu;

/**
 * The regulations whose own subject the question names (a title word no other document uses).
 *
 * @example
 * namedRegulationTopics("aplikasi chatina kalo mau masuk pake apa?", index) // ["kendari-37-2024"]
 * namedRegulationTopics("Yth. Chatina, boleh hosting di Singapura?", index) // []
 */
export function namedRegulationTopics(question: string, index: CorpusIndex): string[] {
  const topics = topicWords(index);
  const terms = tokenize(question.replace(VOCATIVE, " "));
  return [...new Set(terms.flatMap((t) => (topics.has(t) ? [topics.get(t)!] : [])))];
}

/**
 * The regulations whose defined system name the question writes out whole ("Portal Emas", "PESTA KAMPUNG"), not one of
 * their title words ("portal", "smart").
 *
 * @example
 * regulationsByDefinedName("Perwali Kota Kendari tentang Portal Emas", index) // ["probolinggo-107-2021"]
 */
export function regulationsByDefinedName(question: string, index: CorpusIndex): string[] {
  topicWords(index);
  const text = ` ${normalizeText(question)} `;
  return [...(namesByIndex.get(index) ?? [])].filter(([, names]) => names.some((n) => text.includes(` ${n} `))).map(([docId]) => docId);
}

/** A regulation's defined system names, normalised ("portal emas"). */
export function definedNamesOf(docId: string, index: CorpusIndex): string[] {
  topicWords(index);
  return namesByIndex.get(index)?.get(docId) ?? [];
}

/** Computes the topic words when an index version loads (see `prepareRetrieval`). */
export function prepareRegulationTopics(index: CorpusIndex): void {
  topicWords(index);
}

/** How much a passage gains when the question names its section (1.1: 6 better, 1 worse; 1.2: 8 and 1; 1.5: 8 and 2 on the tune split). */
export const HEADING_BOOST = 1.2;
/** Ordinals of a section heading ("Bagian Kedua …", "Paragraf 3 …"), not its subject. */
const SECTION_ORDINAL = /^(bagian|paragraf)\s+(\S+)\s*/i;

/**
 * The question names the regulation section a passage sits in: every word of its nearest titled section ("Bagian Kedua
 * Audit Infrastruktur SPBE" → audit, infrastruktur, spbe), two at least, is among the question's terms.
 */
export function namesSection(chunk: StoredChunk, terms: Set<string>): boolean {
  if (chunk.meta.sourceType !== "regulation") return false;
  const section = [...chunk.headingPath].reverse().find((h) => SECTION_ORDINAL.test(h) && h.replace(SECTION_ORDINAL, "").trim().length > 0);
  if (!section) return false;
  const words = tokenize(section.replace(SECTION_ORDINAL, ""));
  return words.length >= 2 && words.every((w) => terms.has(w));
}
