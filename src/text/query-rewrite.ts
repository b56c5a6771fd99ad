/**
 * Query-side bridging of vocabulary, from general lexicons (see `./lexicon/`): an English
 * question is put into the Indonesian words the sources use, informal spellings become standard
 * words, and everyday words bring their formal synonyms along as extra search terms. Only
 * questions are rewritten; the index keeps the sources' own words.
 */
import { COLLOQUIAL } from "./lexicon/colloquial.js";
import { EN_ID_PHRASES } from "./lexicon/english-phrases.js";
import { EN_ID_WORDS } from "./lexicon/english-words.js";
import { SYNONYMS } from "./lexicon/synonyms.js";
import { SLANG } from "./slang.js";

export interface RewrittenQuery {
  /** The question in the sources' vocabulary (what is analysed and measured). */
  text: string;
  /** Extra terms that only widen the lexical search. */
  expansions: string;
}

/** All English phrases in one alternation, longest first (the table is sorted so), looked up by match. */
const PHRASE_OF = new Map(EN_ID_PHRASES.map(([en, id]) => [en, id]));
const PHRASES = new RegExp(`\\b(?:${EN_ID_PHRASES.map(([en]) => en.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "g");

/** Hyphenated words the glossaries hold or write ("help-desk", "ktp-el"): not split into their parts. */
const HYPHENATED = new Set(
  [...Object.entries(EN_ID_WORDS).flat(), ...EN_ID_PHRASES.flat(), "sp4n-lapor", "pbi-jk", "ktp-el"].flatMap((t) => t.match(/\p{L}{2,}-\p{L}{2,}/gu) ?? []),
);

/**
 * An English word's Indonesian, or, for an inflected form the glossary lacks ("monitored",
 * "receives", "appointing"), its base form's: -s, -es, -ies, -ed, -ied and -ing are tried in turn.
 */
function englishWord(word: string): string | undefined {
  const direct = EN_ID_WORDS[word];
  if (direct !== undefined || word.length < 5) return direct;
  const bases: string[] = [];
  if (word.endsWith("ies") || word.endsWith("ied")) bases.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) bases.push(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) bases.push(word.slice(0, -1));
  if (word.endsWith("ed")) bases.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith("ing")) bases.push(word.slice(0, -3), `${word.slice(0, -3)}e`, word.slice(0, -4));
  for (const base of bases) {
    const mapped = EN_ID_WORDS[base];
    if (mapped !== undefined) return mapped;
  }
  return undefined;
}

const AUX = String.raw`(?:do|does|did|will|would|should|must|shall|can|could|is|are|was|were|has|have)`;
/** Who an English question is about: "what does *my wife* need", "what do *we* need" (a second word is never an auxiliary). */
const SUBJECT = String.raw`(?:i|we|you|he|she|they|one|it|(?:my|our|his|her|their|your|the|a) [a-z'-]+(?: (?!${AUX}\b)[a-z'-]+)?)`;

/**
 * English question frames, read before the glossary: how the language asks for requirements,
 * whoever asks them ("what does my wife need to have ready", "what papers do they want"), and
 * "when" as a conjunction ("when I log in, …") rather than the question "when …?" (kapan).
 */
const FRAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    new RegExp(
      String.raw`\bwhat(?: else)? (?:papers?|paperwork|documents?|files?|things?|items?)? ?${AUX} ${SUBJECT} (?:(?:really|actually|still|also) )?(?:need|needs|want|require|have to|got to|ask for)(?: to (?:have ready|prepare|bring|submit|show|hand in|provide|take|get ready))?\b`,
      "g",
    ),
    " persyaratan apa ",
  ],
  [/\b(?:what|which) (?:papers?|paperwork|documents?)\b/g, " dokumen persyaratan apa "],
  [/\b(?:have|get|keep) (?:\w+ )?ready\b/g, " disiapkan "],
  [new RegExp(String.raw`\bwhen(?= ${SUBJECT} (?!${AUX}\b))`, "g"), " "],
  // "Can it be done here?", "get it done online": handled somewhere, not finished (selesai).
  [
    /\b(?:be|get (?:it|this|that|everything)|got (?:it|this)|have (?:it|this)) done(?= (?:here|there|online|in|at|by|through|via|locally|somewhere|elsewhere)\b)/g,
    " diurus ",
  ],
  // "somewhere else", "elsewhere": another place, asked as where (di mana).
  [/\b(?:somewhere else|anywhere else|elsewhere)\b/g, " di tempat lain di mana "],
  // "How long is the card valid?": how long it stays valid, not how long it takes.
  [/\bhow long (?:is|are|does|do|will|would)\b(.{0,60}?)\b(?:be |stay |remain )?(?:valid|good for|last)\b/g, " $1 masa berlaku "],
  // "How long do they have to report the death?": a deadline the citizen must meet, not how long the service takes.
  [
    /\bhow (?:long|many days|much time) (?:do|does|did|will|would) (?:\S+ ){1,3}?(?:have|get) to\b(?! (?:wait|queue|stand|line up|stay)\b)/g,
    " batas waktu paling lambat ",
  ],
  // "We're building a new app": making it (membangun), not a building (gedung).
  [/\b(?:building|build|develop(?:ing)?)(?= (?:a|an|the|our|my|their|its|this|that|new|some) )/g, " membangun "],
  // "Quick one:", "quick question": a way of asking, not a question about speed.
  [/\b(?:just )?(?:a )?quick (?:one|question|q)\b/g, " "],
];

function english(question: string, known?: KnownWord): string {
  // "a 6-year-old" reads as "a 6 year old" ("usia 6 tahun"), not as "old" (lama, which also means "long").
  // "OPDs", "APIs": an acronym's English plural is the acronym.
  let s = question
    .replace(/\b(\p{Lu}{2,})s\b/gu, "$1")
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\b(\d+)-(years?|months?|weeks?|days?)-old\b/g, "$1 $2 old")
    // "I'm", "we're", "what's": the pronoun without its auxiliary; "don't" and "can't" keep their "not".
    .replace(/\b(can|won)'t\b/g, (_, v: string) => (v === "can" ? "cannot" : "will not"))
    .replace(/\b(\w+)n't\b/g, "$1 not")
    .replace(/\b(i|you|we|they|he|she|it|that|there|what|who|where|how|here)'(m|re|s|ll|ve|d)\b/g, "$1")
    // A possessive is its noun ("children's ID card", "the kids' cards").
    .replace(/\b(\p{L}+)'s\b/gu, "$1")
    .replace(/\b(\p{L}+s)'(?=\s)/gu, "$1");
  for (const [frame, id] of FRAMES) s = s.replace(frame, id);
  s = s.replace(PHRASES, (m) => ` ${PHRASE_OF.get(m) ?? m} `);
  // A compound the glossaries do not hold is read as its words ("good-conduct letter"), then looked up again;
  // the glossaries' own hyphenated words ("help-desk") and the sources' ("ktp-el", "sp4n-lapor") stay whole.
  const split = s.replace(/\b(\p{L}{2,})-(\p{L}{2,})\b/gu, (m, a: string, b: string) => (HYPHENATED.has(m) ? m : `${a} ${b}`));
  if (split !== s) s = split.replace(PHRASES, (m) => ` ${PHRASE_OF.get(m) ?? m} `);
  return s
    .split(/(\s+)/)
    .map((tok) => {
      const m = /^([^\p{L}\p{N}]*)([\p{L}\p{N}'-]+?)('s)?([^\p{L}\p{N}]*)$/u.exec(tok);
      if (!m) return tok;
      const mapped = englishWord(m[2]!);
      // An unmapped word keeps its own form without the possessive ("Kendari's" reads "Kendari").
      return mapped === undefined ? `${m[1]}${m[2]}${m[4]}` : `${m[1]}${prefer(m[2]!, mapped, known)}${m[4]}`;
    })
    .join("");
}

/**
 * The form in which the sources use a word, or null when they do not: the word itself, or the word
 * without an Indonesian affix ("didownload" → "download"). Lets the rewrite keep the sources' words.
 */
export type KnownWord = (word: string) => string | null;

/**
 * A mapped word, unless the sources use the original (in some form) and none of the mapped words:
 * "didownload" becomes "download" where the regulations write *download*, not "diunduh" they never use.
 */
function prefer(original: string, mapped: string, known?: KnownWord): string {
  if (!known) return mapped;
  const form = known(original);
  if (form === null) return mapped;
  return mapped.split(" ").some((m) => known(m) !== null) ? mapped : form;
}

function colloquial(question: string, known?: KnownWord): string {
  return question.replace(/[\p{L}][\p{L}\p{N}]*/gu, (w) => {
    const lower = w.toLowerCase();
    if (SLANG[lower] !== undefined) return w;
    const mapped = COLLOQUIAL[lower];
    return mapped === undefined ? w : prefer(lower, mapped, known);
  });
}

function synonyms(text: string): string {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const key of [words[i]!, i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : ""]) {
      const syn = key ? SYNONYMS[key] : undefined;
      if (syn) for (const s of syn) out.add(s);
    }
  }
  return [...out].join(" ");
}

/**
 * Rewrites a question for retrieval.
 *
 * @example
 * rewriteQuery("how much does a police clearance cost?", "en").text // "... biaya ... skck ..."
 * rewriteQuery("sy mau bikin akte", "id", { synonyms: true }).expansions // "membuat penerbitan pembuatan"
 * rewriteQuery("chatina bisa didownload?", "id", { known }).text // "chatina bisa download?" when the sources write "download"
 */
export function rewriteQuery(question: string, lang: "id" | "en", options: { synonyms?: boolean; known?: KnownWord } = {}): RewrittenQuery {
  const text = colloquial(lang === "en" ? english(question, options.known) : question, options.known);
  return { text, expansions: options.synonyms ? synonyms(`${question} ${text}`) : "" };
}
