/**
 * The term a definition defines, and the term a question asks to have defined. "Apa itu walidata menurut Perwali SPBE?"
 * asks for the definition of Walidata (Pasal 1 angka 35), not for SPBE's, though both are defined and both are named;
 * the asked term is the one next to the definitional cue ("apa itu …", "… didefinisikan", "what does … mean").
 */
import type { CorpusIndex } from "../index/corpus-index.js";
import type { StoredChunk } from "../index/manifest.js";
import { normalizeText, tokenize } from "../text/normalize.js";
import { rewriteQuery } from "../text/query-rewrite.js";
import { knownWords } from "./vocabulary.js";
import { OFFICIAL_CHANNEL_ASKED } from "./query-analysis.js";

/**
 * "Pasal 1 angka 17: Pusat Pemulihan Bencana (Disaster Recovery Center) yang selanjutnya disingkat DRC adalah …":
 * the name, its parenthesised other name and its short form.
 */
const DEFINES =
  /^(?:Pasal \d+ angka \d+:\s*)?(.{2,120}?)(?:\s*\(([^)]{2,80})\))?(?:,?\s+(?:yang )?selanjutnya (?:di ?sebut|di ?singkat)(?: dengan)?\s+(.{1,60}?))?,?\s+(?:adalah|merupakan)\b/;

const byIndex = new WeakMap<CorpusIndex, Map<string, string[][]>>();

/** Each definition chunk's defined names, as token lists (computed once per index version). */
function definedNames(index: CorpusIndex): Map<string, string[][]> {
  let names = byIndex.get(index);
  if (!names) {
    names = new Map();
    for (const c of index.chunks()) {
      if (c.meta.unit !== "definisi") continue;
      const m = DEFINES.exec(c.text.replace(/\s+/g, " "));
      if (!m) continue;
      // "X atau Y adalah …" defines both names.
      const forms = [m[1], m[2], m[3]]
        .flatMap((f) => (f ? f.split(/\s+atau\s+/) : []))
        .map(tokenize)
        .filter((t) => t.length > 0);
      if (forms.length > 0) names.set(c.id, forms);
    }
    byIndex.set(index, names);
  }
  return names;
}

/** Computes the defined names when an index version loads (see `prepareRetrieval`). */
export function prepareDefinitions(index: CorpusIndex): void {
  definedNames(index);
}

/** The words right after a definitional cue, up to where the question goes on ("apa itu walidata menurut …"). */
const CUE_BEFORE =
  /\b(?:apa itu|apa sih|apa yang dimaksud(?: dengan)?|yang dimaksud(?: dengan)?|maksud(?:nya)?|pengertian(?: dari)?|definisi(?: dari)?|arti(?: dari)?|kepanjangan(?: dari)?|singkatan(?: dari)?|what(?: exactly| actually)? is(?: an?| the)?|what(?: exactly| actually)? are(?: the)?|what does|meaning of|definition of)\s+(.{2,60}?)(?=\s+(?:menurut|dalam|di|pada|pd|under|in|according|itu|apa|mean|means|stand|stands|adalah|ya|sih)\b|\s*[?.,]|$)/i;
/** The words right before a cue that closes the question ("'walidata' didefinisikan", "CSIRT itu apa"). */
const CUE_AFTER = /(?:^|\s)((?:\S+\s+){0,2}\S+)\s+(?:didefinisikan|diartikan|defined|itu apa|artinya apa|maksudnya apa|adalah apa)\b/i;

/**
 * The words of the term a question asks to have defined, as written, or null when it names none.
 *
 * @example
 * askedConcept("apa itu walidata menurut perwali SPBE?") // "walidata"
 * askedConcept("What does 'data producer' mean?") // "data producer"
 */
export function askedConcept(question: string): string | null {
  // What it is for ("What is the Chatina app actually for?", "fungsinya apa") asks its purpose, not its definition.
  if (PURPOSE.test(question)) return null;
  const m = CUE_BEFORE.exec(question) ?? CUE_AFTER.exec(question);
  if (!m) return null;
  // "What is the server in the ICT regulation required to have?", "apa itu server … harus ditaruh dimana?": asked of it, not what it is.
  const rest = question.slice(m.index + m[0].length).split(/[?.!]/)[0] ?? "";
  if (ASKED_OF_IT.test(rest)) return null;
  // A term set in quotes is the term ("how is 'Walidata' defined"); otherwise the cue's neighbours, less the question's own words.
  const quoted = /['"‘“]([^'"’”]{2,60})['"’”]/.exec(m[1]!);
  const term = (quoted ? quoted[1]! : m[1]!.replace(LEADING_ASK, "")).trim();
  // "ada aplikasi apa itu namanya": a filler, not a term; "what are the requirements for …" asks a service's component.
  return term && !FILLER.test(term) && !COMPONENT_ASKED.test(term) ? term : null;
}
const ASKED_OF_IT =
  /\b(required|requires|require|must|have to|has to|need|needs|in charge|responsible|allowed|harus|wajib|perlu|boleh|bertugas|tugas\w*|ditaruh|disimpan|diletakkan|dipakai|digunakan|dimana|di mana|berapa|kapan|siapa|bagaimana|gimana|how|when|where|who|which)\b/i;
const PURPOSE = /\bfor\s*\?|\bin charge of\b|\bresponsible for\b|\b(untuk|buat|utk) apa\b|\bfungsi\w*\b|\bguna\w*\b|\btujuan\w*\b|\bpurpose\b|\bused for\b/i;
const COMPONENT_ASKED = /\b(syarat\w*|persyaratan|biaya\w*|tarif|prosedur\w*|cara\w*|requirements?|required|fees?|costs?|procedures?|steps?)\b/i;
const FILLER = /^(namanya|nama|itu|tuh|ya|sih|lagi|lg)$/i;
const LEADING_ASK = /^((how|is|are|was|the|a|an|bagaimana|bgmn|gimana|cara|apa|apakah|yang|yg)\s+)+/i;

/**
 * The definition chunks of the asked term: one of their defined names is made of exactly the asked words ("Data" does not
 * define "data producer"), or else the one name that adds a word to them ("Aplikasi Chatina" defines "Chatina").
 *
 * @example
 * definitionsOf(["walidata"], index) // Set { "<id of Pasal 1 angka 35 of Perwali 41/2021>" }
 */
export function definitionsOf(concept: string[], index: CorpusIndex): ReadonlySet<string> {
  const ids = new Set<string>();
  if (concept.length === 0) return ids;
  const names = [...definedNames(index)];
  for (const [id, forms] of names) if (forms.some((f) => f.every((t) => concept.includes(t)) && concept.every((t) => f.includes(t)))) ids.add(id);
  if (ids.size > 0) return ids;
  // Else the one name that adds a single word to it ("Chatina" → "Aplikasi Chatina"), when only one does.
  const wider = names.filter(([, forms]) => forms.some((f) => f.length === concept.length + 1 && concept.every((t) => f.includes(t))));
  return new Set(wider.length === 1 ? [wider[0]![0]] : []);
}

/** An English question asking what a term is or means (the Indonesian cues are read by `analyzeQuery`). */
const ENGLISH_DEFINITION = /\b(what( exactly| actually)? (is|are)\b|what does .{1,60} (mean|stand for)|meaning of|definition of|defined)\b/i;

/**
 * The definitions of the term a question asks to have defined, read in the question as written (an English one is put
 * into the sources' words; an Indonesian one is read in its question clause, `focus`).
 *
 * @example
 * definitionsAsked({ question: "what is a walidata?", lang: "en" }, focus, false, index) // [Pasal 1 angka 35 of Perwali 41/2021]
 */
export function definitionsAsked(asked: { question: string; lang?: "id" | "en" }, focus: string, asksDefinition: boolean, index: CorpusIndex): StoredChunk[] {
  const en = asked.lang === "en";
  const concept =
    asksDefinition || (en && ENGLISH_DEFINITION.test(asked.question) && !OFFICIAL_CHANNEL_ASKED.test(normalizeText(asked.question)))
      ? askedConcept(en ? asked.question : focus)
      : null;
  const terms = concept ? tokenize(en ? rewriteQuery(concept, "en", { known: knownWords(index) }).text : concept) : [];
  return [...definitionsOf(terms, index)].flatMap((id) => index.chunk(id) ?? []);
}
