/**
 * Answers about a regulation itself, from the index's structure and front matter: when it was
 * enacted and promulgated, how many Pasal it has, whether Pasal N (ayat M) exists, its title, and
 * what it revokes or is revoked by. A Pasal that does not exist is said to be missing, never quoted.
 */
import type { CorpusIndex } from "../index/corpus-index.js";
import type { StoredChunk } from "../index/manifest.js";
import type { RegulationMeta } from "../corpus/regulation.js";
import { analyzeQuery } from "../retrieval/query-analysis.js";
import { normalizeText, SENTENCE_END } from "../text/normalize.js";
import { canned, type Lang } from "./statuses.js";
import { cityPremise } from "./regulation-premises.js";
import { GIVEN_WORDS } from "./premise.js";
import { revocationClaimed } from "./revocation-claims.js";
import { regulationBySystem, regulationName as name, regulationTarget } from "./regulation-target.js";
import { OTHER_LAW_KIND, unheldMayorsRegulations } from "../retrieval/unknown-laws.js";
import { missingSlot } from "../retrieval/unlisted.js";

export interface DocumentFacts {
  status: "answered" | "no_answer" | "refused";
  answer: string;
  /** Chunks cited, first the one that answers. */
  used: StoredChunk[];
}

const PASAL_REF = /\bpasal\s+(\d{1,3})(?:\s+ayat\s+(\d{1,2}))?\b/;
/** A law of another kind named right after a Pasal ("pasal 18 perpres …", "pasal 79a uu …"). */
const OTHER_LAW_AFTER = new RegExp(String.raw`^\s*${OTHER_LAW_KIND}\b`);
const ASKS_DATE =
  /\b(kapan|tanggal|tgl|when|date)\b.*\b(\w*tetap\w*|diundangkan|\w*undang\w*|\w*sah\w*|\w*terbit\w*|berlaku|enact\w*|promulgat\w*|sign\w*|ditandatangani\w*|diteken\w*|issued|effect|force|dibuat)\b|\b(ditetapkan|diundangkan|ditandatangani|diteken|disahkan)\b.*\b(kapan|tanggal|tgl)\b|\b(ditetapkan|diundangkan|disahkan|enacted|promulgated|signed)\b.{0,40}\b\d{1,2} [a-z]+ \d{4}\b(?!.*\b(siapa|apa|bagaimana|gimana|berapa|who|what|how)\b)/;
/** The date asked is of a decree or decision made under the regulation ("kapan SK-nya terbit", "when was the decree signed"). */
const OTHER_DOCUMENT_DATE =
  /\b(sk|sk nya|sknya|surat keputusan|keputusan|kepwal|decree|decision)\b.{0,20}\b(\w*terbit\w*|keluar|\w*tetap\w*|dibuat|issued|signed|made)\b|\b(kapan|tanggal|tgl|when|date)\b.{0,30}\b(sk|sk nya|sknya|surat keputusan|keputusan|kepwal|decree|decision)\b/;
/** When it takes effect, as opposed to when it was signed. */
const ASKS_IN_FORCE =
  /\b(mulai berlaku\w*|berlaku sejak|sejak kapan|take[sn]? effect|took effect|comes? into (force|effect)|came into (force|effect)|in (force|effect) since|effective (date|from|since))\b/;
/** How many Pasal it has; not how many deal with a topic ("how many articles deal with security?", "berapa pasal yang mengatur …"). */
const ASKS_COUNT =
  /\b(berapa|jumlah|how many|number of)\b.{0,20}\b(pasal|bab|articles?)\b(?!( \S+){0,6} (deal|deals|cover|covers|about|mention\w*|(?<!\b(regulation|peraturan|perwali|rules|aturan|\d{4}) )on|regulat(?!ions?\b)\w*|mengatur|tentang|membahas|soal)\b)/;
/** What a regulation says: its content, Pasal or provisions. */
const ASKS_CONTENT =
  /\b(isi(nya)?|bunyi(nya)?|pasal[- ]pasal(nya)?|mengatur apa|diatur|contents?|provisions?|what (does|did)\b.{0,50}\bsay|said|articles|chapters|principles|prinsip\w*|summar\w*|ringkas\w*|rangkum\w*)\b/;
/** Whether a Pasal exists at all ("ada pasal 11 nya kah?", "is there a Pasal 12?"). */
const ASKS_EXISTENCE = /\b(ada|adakah|punya|memiliki|terdapat|memuat|is there|are there|does (it|the regulation) (have|contain|include)|exists?)\b/;
/**
 * What the asker supposes the Pasal is about ("Pasal 12 yang mengatur sanksi") and its content asked only if it exists
 * ("Jika ada, mohon dijelaskan isinya", "if so, what does it say?"): neither asks for wording the Pasal must have.
 */
const SUPPOSED_OR_CONDITIONAL =
  /\b(yang|yg|that|which) (mengatur|menyebut\w*|menyatakan|says?|covers?|regulates?|deals? with)\b|\b(jika|kalau|kalo|klo|bila|apabila|if)( memang| it)? (ada|so|there is|exists?|yes|iya)\b.*$/g;
/** What a Pasal says, asked or quoted. */
const ASKS_WORDING = /\b(bunyi\w*|isi(nya)?|kutip\w*|teks\w*|quote|text|wording|says?|berbunyi|mengatur|menyatakan|menyebut\w*)\b/;
/** What a typed value is called (see `missingSlot`), in Indonesian and English. */
const SLOT_WORDS: Record<string, [string, string]> = {
  sanction: ["sanksi atau denda", "a sanction or fine"],
  amount: ["besaran biaya", "an amount"],
  hours: ["jam layanan", "opening hours"],
  decision: ["nomor keputusan", "a decree number"],
  schedule: ["jadwal", "a schedule"],
  count: ["jumlahnya", "a count"],
};
/** A clause that asks something (normalised words). */
const INTERROGATIVE_CLAUSE = /\b(apa|apakah|siapa|bagaimana|berapa|kapan|mana|who|what|how|when|which|where|whether|is there|does)\b/;

/** Whether every clause that asks something asks a fact of the document itself (dates, status, count, a Pasal's existence). */
function onlyFactsAsked(question: string): boolean {
  const clauses = question
    .split(/[?.!,;]|\b(?:dan|sekalian|trus|terus|lalu|also|and)\b/i)
    .map(normalizeText)
    .filter((c) => INTERROGATIVE_CLAUSE.test(c) || REQUESTED.test(c));
  const fact = (c: string) =>
    DOCUMENT_WORD.test(c) &&
    [ASKS_DATE, ASKS_COUNT, ASKS_IN_FORCE, ASKS_REVOKE, ASKS_TITLE, ASKS_LAST, PASAL_REF, /\b(tanggal|date|berita daerah|lembaran daerah)\b/].some((re) =>
      re.test(c),
    );
  return clauses.length > 0 && clauses.every(fact);
}
/** A request without a question word ("jelaskan fitur …", "tolong sebutkan …"). */
const REQUESTED = /\b(jelaskan|sebutkan|uraikan|tolong|mohon|explain|tell me|describe|list)\b/;
/** The words of a document's own facts ("ditetapkan", "berlaku", "pasal", "berita daerah"). */
const DOCUMENT_WORD =
  /\b(ditetapkan|diundangkan|disahkan|berlaku|dicabut|mencabut|pasal|bab|berita daerah|lembaran daerah|perwali|peraturan|enacted|promulgated|in force|revoked|article|regulation)\b/;

/** Which Pasal is the last, or holds the closing provisions ("pasal terakhirnya pasal berapa", "ketentuan penutupnya di pasal brp"). */
const ASKS_LAST = /\b(pasal terakhir\w*|ketentuan penutup\w*|(last|final) (pasal|article)|closing (provisions?|article))\b/;
/** What the last Pasal says, asked ("isi pasal terakhir", "pasal terakhir mengatur apa", "what does the last article say"). */
const LAST_CONTENT = /\b(isi\w*|bunyi\w*|berbunyi|mengatur|kutip\w*|says?|contents?|quote|wording)\b/;
/** A Pasal's own words asked for ("bunyi pasal 15", "quote Pasal 15", "the exact wording"). */
const QUOTE_ASKED = /\b(bunyi(nya)?|kutipkan|quote|exact (text|wording)|wording|berbunyi)\b/;
/** What someone said a Pasal holds, or a confirmation asked ("teman bilang ada pasal sanksi", "… kan?"). */
const TOLD = /\b(bilang|katanya|kata|dengar|denger|menurut|told|said|heard|kan|right|correct|benar|betul|bener|konfirmasi|confirm)\b/;
const ASKS_TITLE = /\b(judul(nya)?|title|nama lengkap|full name)\b|\btentang apa\b|\bisinya tentang\b|\bwhat is it about\b/;
/**
 * Whether it revokes or is revoked, or its status. Replacing or amending counts only of a regulation ("did it replace an older
 * one", "sudah diganti?"), not of what a claim says it replaces ("… replace the official service standards").
 */
const ASKS_REVOKE =
  /\b(cabut|mencabut|dicabut|pencabutan|masih berlaku|tidak berlaku|masih (aktif|dipakai|digunakan)|status(nya)?|revoke\w*|repeal\w*|cancel\w*|annul\w*|supersede\w*|still (valid|in force|current|berlaku)|(current|legal) status)\b|\b(replace[sd]?|ganti\w*|mengganti\w*|diubah|mengubah|amend\w*)\b( (an? |the |some |any )?(perwali|perwal|peraturan|regulation|aturan|older|previous|earlier|old|sebelumnya|yang lama|yg lama|apa|yang mana|yg mana|which|what|another)\b| (by|oleh|dengan) (perwali|perwal|peraturan|regulation|apa|which|what)\b|\s*$)|\b(sudah|udah|udh|sdh|telah|was|been|pernah) (replace[sd]?|diganti\w*|diubah|amended)\b/;

function fmtDate(iso: string | null, lang: Lang): string | null {
  if (!iso) return null;
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === "en" ? "en-GB" : "id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

function docChunks(index: CorpusIndex, docId: string): StoredChunk[] {
  return [...index.chunks()].filter((c) => c.docId === docId);
}

function pasalNumbers(chunks: StoredChunk[]): number[] {
  return [...new Set(chunks.map((c) => Number(c.pasal)).filter((n) => Number.isInteger(n) && n > 0))].sort((a, b) => a - b);
}

/**
 * Facts about the regulation a question names, or null when the question is not about one.
 *
 * @example
 * documentFacts("bunyi pasal 25 perwali 37/2024?", index, "id")
 * // { status: "no_answer", answer: "Tidak ada pasal bernomor 25 dalam ... Peraturan ini memuat Pasal 1 sampai Pasal 10.", used: [] }
 * documentFacts("perwali 37/2024 ada pasal 25 gk?", index, "id") // the same answer, "answered", citing the regulation's opening
 */
export function documentFacts(question: string, index: CorpusIndex, lang: Lang, defaultCity = "kendari"): DocumentFacts | null {
  const text = normalizeText(question);
  const scope = analyzeQuery(question, index);
  const premise = cityPremise(question, scope, index, lang, defaultCity) ?? revocationClaimed(text, question, index, lang);
  if (premise) return premise;
  // A mayor's regulation we do not hold, named beside one we do ("Perwali 15/2023, which replaced Perwali 41/2021"): its
  // content, and what it did to ours, are not in the sources.
  const unheld = unheldMayorsRegulations(text, index)[0];
  if (unheld)
    return {
      status: "no_answer",
      answer:
        lang === "en"
          ? `A mayor's regulation number ${unheld.nomor} of ${unheld.tahun} is not in my sources, so I cannot say what it contains or what it changed.`
          : `Peraturan Wali Kota Nomor ${unheld.nomor} Tahun ${unheld.tahun} tidak ada dalam sumber saya, jadi saya tidak dapat menyebutkan isinya atau apa yang diubahnya.`,
      used: [],
    };
  // Named by the system it sets up ("Perwali Probolinggo soal Portal Emas"), it is the target only of a question that asks
  // nothing but its own facts ("… ditetapkan kapan?"), not of one that also asks what it provides ("dikelola bagian apa?").
  const bySystem = () => {
    const d = regulationBySystem(question, scope, index);
    return d && onlyFactsAsked(question) ? d : undefined;
  };
  const doc = regulationTarget(question, scope, index, defaultCity) ?? bySystem();
  if (doc?.kind !== "regulation") return null;
  const meta = doc.meta;
  const chunks = docChunks(index, doc.docId);
  const numbers = pasalNumbers(chunks);
  const opening = chunks.find((c) => c.meta.unit === "pembukaan") ?? chunks[0];
  const en = lang === "en";
  const ref = PASAL_REF.exec(text);
  // "Pasal 18 Perpres 95/2018 yang dijadikan dasar Mengingat dalam Perwali 41/2021": a Pasal of another law, not of ours.
  if (ref && OTHER_LAW_AFTER.test(text.slice(ref.index + ref[0].length))) return null;
  const asksCount = ASKS_COUNT.test(text);
  // Asked beside other facts of the document ("when was it signed, how many articles, is there a Pasal 12?"), a missing
  // Pasal is one of the facts answered.
  const besideOtherFacts =
    ASKS_DATE.test(text) || asksCount || ASKS_TITLE.test(text) || ASKS_IN_FORCE.test(text) || ASKS_REVOKE.test(text) || ASKS_LAST.test(text);
  let missingPasal: string | null = null;
  if (ref && numbers.length > 0) {
    const [n, ayat] = [Number(ref[1]), ref[2]];
    if (!numbers.includes(n)) {
      // The missing number is not written as "Pasal N", which a skimming reader (or a quote of the reply) takes for a citation.
      // The Pasal it has are named, unless the count asked beside it names them already.
      const range = en ? ` It has Pasal 1 to Pasal ${numbers.at(-1)}.` : ` Peraturan ini memuat Pasal 1 sampai Pasal ${numbers.at(-1)}.`;
      missingPasal = `${en ? `There is no Pasal numbered ${n} in ${name(meta)} on ${meta.judul}.` : `Tidak ada pasal bernomor ${n} dalam ${name(meta)} tentang ${meta.judul}.`}${asksCount ? "" : range}`;
      if (!besideOtherFacts) {
        // Only asked whether it exists ("ada Pasal 11-nya kah?"), the answer is a fact of the document; asked what it says,
        // or told what it says, there is nothing to answer from.
        const existence = ASKS_EXISTENCE.test(text) && !ASKS_WORDING.test(text.replace(SUPPOSED_OR_CONDITIONAL, " ")) && !TOLD.test(text);
        return existence && opening ? { status: "answered", answer: missingPasal, used: [opening] } : { status: "no_answer", answer: missingPasal, used: [] };
      }
    } else {
      const inPasal = chunks.filter((c) => c.pasal === String(n));
      const ayatList = ayatsOf(inPasal);
      if (ayat && ayatList.length > 0 && !ayatList.includes(ayat)) {
        const ayats = ayatList.map((a) => `(${a})`).join(", ");
        return {
          status: "no_answer",
          answer: en
            ? `Pasal ${n} of ${name(meta)} has no ayat (${ayat}); it has ayat ${ayats}.`
            : `Pasal ${n} ${name(meta)} tidak memiliki ayat (${ayat}); ayatnya: ${ayats}.`,
          used: [],
        };
      }
      // Cited as the story's ground ("Pasal 43 kasih waktu 2 tahun … sanksinya apa?"), it is not quoted as the answer to a value it
      // does not hold.
      const slot = missingSlot(question, inPasal);
      // What it was told to say is checked against its words instead (see `finalizeTurn`).
      if (slot && !ASKS_WORDING.test(text) && !TOLD.test(text)) {
        const what = SLOT_WORDS[slot.slot]?.[en ? 1 : 0] ?? (en ? "what you ask" : "yang Anda tanyakan");
        return {
          status: "no_answer",
          answer: en
            ? `Pasal ${n} of ${name(meta)} does not state ${what}, and my sources do not either.`
            : `Pasal ${n} ${name(meta)} tidak menyebutkan ${what}, dan sumber saya juga tidak memuatnya.`,
          used: [],
        };
      }
      return quotePasal(inPasal, ayat, meta, lang);
    }
  }
  // A metadata-only record (a revoked regulation whose text is not held) answers whether it is in force,
  // whatever the words ("masih bisa saya kutip sebagai dasar hukum yang berlaku?"), but not what it says.
  const statusOnly = numbers.length === 0 && meta.status === "dicabut" && !ASKS_CONTENT.test(text) && !ASKS_TITLE.test(text);
  if (numbers.length === 0 && (ASKS_CONTENT.test(text) || (!ASKS_REVOKE.test(text) && !ASKS_TITLE.test(text) && !statusOnly))) {
    // A metadata-only record (a revoked regulation whose text is not held): its content and dates are not known.
    const by = meta.dicabut_oleh ? index.document(meta.dicabut_oleh) : undefined;
    const byName = by?.kind === "regulation" ? name(by.meta) : (meta.dicabut_oleh ?? "");
    const revoked = meta.status === "dicabut" ? `${canned("revoked_note", lang, { name: name(meta), by: byName })} ` : "";
    return {
      status: "no_answer",
      answer: `${revoked}${en ? "Its text is not in my sources, so I cannot say what it contains." : "Teksnya tidak ada dalam sumber saya, jadi saya tidak dapat menyebutkan isinya."}`,
      used: [],
    };
  }
  const entry = ASKS_IN_FORCE.test(text) ? entryIntoForce(chunks, meta, lang) : null;
  // The dates asked are read in the question's own sentences, not the story around them ("… yang saya pegang hanya
  // tertulis tanggal penetapan"); a date of another document the regulation provides for ("kapan SK-nya terbit?") is not
  // the regulation's.
  const asking = question
    .split(SENTENCE_END)
    .filter((x) => x.trim().endsWith("?"))
    .map(normalizeText)
    .filter((x) => !(ASKS_DATE.test(x) && OTHER_DOCUMENT_DATE.test(x)));
  const othersOnly = asking.length === 0 && question.includes("?") && ASKS_DATE.test(text) && OTHER_DOCUMENT_DATE.test(text);
  if (othersOnly) return null;
  const date = ASKS_DATE.test(text) && !entry ? datesAsked(asking.length > 0 ? asking.join(" ") : text, meta, lang) : null;
  if (date?.missing) return { status: "no_answer", answer: date.lines.join(" "), used: [] };
  // The revocation claimed is of this regulation unless the question names one it revokes ("Perwali 51/2019 sudah dicabut oleh Perwali 41/2021?").
  // So is a revocation told before it is named ("Peraturan mana yang dicabut oleh Perwali 41/2021?": it is the one that revokes).
  const namesItsRevoked = meta.mencabut.some((id) => scope.regulations.includes(id));
  // A regulation that revokes another is claimed revoked itself only when the claim follows its name, no other regulation
  // between ("perwali 41 thn 2021 ttg SPBE udh dicabut", not "Perwali 41/2021, perwali e-government yang lama sudah dicabut").
  const named = String.raw`\b${meta.nomor}\b\D{0,12}${meta.tahun}\b`;
  const namedAt = Math.max(0, text.search(new RegExp(named)));
  const claimed =
    meta.mencabut.length === 0
      ? CLAIMS_REVOKED.test(text.slice(namedAt))
      : new RegExp(
          `${named}((?! (perwali|perwal|peraturan|regulation|aturan)\\b)( \\S+)){0,4} (sudah|telah|udah|udh|sdh|was|has been) (dicabut|diganti\\w*|revoked|repealed|replaced)\\b`,
        ).test(text);
  const claimsRevoked = claimed && !ASKS_WHETHER_REVOKED.test(text) && !ASKS_WHETHER_REVOKED.test(question.toLowerCase());
  if (ASKS_REVOKE.test(text) && meta.status !== "dicabut" && !namesItsRevoked && claimsRevoked) {
    // A false premise ("X sudah dicabut oleh Y, pasal berapa?"): there is no revoking Pasal to name.
    return {
      status: "no_answer",
      answer: en
        ? `According to my sources, ${name(meta)} is still in force; no Pasal revokes it.`
        : `Menurut sumber saya, ${name(meta)} masih berlaku; tidak ada pasal yang mencabutnya.`,
      used: [],
    };
  }
  const facts: string[] = [];
  const used: StoredChunk[] = [];
  if (ASKS_REVOKE.test(text) || statusOnly) {
    const by = meta.dicabut_oleh ? index.document(meta.dicabut_oleh) : undefined;
    if (meta.status === "dicabut" && by?.kind === "regulation") {
      const c = revokingChunk(index, by.docId, meta);
      facts.push(canned("revoked_note", lang, { name: name(meta), by: `${name(by.meta)}${c?.pasal ? ` (Pasal ${c.pasal})` : ""}` }));
      if (c) used.push(c);
    } else {
      facts.push(
        en
          ? `${name(meta)} is in force in my sources${meta.diubah_oleh.length ? `, amended by ${meta.diubah_oleh.join(", ")}` : ""}.`
          : `${name(meta)} masih berlaku menurut sumber saya${meta.diubah_oleh.length ? `, dengan perubahan oleh ${meta.diubah_oleh.join(", ")}` : ""}.`,
      );
    }
    for (const id of meta.mencabut) {
      const old = index.document(id);
      const oldName = old?.kind === "regulation" ? `${name(old.meta)} tentang ${old.meta.judul}` : id;
      facts.push(en ? `It revokes ${oldName}.` : `Peraturan ini mencabut ${oldName}.`);
      const c = old?.kind === "regulation" ? revokingChunk(index, doc.docId, old.meta) : undefined;
      if (c) used.unshift(c);
    }
    if (meta.mencabut.length === 0 && meta.status !== "dicabut")
      facts.push(en ? "It does not revoke another regulation." : "Peraturan ini tidak mencabut peraturan lain.");
  }
  if (entry) {
    facts.push(entry.line);
    used.unshift(entry.chunk);
  }
  if (date) facts.push(...date.lines);
  if (asksCount && numbers.length > 0)
    facts.push(
      en
        ? `It has ${numbers.length} Pasal (Pasal 1 to Pasal ${numbers.at(-1)}).`
        : `Peraturan ini terdiri atas ${numbers.length} Pasal (Pasal 1 sampai Pasal ${numbers.at(-1)}).`,
    );
  if (ASKS_LAST.test(text) && numbers.length > 0) {
    const last = numbers.at(-1)!;
    const closing = chunks.find((c) => c.pasal === String(last));
    // What it says asked ("apa isi pasal terakhir", "bunyi pasal terakhir perwali chatina"): it is quoted.
    if (LAST_CONTENT.test(text))
      return quotePasal(
        chunks.filter((c) => c.pasal === String(last)),
        undefined,
        meta,
        lang,
      );
    const inClosing = closing?.headingPath.some((h) => /penutup/i.test(h)) ?? false;
    facts.push(
      en
        ? `Its last Pasal is Pasal ${last}${inClosing ? ", in the closing provisions (Ketentuan Penutup)" : ""}.`
        : `Pasal terakhirnya adalah Pasal ${last}${inClosing ? ", dalam Ketentuan Penutup" : ""}.`,
    );
    if (closing) used.unshift(closing);
  }
  if (ASKS_TITLE.test(text)) facts.push(en ? `Its full title is ${name(meta)} on ${meta.judul}.` : `Judul lengkapnya: ${name(meta)} tentang ${meta.judul}.`);
  if (missingPasal) {
    // Its words asked ("quote Pasal 15 …, the article that revokes …"): the other facts are told, but there is nothing to quote.
    if (facts.length === 0 || QUOTE_ASKED.test(text)) return { status: "no_answer", answer: [missingPasal, ...facts].join(" "), used: [] };
    facts.push(missingPasal);
  }
  if (facts.length === 0) return null;
  if (opening && !used.includes(opening)) used.push(opening);
  const head = en ? `About ${name(meta)} (${meta.judul}):` : `Tentang ${name(meta)} (${meta.judul}):`;
  // A revoked regulation taken as in force ("Since Perwali 51/2019 is the regulation currently in force, what does it say …"):
  // the premise is not granted, and the revocation is what the answer says.
  const said = question.toLowerCase();
  const premiseRefused =
    meta.status === "dicabut" &&
    (CLAIMS_IN_FORCE.test(text) || CLAIMS_IN_FORCE.test(said)) &&
    !TELLS_REVOKED.test(text) &&
    !ASKS_WHETHER_REVOKED.test(text) &&
    !ASKS_WHETHER_REVOKED.test(said);
  const body = `${head}\n${facts.map((f) => `• ${f}`).join("\n")}`;
  return premiseRefused ? { status: "refused", answer: `${canned("unconfirmed_claim", lang)}\n\n${body}`, used } : { status: "answered", answer: body, used };
}

/** The ayat numbers of a Pasal: from its ayat chunks, else from the "(n)" markers in its text. */
function ayatsOf(inPasal: StoredChunk[]): string[] {
  const fromChunks = inPasal.map((c) => c.ayat).filter((a): a is string => !!a);
  const found = fromChunks.length ? fromChunks : inPasal.flatMap((c) => [...c.text.matchAll(/(?:^|\n|[-•]\s*)\((\d{1,2})\)\s/g)].map((m) => m[1]!));
  return [...new Set(found)];
}

const ASKS_PROMULGATED = /\b((diundangkan|undangkan|pengundangan)(nya)?|promulgat\w*|published|berita daerah|lembaran daerah)\b/;
const ASKS_ENACTED = /\b((ditetapkan|tetapkan|penetapan|disahkan|sahkan)(nya)?|enact\w*|signed|sign)\b/;
/** Whether it was revoked, asked rather than claimed ("sudah dicabut belum?", "apakah sudah dicabut", "still in force or revoked?"). */
const ASKS_WHETHER_REVOKED =
  /\b(apakah|apa|whether|is it|has it|was it)\b(?!( \S+){0,2} (benar|betul|bener|true)\b)( \S+){0,8} (sudah|telah|dicabut|revoked|repealed)\b|\b(dicabut|revoked|repealed)( \S+){0,2} (belum|blm|atau|or not|yet)\b|\b(masih berlaku|still (valid|in force))\b(( \S+){0,3} (atau|ato|or|gak|tidak|nggak|ga|gk|belum|kah)\b|\s*\?)/;
/** Said to be in force as a given ("since it is the regulation currently in force", "karena perwali itu yang masih berlaku"). */
const CLAIMS_IN_FORCE = new RegExp(
  String.raw`\b${GIVEN_WORDS}\b.{0,140}\b((is|are)( \S+){0,3} (currently |still )?in force|currently in force|still in force|still valid|masih berlaku|berlaku saat ini)\b`,
);
/** The revocation told by the asker themselves ("karena Perwali 51/2019 sudah dicabut, yang berlaku sekarang yang mana?"). */
const TELLS_REVOKED = /\b(dicabut|tidak berlaku|revoked|repealed|no longer)\b/;
const CLAIMS_REVOKED = /\b(sudah|telah|was|has been)\b.{0,20}\b(dicabut|revoked|repealed)\b|\bdicabut (oleh|dengan)\b|\b(revoked|repealed) by\b/;

/** The dates a question asks for; `missing` when none of those asked for is recorded. */
function datesAsked(text: string, meta: RegulationMeta, lang: Lang): { lines: string[]; missing: boolean } {
  const en = lang === "en";
  // A date set aside ("bukan tanggal penetapan", "not the enactment date") is not asked.
  const asked = text.replace(/\b(bukan|not|rather than|instead of)( the)? (tanggal |date of )?\w+( date)?\b/g, " ");
  const wantPub = ASKS_PROMULGATED.test(asked);
  const wantSet = ASKS_ENACTED.test(asked) || !wantPub;
  const set = fmtDate(meta.ditetapkan, lang);
  const pub = fmtDate(meta.diundangkan, lang);
  const lines: string[] = [];
  let missing = false;
  if (wantSet) {
    if (set) lines.push(en ? `It was enacted (ditetapkan) on ${set}.` : `Ditetapkan pada ${set}.`);
    else missing = true;
  }
  if (wantPub) {
    if (pub) lines.push(en ? `It was promulgated (diundangkan) on ${pub}.` : `Diundangkan pada ${pub}.`);
    else missing = true;
  }
  const found = lines.length > 0;
  if (missing)
    lines.push(
      en
        ? `The ${wantPub && !pub ? "promulgation" : "enactment"} date of ${name(meta)} is not recorded in my sources.`
        : `Tanggal ${wantPub && !pub ? "diundangkannya" : "penetapannya"} ${name(meta)} tidak tercatat dalam sumber saya.`,
    );
  return { lines, missing: missing && !found };
}

/**
 * The closing Pasal that says when the regulation takes effect ("… mulai berlaku pada tanggal
 * diundangkan"), with the date that makes it, when the front matter records it.
 */
function entryIntoForce(chunks: StoredChunk[], meta: RegulationMeta, lang: Lang): { chunk: StoredChunk; line: string } | null {
  const chunk = chunks.find((c) => c.pasal && /mulai berlaku pada tanggal (di)?undangkan/i.test(c.text));
  if (!chunk) return null;
  const en = lang === "en";
  const pub = fmtDate(meta.diundangkan, lang);
  const line = pub
    ? en
      ? `It takes effect on the day it is promulgated (Pasal ${chunk.pasal}): ${pub}.`
      : `Mulai berlaku pada tanggal diundangkan (Pasal ${chunk.pasal}), yaitu ${pub}.`
    : en
      ? `It takes effect on the day it is promulgated (Pasal ${chunk.pasal}); the promulgation date is not recorded in my sources.`
      : `Mulai berlaku pada tanggal diundangkan (Pasal ${chunk.pasal}); tanggal diundangkannya tidak tercatat dalam sumber saya.`;
  return { chunk, line };
}

/** The Pasal of `docId` that revokes the regulation `old` (its closing provisions name it). */
function revokingChunk(index: CorpusIndex, docId: string, old: RegulationMeta): StoredChunk | undefined {
  const re = new RegExp(`nomor\\s+${old.nomor}\\s+tahun\\s+${old.tahun}[\\s\\S]{0,400}(dicabut|tidak berlaku)`, "i");
  return docChunks(index, docId).find((c) => c.pasal && re.test(c.text));
}

/** Longest quote of one unit, in characters; the citation links the whole Pasal. */
const QUOTE_CHARS = 700;

/** An existing Pasal (or ayat) asked for by number: quoted as it stands. */
function quotePasal(inPasal: StoredChunk[], ayat: string | undefined, meta: RegulationMeta, lang: Lang): DocumentFacts {
  const exact = ayat ? inPasal.filter((c) => c.ayat === ayat) : [];
  const units = (exact.length ? exact : inPasal.filter((c) => c.meta.unit !== "definisi" || inPasal.length === 1)).slice(0, 3);
  const chosen = units.length ? units : inPasal.slice(0, 3);
  const quote = (c: StoredChunk) => {
    const t = c.text.replace(/\s+/g, " ").trim();
    return `"${t.length > QUOTE_CHARS ? `${t.slice(0, QUOTE_CHARS - 1)}…` : t}"`;
  };
  const lead = lang === "en" ? `${name(meta)} on ${meta.judul} (quoted in Indonesian):` : `${name(meta)} tentang ${meta.judul}:`;
  const body = chosen.map((c, i) => `${c.label} [${i + 1}]:\n${quote(c)}`).join("\n\n");
  return { status: "answered", answer: `${lead}\n\n${body}`, used: chosen };
}
