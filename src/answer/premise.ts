/**
 * A question that asks the bot to confirm a claim ("akte bayar 50rb kan?", "KTP jadi 3 hari,
 * benar?", "harus pakai pengantar RT toh?") gets a yes only from the sources. A claim is judged by
 * the passages that state a value of its kind (figures in `text/figures.ts`, requirements in
 * `claims/requirements.ts`); when they state another, the claim is not confirmed.
 */

import { SENTENCE_END } from "../text/normalize.js";
import { dateValues, durationValues, frequencyValues, moneyValues, parseNumber } from "../text/figures.js";
import type { StoredChunk } from "../index/manifest.js";
import { provisionClaim } from "./claims/provisions.js";
import { deniedRequirement, listedRequirement, readAbolished } from "./claims/requirements.js";

/** "bayarnya 50rb ya?", "udah gratis kan sejak 2024?": a tag seeks confirmation of a statement, not of a question ("brp hari ya?"). */
const TAG_YA =
  /\b(ya|y|yah|yaa|yak|toh|to|tho)\s*(min|kak|ka|pak|bu|bang|mas|mbak|dik)?\s*\?|\b(kayaknya|sepertinya|kalau tidak salah|klo ga salah|setahu saya)\b[^.?!]*\b(ya|kan|toh)\s*\.?\s*$|\b(kan|kn)\b[^?]*\?/i;
const INTERROGATIVE =
  /\b(berapa|brp|apa|apakah|apa aja|apa saja|kapan|gimana|gmn|bagaimana|bgmn|di ?mana|dmn|mana|siapa|kenapa|knp|mengapa|bisa|bs|boleh|how|what|when|where|which|who|why)\b/i;
/** What someone else said ("tetangga bilang", "katanya", "my friend says"), asked to be checked ("bener gk?", "is that true?"). */
const HEARSAY =
  /\b(bilang|blg|kata|katanya|kabarnya|infonya|ngomong|says|said|told|heard|dengar|denger|dgr|dengar-dengar|denger-denger|denger2|dengar2)(?!\w)/i;
const VERIFY = /\b(bener|benar|betul|bnr)\s*(gk|ga|gak|nggak|tidak|enggak)\b|\bapa(kah)? (benar|betul|bener)\b|\bis (that|it|this) (true|right|correct)\b/i;
/** "kan?", "benar?", "iya kan", "apa benar …", "is that right?": the message seeks confirmation. */
const SEEKS_CONFIRMATION = [
  /\b(kan|kn|ya kan|iya kan|y kan|bener|benar|betul|bukan|gitu|begitu|right|correct|true)\s*(ya|yah|min|kak|pak|bu|gk|ga|gak|nggak|tidak)?\s*\?/i,
  /\b(iya kan|ya kan|bener kan|benar kan|betul kan|apa benar|apakah benar|apa betul|apakah betul|benarkah|betulkah|bener gak|bener gk|bener ga|benar tidak|betul tidak|bener nggak|is (it|that|this) (true|right|correct)|am i right|isn'?t it|confirm(ed)?|(benar|betul|bener) demikian|mohon konfirmasi|tolong konfirmasi|(bisa|tolong|mohon) (di)?konfirmasi(kan)? (itu|ini|hal ini|apakah|bahwa|kalau)|(mohon|tolong|harap) (di)?(benarkan|tegaskan|benerin|benarin)|dibenarkan|dibenerin|ya atau tidak|iya atau tidak|yes or no)\b/i,
  // "Is that the official price?", "itu resmi?": whether what was said is the official figure.
  /\b(is (that|this)|are (those|these)) (really )?(the |an? )?(official|legit(imate)?)\b|\b(itu|ini) (memang |beneran |benar )?(yang )?resmi\b.{0,15}\?/i,
];

/** A validity claimed to have no end, and the words a passage uses for one. */
const LIFETIME_CLAIM =
  /\b(seumur hidup|selamanya|for life|lifetime|forever|never expires?|tidak (ada )?(masa )?kedaluwarsa|gak ada masa berlaku|tidak ada masa berlaku)\b/i;
const STATES_VALIDITY = /\b(berlaku|masa berlaku|valid)\b/i;
/** "gratis kan?", "free, right?": a claimed fee of nothing. */
const FREE_CLAIM = /\b(gratis|free of charge|free|tanpa biaya)\b/i;
/** "gk usah bayar 30rb lg", "no longer pay Rp30,000": the fee claimed is nothing, not the amount named after it. */
const NO_PAYMENT =
  /\b(tidak|tdk|gak|gk|ga|nggak|enggak|no longer|don'?t|doesn'?t|not)\s+(usah\s+|perlu\s+|lagi\s+|need to\s+|have to\s+)?(bayar|membayar|pay|charged)\b[^.?!,;]{0,20}/gi;
/** "sudah dicabut", "has been revoked": a regulation claimed to be no longer in force. */
const REVOKED_CLAIM =
  /\b(sudah|telah|udah|udh|sdh)\s+(tidak berlaku|dicabut|diganti\w*)\b(?!\s+(belum|blm|atau|apa|or)\b)|\b(has been|was|is) (revoked|repealed|replaced)\b|\bno longer (valid|in force)\b/i;
const IN_FORCE = /\b(masih berlaku|still in force|is in force)\b/i;
/** "ditetapkan oleh Gubernur", "signed by the governor": who the user says made a regulation. */
const SIGNER_CLAIM =
  /\b(ditetapkan|ditandatangani|disahkan|dikeluarkan|diterbitkan|dibuat|enacted|signed|issued|made)\s+(?:oleh|by)\s+(?:the\s+)?(gubernur|bupati|menteri|presiden|dprd|camat|lurah|sekda|governor|regent|minister|president)\b/i;
/** Passages that state a fee, or a duration; only they can confirm or contradict a claimed one. */
const FREE = /\b(gratis|tidak dipungut biaya|tidak dipungut|tanpa biaya)\b/i;
const STATES_FEE = /\bRp\.?\s?\d/i;
const BRIBE =
  /\b((kalau|kalo|klo|biar|supaya|agar) (mau |ingin )?(cepat|cepet|lancar|jalur cepat)|pelicin|uang (rokok|kopi|terima kasih)|pungli|pungutan liar|oknum|(minta|meminta|dimintai) (uang|duit)|bribe|to speed (it|things) up)\b/i;
const ASKS_OFFICIAL = /\b(resmi|official|legal|sah)\b/i;
const ABOUT_ENACTMENT =
  /\b(ditetapkan|diundangkan|disahkan|diterbitkan|mulai berlaku|berlaku sejak|enacted|promulgated|signed|issued|took effect|came into force|berakhir|berlaku (sampai|hingga)|habis masa berlaku\w*|kedaluwarsa|expires?|expired|lapses?|lapsed|valid until|in force until)\b/i;
/** A sentence that reports what a cited Pasal says ("sy baca pasal 14 ayat 1, katanya …", "I read that Article 9 says …"). */
const REPORTS_PROVISION =
  /\b(pasal|article)\s+\d{1,3}\b.{0,80}\b(katanya|kabarnya|infonya|bunyinya|tertulis|disebutkan|says|states|said)\b|\b(katanya|kabarnya|infonya|says|said)\b.{0,80}\b(pasal|article)\s+\d{1,3}\b/i;
/** A claim about what a regulation provides ("ada Pasal yang mewajibkan …", "the Perwali requires …"). */
const PROVISION_CLAIMED =
  /\b(pasal|perwali|peraturan|article|regulation)\b.{0,80}\b(mewajibkan|wajib|mengatur|diatur|menetapkan|requires?|obliges?|says?|states?)\b/i;
const SAME_DAY = /\b(hari yang sama|saat itu juga|langsung jadi)\b/i;

/** A claim the passages contradict: the figure as the user wrote it ("" for a requirement), and the passages that judged it. */
export interface UnconfirmedClaim {
  figure: string;
  /** Indexes into the passages given: those that state a value of the claimed kind. */
  judges: number[];
  /**
   * The message asks whether what someone else said is true ("tetangga bilang …, bener gk?"): it gets the
   * correction and its answer, not a refusal. A claim put to be confirmed ("itu resmi kan?", "just confirm the
   * Rp25.000") is refused though an open question follows it ("bayarnya ke loket mana?"): the premise is not granted.
   */
  correctionOnly: boolean;
  /** The passage's own sentence that says otherwise, where one sentence does ("… tidak diperlukan"). */
  statement?: string;
}

/**
 * The sentences of a message that ask to be confirmed, each with the statement before it when the
 * sentence is only the question ("Bayar 50rb. Bener gak?").
 */
function claimSentences(question: string): { claims: string[]; correctionOnly: boolean } {
  const parts = question.split(SENTENCE_END).filter((p) => p.trim());
  const claims: string[] = [];
  let correctionOnly = false;
  parts.forEach((p, i) => {
    const seeks = SEEKS_CONFIRMATION.some((re) => re.test(p)) || (TAG_YA.test(p) && !INTERROGATIVE.test(p));
    const claim = i > 0 ? `${parts[i - 1]} ${p}` : p;
    if (seeks) claims.push(claim);
    if (seeks && HEARSAY.test(claim) && VERIFY.test(p)) correctionOnly = true;
  });
  return { claims, correctionOnly };
}

/**
 * How to pay asked, or the money readied, as though the fee were settled ("bayarnya di loket mana?", "sy sdh siapkan 75rb",
 * "Which QRIS code do I scan?"); "berapa biaya resminya?" asks the fee itself and gets it, the told one corrected.
 */
const PAYING_ASSUMED =
  /\b(bayar(nya)?( \w+)? (di|ke|lewat|via|pakai|pake|pakainya|secara)|(bisa |boleh )?(ditawar|dinego|nego|dicicil|dikurangi)|(loket|counter) (mana|yang mana|which)|transfer|qris|kwitansi\w*|kuitansi\w*|bukti bayar|(siapkan|siapin|sediakan|bawa) (uang|duit)\w*|rincian (tarif|biaya)\w*|pay (at|by|with|where|via|in cash)|pay (it|that|this)|bring (the )?(cash|money))\b/i;

/** An amount named as a fee, a fine or a charge ("biaya cetak Rp150.000", "kena denda Rp1 juta", "costs Rp50.000"), not a budget or an income. */
const FEE_AMOUNT =
  /\b(biaya\w*|tarif\w*|retribusi\w*|denda\w*|bayar\w*|kena|fee|fees|costs?|charges?|charged|fine)\b(\s+\S+){0,4}?\s+(rp\.?\s?\d|\d[\d.,]*\s?(rb|ribu|juta|k)\b)|\b(for|seharga|sebesar)\s+rp\.?\s?\d/i;
/** An amount the office itself assessed ("di SKRD tertulis sebesar Rp2.500.000", "the charge on my SKRD"). */
const ASSESSED = /\b(skrd|tagihan|ketetapan retribusi|assessment|invoice)\b/i;
/** A fee stated as the given a question rests on ("Since the police charge Rp500.000 …", "karena biayanya 50rb, …"). */
export const GIVEN_WORDS = String.raw`(since|because|as|given that|now that|karena|krn|mengingat|berhubung|sebab)`;
const GIVEN = new RegExp(String.raw`^\s*${GIVEN_WORDS}\b`, "i");

/** The sentences that report, from someone else, a fee as a fact, beside those already put for confirmation, when paying it is taken for granted. */
function toldFees(question: string, claims: string[]): string {
  if (!PAYING_ASSUMED.test(question)) return "";
  return (
    question
      .split(SENTENCE_END)
      // An official assessment's amount (an SKRD for a building's retribusi) is the office's own figure, not a claim.
      .filter((s) => (HEARSAY.test(s) || GIVEN.test(s)) && FEE_AMOUNT.test(s) && !ASSESSED.test(s) && !claims.some((c) => c.includes(s)))
      .join("\n")
  );
}

/**
 * The first fee, duration, frequency, validity or date a confirmation-seeking question claims that
 * the passages contradict, or null. Only passages that state a fee judge a fee, a duration a
 * duration, a date a date; amounts compare by value ("50rb" is "Rp50.000", "Rp 0" and "gratis"
 * are free), durations by number and unit ("lima tahun" is "5 (lima) tahun"), dates by day
 * ("1 Januari 2022" is not "11-1-2022"). Only the sentences that ask for confirmation are read, and
 * a duration in the user's story ("3 bulan lalu") is no claim.
 *
 * @example
 * unconfirmedClaim("akte lahir bayar 50rb kan?", ["Biaya/tarif:\nGratis"]); // { figure: "50rb", judges: [0] }
 * unconfirmedClaim("skck 30rb kan?", ["Biaya/tarif:\nRp30.000"]); // null
 * unconfirmedClaim("sy bayar 50rb tadi, syaratnya apa?", ["..."]); // null: no confirmation asked
 */
export function unconfirmedClaim(question: string, passages: string[]): UnconfirmedClaim | null {
  const asked = claimSentences(question);
  const claims = asked.claims.join("\n");
  // A fee someone told the asker, taken for granted by what is asked next ("petugas bilang biayanya Rp150.000 … tolong
  // rincikan", "A guy at the counter told me it costs Rp50.000. Which QRIS code do I scan?"): the premise is not granted.
  const told = toldFees(question, asked.claims);
  if (!claims && !told) return null;
  const judged = (states: (p: string) => boolean) => passages.flatMap((p, i) => (states(p) ? [i] : []));

  const feeJudges = judged((p) => STATES_FEE.test(p) || FREE.test(p));
  if (feeJudges.length > 0) {
    const text = feeJudges.map((i) => passages[i]).join("\n");
    const amounts = new Set(moneyValues(text).map((m) => m.value));
    for (const m of text.matchAll(/\b\d{1,3}(?:\.\d{3})+(?:,00)?\b/g)) amounts.add(parseNumber(m[0]));
    if (FREE.test(text)) amounts.add(0);
    // Money an officer asks for to go faster is a bribe reported, not a fee claimed ("petugas bilang kalau mau cepat kasih 100rb").
    const claimedFees = [claims, told]
      .join("\n")
      .split(SENTENCE_END)
      // unless the user asks whether that money is the official fee ("biaya blangko Rp50.000 biar cepet, itu resmi kan?").
      .filter((sentence) => !BRIBE.test(sentence) || ASKS_OFFICIAL.test(sentence))
      .join(" ");
    const claimed = moneyValues(claimedFees.replace(NO_PAYMENT, " "));
    const free = FREE_CLAIM.exec(claims) ?? new RegExp(NO_PAYMENT.source, "i").exec(claims);
    if (free && claimed.length === 0 && !amounts.has(0)) return { figure: free[0], judges: feeJudges, correctionOnly: asked.correctionOnly };
    for (const claim of claimed) if (!amounts.has(claim.value)) return { figure: claim.figure, judges: feeJudges, correctionOnly: asked.correctionOnly };
  }

  if (!claims) return null;
  const durationJudges = judged((p) => durationValues(p).length > 0 || SAME_DAY.test(p));
  if (durationJudges.length > 0) {
    const text = durationJudges.map((i) => passages[i]).join("\n");
    const stated = new Set(durationValues(text).map((d) => d.key));
    // "Selesai di hari yang sama" is a one-day duration ("sehari", "1 hari").
    if (SAME_DAY.test(text)) stated.add("1 hari");
    for (const claim of durationValues(claims))
      if (!stated.has(claim.key)) return { figure: claim.figure, judges: durationJudges, correctionOnly: asked.correctionOnly };
  }
  // A time limit said to be set by a regulation ("ada Pasal yang mewajibkan … membalas paling lambat 1x24 jam kan?") that no
  // passage found states at all: there is nothing to confirm it with.
  // "1x24 jam" is a day's 24 hours.
  const unstated =
    durationJudges.length === 0 && PROVISION_CLAIMED.test(claims)
      ? durationValues(claims.replace(/\b(\d+)\s*x\s*(\d+)\b/gi, (_, a: string, b: string) => String(Number(a) * Number(b))))[0]
      : undefined;
  if (unstated) return { figure: unstated.figure, judges: [], correctionOnly: asked.correctionOnly };

  const lifetime = LIFETIME_CLAIM.exec(claims);
  const validityJudges = judged((p) => STATES_VALIDITY.test(p));
  if (lifetime && validityJudges.length > 0 && !validityJudges.some((i) => LIFETIME_CLAIM.test(passages[i]!)))
    return { figure: lifetime[0], judges: validityJudges, correctionOnly: asked.correctionOnly };

  const frequencyJudges = judged((p) => frequencyValues(p).length > 0);
  if (frequencyJudges.length > 0) {
    const stated = new Set(frequencyJudges.flatMap((i) => frequencyValues(passages[i]!).map((f) => f.key)));
    for (const claim of frequencyValues(claims))
      if (!stated.has(claim.key)) return { figure: claim.figure, judges: frequencyJudges, correctionOnly: asked.correctionOnly };
  }

  // A requirement the passages say is not one, or one the user says is gone that a requirement list still holds.
  const gone = readAbolished(claims);
  const requirement = deniedRequirement(gone, passages) ?? listedRequirement(gone, passages);
  if (requirement) return { figure: "", judges: [requirement.judge], correctionOnly: asked.correctionOnly, statement: requirement.statement };

  // A regulation claimed revoked that the sources hold in force ("41/2021 sudah dicabut, benar?").
  const inForce = judged((p) => IN_FORCE.test(p));
  if (REVOKED_CLAIM.test(claims) && inForce.length > 0) return { figure: "", judges: inForce, correctionOnly: asked.correctionOnly };

  // Who made a regulation ("ditetapkan oleh Gubernur, kan?"): a role the regulation's own text never names.
  const role = SIGNER_CLAIM.exec(claims);
  const regulationText = judged((p) => /\b(wali ?kota|walikota|peraturan)\b/i.test(p));
  if (
    role &&
    /\b(perwali|peraturan|regulation|perda)\b/i.test(claims) &&
    regulationText.length > 0 &&
    !regulationText.some((i) => new RegExp(`\\b${role[2]}\\b`, "i").test(passages[i]!))
  )
    return { figure: role[2]!, judges: regulationText, correctionOnly: asked.correctionOnly };

  // A date is a claim only about when a regulation was made, took effect or ends, not the user's own dates.
  const dateJudges = judged((p) => dateValues(p).length > 0);
  if (dateJudges.length > 0 && ABOUT_ENACTMENT.test(claims)) {
    const dates = new Set(dateJudges.flatMap((i) => dateValues(passages[i]!).map((d) => d.key)));
    for (const claim of dateValues(claims))
      if (!dates.has(claim.key)) return { figure: claim.figure, judges: dateJudges, correctionOnly: asked.correctionOnly };
  }
  return null;
}

/**
 * A cited Pasal that does not say what a confirmation-seeking sentence claims it says (see
 * `provisionClaim`): judged by that provision alone, whose words are quoted.
 *
 * @example
 * unconfirmedProvision("Pasal 14 ayat (1) Perwali 1/2022 itu kendari.go.id kan?", [pasal14])?.statement
 * // "Nama domain resmi Pemerintah Daerah adalah kendarikota.go.id."
 */
export function unconfirmedProvision(question: string, chunks: Array<StoredChunk | undefined>): UnconfirmedClaim | null {
  const asked = claimSentences(question);
  // What the user read or heard a Pasal says ("sy baca pasal 14 ayat 1, katanya … didenda Rp50.000") is a claim too, asked or not.
  const reported = question.split(SENTENCE_END).filter((p) => REPORTS_PROVISION.test(p) && !asked.claims.some((c) => c.includes(p)));
  const found = provisionClaim([...asked.claims, ...reported], chunks);
  return found ? { figure: "", judges: [found.judge], correctionOnly: asked.correctionOnly, statement: found.statement } : null;
}
