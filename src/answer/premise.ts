/**
 * A question that asks the bot to confirm a figure ("akte bayar 50rb kan?", "KTP jadi 3 hari,
 * benar?") gets a yes only from the sources. When none of the passages an answer cites holds the
 * claimed fee or duration, the claim is not confirmed, whatever else the passages say.
 */

import { tokenize } from "../text/normalize.js";

/** "kan?", "benar?", "iya kan", "apa benar …", "is that right?": the message seeks confirmation. */
/** "bayarnya 50rb ya?", "udah gratis kan sejak 2024?": a tag seeks confirmation of a statement, not of a question ("brp hari ya?"). */
const TAG_YA = /\b(ya|y|yah|yaa|yak|toh|to|tho)\s*(min|kak|ka|pak|bu|bang|mas|mbak|dik)?\s*\?|\b(kan|kn)\b[^?]*\?/i;
const INTERROGATIVE =
  /\b(berapa|brp|apa|apakah|apa aja|apa saja|kapan|gimana|gmn|bagaimana|bgmn|di ?mana|dmn|mana|siapa|kenapa|knp|mengapa|bisa|bs|boleh|how|what|when|where|which|who|why)\b/i;
/** What someone else said ("tetangga bilang", "katanya", "my friend says"), asked to be checked ("bener gk?", "is that true?"). */
const HEARSAY = /\b(bilang|blg|kata|katanya|kabarnya|infonya|ngomong|says|said|told me|heard|dengar|denger|dengar-dengar|denger-denger|denger2|dengar2)(?!\w)/i;
const VERIFY = /\b(bener|benar|betul|bnr)\s*(gk|ga|gak|nggak|tidak|enggak)\b|\bapa(kah)? (benar|betul|bener)\b|\bis (that|it|this) (true|right|correct)\b/i;
const SEEKS_CONFIRMATION = [
  /\b(kan|kn|ya kan|iya kan|y kan|bener|benar|betul|bukan|gitu|begitu|right|correct|true)\s*(ya|yah|min|kak|pak|bu|gk|ga|gak|nggak|tidak)?\s*\?/i,
  /\b(iya kan|ya kan|bener kan|benar kan|betul kan|apa benar|apakah benar|apa betul|apakah betul|benarkah|betulkah|bener gak|bener gk|bener ga|benar tidak|betul tidak|bener nggak|is (it|that|this) (true|right|correct)|am i right|isn'?t it|confirm(ed)?)\b/i,
];

const NUM = String.raw`\d+(?:[.,]\d+)*`;
/** A fee: "Rp50.000", "50rb", "50 ribu", "1,5 juta", "IDR 50,000". */
const MONEY = new RegExp(String.raw`(?:\bRp\.?|\bIDR)\s?(${NUM})(?:\s*(ribu|rb|juta|jt|k)\b)?|\b(${NUM})\s*(ribu|rb|juta|jt|k)\b`, "gi");
/** Numbers written as words, as people write them in a claim ("lima tahun", "five years"). */
const WORD_NUMBERS: Record<string, number> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const UNITS = "hari|minggu|pekan|bulan|tahun|jam|menit|days?|weeks?|months?|years?|hours?|minutes?";
/** A duration: "3 hari", "14 (empat belas) hari kerja", "2 weeks", "lima tahun", "setahun". */
const DURATION = new RegExp(
  String.raw`\b(${NUM}|${Object.keys(WORD_NUMBERS).join("|")})\s*(?:\([^)\d]{1,40}\)\s*)?(${UNITS})\b|\bse(hari|minggu|bulan|tahun)\b`,
  "gi",
);
/** A calendar date: "1 Januari 2022", "January 1, 2022", "11-1-2022", "4 - 11 - 2024". */
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  mei: 5,
  may: 5,
  jun: 6,
  jul: 7,
  agu: 8,
  aug: 8,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  des: 12,
  dec: 12,
};
const DATE_WORDS =
  /\b(\d{1,2})\s+(jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)[a-z]*\.?\s+(\d{4})\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/gi;
const DATE_NUMBERS = /\b(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\b/g;
const SCALE: Record<string, number> = { ribu: 1e3, rb: 1e3, k: 1e3, juta: 1e6, jt: 1e6 };
const UNIT: Record<string, string> = {
  day: "hari",
  days: "hari",
  minggu: "minggu",
  pekan: "minggu",
  week: "minggu",
  weeks: "minggu",
  month: "bulan",
  months: "bulan",
  year: "tahun",
  years: "tahun",
  hour: "jam",
  hours: "jam",
  minute: "menit",
  minutes: "menit",
};
/** How often: "4 kali dalam setahun", "1 (satu) kali", "twice a year". */
const FREQUENCY = new RegExp(String.raw`\b(${NUM}|${Object.keys(WORD_NUMBERS).join("|")})\s*(?:\([^)\d]{1,40}\)\s*)?(kali|times)\b|\b(once|twice)\b`, "gi");
/** A validity claimed to have no end, and the words a passage uses for one. */
const LIFETIME_CLAIM =
  /\b(seumur hidup|selamanya|for life|lifetime|forever|never expires?|tidak (ada )?(masa )?kedaluwarsa|gak ada masa berlaku|tidak ada masa berlaku)\b/i;
const STATES_VALIDITY = /\b(berlaku|masa berlaku|valid)\b/i;
/** "gratis kan?", "free, right?": a claimed fee of nothing. */
const FREE_CLAIM = /\b(gratis|free of charge|free|tidak bayar|gak bayar|ga bayar|nggak bayar|gk bayar|tanpa biaya)\b/i;
/** "3 bulan lalu", "two weeks ago": when something happened in the user's story, not a claim. */
const STORY_AFTER = /^\s*(yang |yg )?(lalu|lalu|ago|kemarin|sebelumnya|terakhir|belakangan)\b/i;
/** "ditetapkan oleh Gubernur", "signed by the governor": who the user says made a regulation. */
const SIGNER_CLAIM =
  /\b(ditetapkan|ditandatangani|disahkan|dikeluarkan|diterbitkan|dibuat|enacted|signed|issued|made)\s+(?:oleh|by)\s+(?:the\s+)?(gubernur|bupati|menteri|presiden|dprd|camat|lurah|sekda|governor|regent|minister|president)\b/i;
/** "harus pakai surat pengantar RT toh?": a claimed requirement, and a passage's statement that something is not one. */
const REQUIRES = /\b(harus|hrs|wajib|perlu|mesti|musti|diharuskan|diwajibkan|butuh|must|need(s|ed)?|required?)\b/i;
const NOT_REQUIRED = /\b(tidak|tak|bukan) (lagi )?(diperlukan|perlu|wajib|dipersyaratkan|diharuskan|dibutuhkan|harus)\b|\bnot (required|needed|necessary)\b/i;
/** "sudah tidak perlu surat kehilangan dari polisi", "no longer needs a police report": a requirement the user says is gone. */
const DROPPED = String.raw`\b(tidak|tdk|gak|ga|gk|nggak|enggak|tak|no longer|don'?t|doesn'?t|not)\s+(lagi\s+|usah\s+)?(?:perlu|butuh|wajib|harus|need\w*|require\w*)\s+(?:pakai\s+|pake\s+|bawa\s+|a\s+|an\s+|the\s+)?([^.,;?!]{3,60})`;
const DROPPED_REQUIREMENT = new RegExp(DROPPED, "i");
const DROPPED_REQUIREMENT_G = new RegExp(DROPPED, "gi");
/** Words a requirement claim and a passage's statement may share without being about the same thing. */
const REQUIREMENT_FILLER = new Set(
  "surat dan atau yang yg itu ini dulu toh kan ya sama dari untuk buat pakai pake minta bawa membawa harus hrs wajib perlu tidak lagi sejak anda saya sy kata pak bu the a of to".split(
    " ",
  ),
);
/** Passages that state a fee, or a duration; only they can confirm or contradict a claimed one. */
const FREE = /\b(gratis|tidak dipungut biaya|tidak dipungut|tanpa biaya)\b/i;
const STATES_FEE = /\bRp\.?\s?\d/i;
const ABOUT_ENACTMENT =
  /\b(ditetapkan|diundangkan|disahkan|diterbitkan|mulai berlaku|berlaku sejak|enacted|promulgated|signed|issued|took effect|came into force)\b/i;
const SAME_DAY = /\b(hari yang sama|saat itu juga|langsung jadi)\b/i;

/** "30.000" → 30000, "30.000,00" → 30000, "1,5" → 1.5, "50,000" → 50000 (a separator before three digits groups them). */
function parseNumber(num: string): number {
  const whole = num.replace(/[.,]00$/, "");
  const grouped = /^\d{1,3}([.,]\d{3})+$/.test(whole);
  return grouped ? Number(whole.replace(/[.,]/g, "")) : Number(whole.replace(",", "."));
}

function moneyValues(text: string): Array<{ figure: string; value: number }> {
  return [...text.matchAll(MONEY)].map((m) => {
    const num = m[1] ?? m[3]!;
    const scale = (m[2] ?? m[4])?.toLowerCase();
    return { figure: m[0].trim(), value: parseNumber(num) * (scale ? SCALE[scale]! : 1) };
  });
}

/** "UU 24 tahun 2013", "Nomor 37 Tahun 2024": a regulation's number and year, not a duration. */
const REGULATION_BEFORE = /\b(uu|undang-undang|pp|perpres|perda|perwali|perwal|permen\w*|inpres|keppres|nomor|no\.?)\s*$/i;
/** "anak 10 tahun", "umur 2 bulan", "16 years old": an age, not a duration. */
const AGE_BEFORE = /\b(umur|usia|berusia|anak|bayi|aged?|my (son|daughter|child|kid|baby) is)\s*$/i;
const AGE_AFTER = /^\s*(old\b|usia\b)/i;

function durationValues(text: string): Array<{ figure: string; key: string }> {
  const out: Array<{ figure: string; key: string }> = [];
  for (const m of text.matchAll(DURATION)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (REGULATION_BEFORE.test(before) || /^\s*\d{4}\b/.test(after) || AGE_BEFORE.test(before) || AGE_AFTER.test(after) || STORY_AFTER.test(after)) continue;
    if (m[3]) {
      out.push({ figure: m[0].trim(), key: `1 ${m[3].toLowerCase()}` });
      continue;
    }
    const unit = m[2]!.toLowerCase();
    const n = WORD_NUMBERS[m[1]!.toLowerCase()] ?? parseNumber(m[1]!);
    out.push({ figure: m[0].trim(), key: `${n} ${UNIT[unit] ?? unit}` });
  }
  return out;
}

/**
 * Whether a requirement line applies to the case claimed: a line for one case ("Jika KTP-el hilang, …",
 * "Untuk anak usia 5 sampai 17 tahun, …", "Bagi badan usaha …") applies only when the claim names
 * that case's words; a line with an exemption ("tidak berlaku bagi …") is not a plain requirement.
 */
function caseApplies(line: string, claim: Set<string>): boolean {
  if (/\btidak berlaku\b|\bkecuali\b/i.test(line)) return false;
  const condition = /^(jika|apabila|bila|untuk|bagi|khusus|di|dari|pada|saat|ketika)\b([^,:;]*)/i.exec(line);
  if (!condition) return true;
  const words = tokenize(condition[2]!).filter((t) => !REQUIREMENT_FILLER.has(t) && t !== "elektronik" && !/^\d+$/.test(t));
  return words.length > 0 && words.every((t) => claim.has(t));
}

/** The words of a requirement that tell it apart ("pengantar", "rt", "rw", "kelurahan"). */
function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 2 && !REQUIREMENT_FILLER.has(w)),
  );
}

/** Counts of times as "n kali". */
function frequencyValues(text: string): Array<{ figure: string; key: string }> {
  return [...text.matchAll(FREQUENCY)].map((m) => {
    const n = m[3] ? (m[3].toLowerCase() === "once" ? 1 : 2) : (WORD_NUMBERS[m[1]!.toLowerCase()] ?? parseNumber(m[1]!));
    return { figure: m[0].trim(), key: `${n} kali` };
  });
}

/** Dates as "y-m-d". */
function dateValues(text: string): Array<{ figure: string; key: string }> {
  const out = [...text.matchAll(DATE_WORDS)].map((m) => {
    const [d, mon, y] = m[1] ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
    return { figure: m[0].trim(), key: `${y}-${MONTHS[mon.slice(0, 3).toLowerCase()]}-${Number(d)}` };
  });
  for (const m of text.matchAll(DATE_NUMBERS)) out.push({ figure: m[0].trim(), key: `${m[3]}-${Number(m[2])}-${Number(m[1])}` });
  return out;
}

/** A claim the passages contradict: the figure as the user wrote it ("" for a requirement), and the passages that judged it. */
export interface UnconfirmedClaim {
  figure: string;
  /** Indexes into the passages given: those that state a value of the claimed kind. */
  judges: number[];
  /**
   * The message asks an open question besides the claim ("bayar brp?"), or asks whether what
   * someone else said is true ("tetangga bilang …, bener gk?"): it gets the correction and its
   * answer, not a refusal.
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
  const parts = question.split(/(?<=[?!.])\s+|\n+/).filter((p) => p.trim());
  const claims: string[] = [];
  let correctionOnly = false;
  parts.forEach((p, i) => {
    const seeks = SEEKS_CONFIRMATION.some((re) => re.test(p)) || (TAG_YA.test(p) && !INTERROGATIVE.test(p));
    const claim = i > 0 ? `${parts[i - 1]} ${p}` : p;
    if (seeks) claims.push(claim);
    if (seeks && HEARSAY.test(claim) && VERIFY.test(p)) correctionOnly = true;
    else if (!seeks && INTERROGATIVE.test(p) && /\?\s*$/.test(p) && !/\b(kan|kn)\b/i.test(p)) correctionOnly = true;
  });
  return { claims, correctionOnly };
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
  if (!claims) return null;
  const judged = (states: (p: string) => boolean) => passages.flatMap((p, i) => (states(p) ? [i] : []));

  const feeJudges = judged((p) => STATES_FEE.test(p) || FREE.test(p));
  if (feeJudges.length > 0) {
    const text = feeJudges.map((i) => passages[i]).join("\n");
    const amounts = new Set(moneyValues(text).map((m) => m.value));
    for (const m of text.matchAll(/\b\d{1,3}(?:\.\d{3})+(?:,00)?\b/g)) amounts.add(parseNumber(m[0]));
    if (FREE.test(text)) amounts.add(0);
    const claimed = moneyValues(claims);
    const free = FREE_CLAIM.exec(claims);
    if (free && claimed.length === 0 && !amounts.has(0)) return { figure: free[0], judges: feeJudges, correctionOnly: asked.correctionOnly };
    for (const claim of claimed) if (!amounts.has(claim.value)) return { figure: claim.figure, judges: feeJudges, correctionOnly: asked.correctionOnly };
  }

  const durationJudges = judged((p) => durationValues(p).length > 0 || SAME_DAY.test(p));
  if (durationJudges.length > 0) {
    const text = durationJudges.map((i) => passages[i]).join("\n");
    const stated = new Set(durationValues(text).map((d) => d.key));
    // "Selesai di hari yang sama" is a one-day duration ("sehari", "1 hari").
    if (SAME_DAY.test(text)) stated.add("1 hari");
    for (const claim of durationValues(claims))
      if (!stated.has(claim.key)) return { figure: claim.figure, judges: durationJudges, correctionOnly: asked.correctionOnly };
  }

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

  // A requirement the passages say is not one ("Surat pengantar RT/RW maupun kelurahan tidak diperlukan").
  // (Not when the user's own claim is that it is not needed: "tidak perlu pengantar RT kan?" agrees with such a passage.)
  if (REQUIRES.test(claims.replace(DROPPED_REQUIREMENT_G, " ")) && !DROPPED_REQUIREMENT.test(claims)) {
    const claimed = contentWords(claims);
    const denies = (x: string) => NOT_REQUIRED.test(x) && [...contentWords(x)].filter((w) => claimed.has(w)).length >= 2;
    for (const [i, p] of passages.entries()) {
      const statement = p
        .split(/\n|(?<=[.;])\s+(?=[A-Z])/)
        .map((x) => x.replace(/^\s*(\d+\.|-)\s*/, "").trim())
        .find(denies);
      if (statement) return { figure: "", judges: [i], correctionOnly: asked.correctionOnly, statement };
    }
  }
  // A requirement the user says is gone ("sudah tidak perlu surat kehilangan dari polisi") that a passage still lists.
  const dropped = DROPPED_REQUIREMENT.exec(claims);
  if (dropped) {
    const object = new Set(tokenize(dropped[3]!).filter((t) => !REQUIREMENT_FILLER.has(t)));
    const lists = (x: string) => !NOT_REQUIRED.test(x) && tokenize(x).filter((t) => object.has(t)).length >= Math.min(2, object.size);
    // Of the requirement lists that still hold it, the one whose heading names what the claim is about first
    // ("KTP hilang … cukup bawa KK" is about the KTP): earlier words of the claim weigh more.
    const order = tokenize(claims);
    const weight = (t: string) => {
      const at = order.indexOf(t);
      return at < 0 ? 0 : 1 / (1 + at / 5);
    };
    let best: { i: number; statement: string; shared: number } | null = null;
    // The claim's own words outside the dropped requirement name its case and its service.
    const claimTokens = new Set(tokenize(claims.replace(dropped[3]!, " ")).filter((t) => !REQUIREMENT_FILLER.has(t)));
    // A passage that also says it is not needed agrees with the claim.
    const agrees = passages.some((p) =>
      p.split("\n").some((x) => NOT_REQUIRED.test(x) && tokenize(x).filter((t) => object.has(t)).length >= Math.min(2, object.size)),
    );
    for (const [i, p] of agrees ? [] : passages.entries()) {
      const heading = p.split("\n")[0] ?? "";
      if (!/persyaratan|requirements?/i.test(heading) || !tokenize(heading).some((t) => claimTokens.has(t))) continue;
      for (const line of p.split("\n").slice(1)) {
        const statement = line.replace(/^\s*(\d+\.|-)\s*/, "").trim();
        if (!statement || !lists(statement) || !caseApplies(statement, claimTokens)) continue;
        const shared = [...new Set(tokenize(heading))].reduce((sum, t) => sum + weight(t), 0);
        if (!best || shared > best.shared) best = { i, statement, shared };
      }
    }
    if (best) return { figure: "", judges: [best.i], correctionOnly: asked.correctionOnly, statement: best.statement };
  }

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

  // A date is a claim only about when a regulation was made or took effect, not the user's own dates.
  const dateJudges = judged((p) => dateValues(p).length > 0);
  if (dateJudges.length > 0 && ABOUT_ENACTMENT.test(claims)) {
    const dates = new Set(dateJudges.flatMap((i) => dateValues(passages[i]!).map((d) => d.key)));
    for (const claim of dateValues(claims))
      if (!dates.has(claim.key)) return { figure: claim.figure, judges: dateJudges, correctionOnly: asked.correctionOnly };
  }
  return null;
}
