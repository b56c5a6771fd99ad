/**
 * Laws and rules the corpus does not hold, asked about by name, by number, by kind or by topic: the
 * sources cannot say what such a law provides (see `outOfScope`, reason "other_law").
 */
import type { CorpusIndex } from "../index/corpus-index.js";
import { EN_ID_WORDS } from "../text/lexicon/english-words.js";
import { normalizeText, tokenize } from "../text/normalize.js";

/**
 * Whether the (normalised) question names a law the corpus never mentions, a kind of regulation it
 * holds none of, or asks for a rule on a topic it never names.
 *
 * @example
 * unknownLawAsked("sanksi menurut uu pelindungan data pribadi", index) // true
 * unknownLawAsked("apa ada aturan tentang penggunaan chatgpt", index) // true
 * unknownLawAsked("menurut uu 24 2013 akta gratis", index) // false: the standards cite UU 24/2013
 */
export function unknownLawAsked(text: string, index: CorpusIndex): boolean {
  return unknownLaw(text, index) || unknownLawKind(text, index) || unknownRuleTopic(text, index);
}

/** A law named by number ("UU 27/2022", "PP nomor 40 tahun 2019") or by the first two words of its title ("UU Pelindungan Data …"). */
const LAW_NUMBER =
  /\b(?:uu|undang undang|undang|pp|peraturan pemerintah|perpres|peraturan presiden|permen\w*|peraturan menteri(?: \w+)?|perda|peraturan daerah|inpres|instruksi presiden) (?:nomor |no )?(\d{1,4})(?: tahun | thn | )(\d{4})\b/g;
/** A national law or a regulation of another kind than the corpus's mayor's regulations, by its kind (normalised words). */
export const OTHER_LAW_KIND = String.raw`(?:uu|undang undang|pp|peraturan pemerintah|perpres|peraturan presiden|permen\w*|peraturan menteri|perda|peraturan daerah|perpol|peraturan kepolisian|perkap|peraturan kapolri|perbup|peraturan bupati|pergub|peraturan gubernur)`;
/** A mayor's regulation by its kind ("Perwali", "Peraturan Wali Kota", "mayor's regulation"). */
export const MAYORS_REGULATION_KIND = String.raw`(?:perwali|perwal|peraturan wali ?kota|peraturan walikota|mayor'?s? regulation|mayoral regulation)`;
/** A mayor's regulation named by its kind ("Perwali", "mayor's regulation"). */
export const MAYORS_REGULATION_NAMED = new RegExp(String.raw`\b${MAYORS_REGULATION_KIND}\b`, "i");
/** A mayor's regulation by number and year ("Perwali Kota Probolinggo Nomor 224 Tahun 2019", "perwali 37/2024"). */
const MAYORS_REGULATION = new RegExp(
  String.raw`\b${MAYORS_REGULATION_KIND}(?: (?:kota )?\p{L}+)? (?:nomor |no |number )?(\d{1,4})(?: tahun | thn | of | )(\d{4})\b`,
  "gu",
);

/**
 * The mayor's regulations a text names by number and year that the index does not hold ("Perwali Kendari No. 15 of 2023").
 *
 * @example
 * unheldMayorsRegulations("perwali kendari 15 2023 mencabut perwali 41 2021", index) // [{ nomor: "15", tahun: "2023" }]
 */
export function unheldMayorsRegulations(text: string, index: CorpusIndex): Array<{ nomor: string; tahun: string }> {
  return [...text.matchAll(MAYORS_REGULATION)]
    .map((m) => ({ nomor: m[1]!, tahun: m[2]! }))
    .filter(({ nomor, tahun }) => !index.documents().some((d) => d.kind === "regulation" && d.meta.nomor === nomor && String(d.meta.tahun) === tahun));
}

/**
 * A law's title: after "tentang", or led by a word that opens Indonesian statute titles
 * (Pelindungan Data Pribadi, Informasi dan Transaksi Elektronik, Cipta Kerja, ...).
 */
const LAW_TITLE =
  /\b(?:uu|undang undang|undang) (?:(?:nomor |no )?\d+ (?:tahun )?\d{4} )?(?:tentang (\p{L}{3,} \p{L}{3,})|((?:pelindungan|perlindungan|keterbukaan|informasi|cipta|ketenagakerjaan|perkawinan|perbankan|narkotika|kesehatan|pendidikan|pemilihan|lalu lintas|hak) \p{L}{3,}))/gu;

/**
 * Whether the question names a law the corpus never mentions (not even in a service standard's
 * legal basis): the sources cannot say what it provides.
 *
 * @example
 * unknownLaw("sanksi menurut uu pelindungan data pribadi", index) // true
 * unknownLaw("menurut uu 24 2013 akta gratis", index) // false: the standards cite UU 24/2013
 */
function unknownLaw(text: string, index: CorpusIndex): boolean {
  const corpus = corpusText(index);
  for (const m of text.matchAll(LAW_NUMBER)) {
    if (!corpus.includes(` ${m[1]} ${m[2]} `) && !corpus.includes(` ${m[1]} tahun ${m[2]} `)) return true;
    // Cited by our sources but not held: the words of one of its Pasal ("apa bunyi Pasal 5 Perpres 95/2018?").
    if (QUOTES_PASAL.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40))) return true;
  }
  // A mayor's regulation we do not hold, even if one of ours cites it ("Perwali Probolinggo No. 224 Tahun 2019" in a
  // Mengingat): the sources do not hold what it provides.
  if (unheldMayorsRegulations(text, index).length > 0) return true;
  // Any reading known to the corpus makes the law known ("UU tentang adminduk" also reads "administrasi kependudukan").
  const titles = [...text.matchAll(LAW_TITLE)].map((m) => m[1] ?? m[2]!);
  return titles.length > 0 && titles.every((t) => !corpus.includes(` ${t} `));
}

/** Asking the words of a Pasal ("bunyi pasal 5", "isi pasal 79A", "what does article 5 say"). */
const QUOTES_PASAL =
  /\b(bunyi|isi|kutip\w*|teks|quote|text|wording)\b.{0,20}\b(pasal|article)\s+\d+|\b(pasal|article)\s+\d+\w?\b.{0,40}\b(bunyinya|isinya|berbunyi|say|says|state|states)\b/;

const QUOTES_OTHER_LAWS_PASAL = new RegExp(
  String.raw`\b(bunyi|isi|teks|kutip\w*|quote|text|wording)\b.{0,20}\b(pasal|article) \d+\w? (of (the )?)?(${OTHER_LAW_KIND}|law|government regulation|presidential regulation)\b`,
);
/** A Pasal of a national law or another kind of regulation asked word for word ("apa bunyi Pasal 18 Perpres 95/2018 …"): never one we hold. */
export function quotesOtherLawsPasal(text: string): boolean {
  return QUOTES_OTHER_LAWS_PASAL.test(text);
}

const OTHER_LAWS_CONTENT = new RegExp(
  String.raw`\b(isi|isinya|bunyi|uraikan|contents? of|what does)\b( \S+){0,2} ${OTHER_LAW_KIND}\b(?! (ini|kita|kami|kota|daerah|kabupaten|provinsi)\b)`,
);
/**
 * A national law or another kind of regulation asked for its content ("jelaskan isi Perpres itu mengenai …"), though one of
 * ours cites it in its Mengingat: we hold the citation, not the law.
 */
export function asksOtherLawsContent(text: string): boolean {
  return OTHER_LAWS_CONTENT.test(text);
}

/** Kinds of regulation other than the corpus's own ("Pergub", "Perbup", "Perdes"): named by kind, a law of that kind is one the corpus may not hold. */
const LAW_KIND = /\b(peraturan gubernur|pergub|peraturan bupati|perbup|peraturan desa|perdes|qanun|governor'?s regulation|regent'?s regulation)\b/g;

/** Whether the question names a kind of regulation the corpus never mentions ("Pergub Sultra tentang SPBE"). */
export function unknownLawKind(text: string, index: CorpusIndex): boolean {
  const corpus = corpusText(index);
  return /\b(tentang|nomor|isi|bunyi|pasal|about|number)\b/.test(text) && [...text.matchAll(LAW_KIND)].some((m) => !corpus.includes(` ${m[1]} `));
}

/** "Is there a regulation on …", "apakah ada aturan tentang …": whether a rule on a topic exists. */
const ASKS_RULE_ON =
  /\b(ada|any|is there|are there)\b.{0,30}\b(aturan|peraturan|regulasi|ketentuan|perwali|regulation|rule|policy)\w*\b.{0,12}?\b(tentang|soal|mengenai|terkait|untuk|on|about|regarding|for)\b((?: \S+){1,10})/;

/**
 * A rule asked about a topic the corpus never names ("ada aturan tentang penggunaan ChatGPT?"): no regulation
 * here can cover it. At least two fifths of the topic's longer words, one of five letters or more, are unknown.
 */
function unknownRuleTopic(text: string, index: CorpusIndex): boolean {
  const m = ASKS_RULE_ON.exec(text);
  if (!m) return false;
  const corpus = corpusText(index);
  // An English word the glossary translates ("whether", "often") is neither a known nor an unknown topic word.
  const words = m[4]!.split(" ").filter((w) => w.length >= 3 && (!(w in EN_ID_WORDS) || corpus.includes(` ${w} `)));
  // Known as written, without a clitic ("penyerahannya"), or by its stem anywhere in a word ("serah" in "penyerahan").
  const known = (w: string) => corpus.includes(` ${w.replace(/(nya|lah|kah)$/, "")}`) || tokenize(w).some((t) => t.length >= 3 && corpus.includes(t));
  const unknown = words.filter((w) => !known(w));
  return words.length > 0 && unknown.some((w) => w.length >= 5) && unknown.length / words.length >= 0.4;
}

const texts = new WeakMap<CorpusIndex, string>();

/** Every chunk's text, normalised, once per index ("UU 24/2013" reads " uu 24 2013 "). */
function corpusText(index: CorpusIndex): string {
  let all = texts.get(index);
  if (all === undefined) {
    all = ` ${[...index.chunks()].map((c) => normalizeText(c.text)).join(" ")} `;
    texts.set(index, all);
  }
  return all;
}
