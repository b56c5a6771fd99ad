/**
 * A question that asks the bot to confirm a figure ("akte bayar 50rb kan?", "KTP jadi 3 hari,
 * benar?") gets a yes only from the sources. When none of the passages an answer cites holds the
 * claimed fee or duration, the claim is not confirmed, whatever else the passages say.
 */

/** "kan?", "benar?", "iya kan", "apa benar …", "is that right?": the message seeks confirmation. */
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
    if (REGULATION_BEFORE.test(before) || /^\s*\d{4}\b/.test(after) || AGE_BEFORE.test(before) || AGE_AFTER.test(after)) continue;
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

/** Dates as "y-m-d". */
function dateValues(text: string): Array<{ figure: string; key: string }> {
  const out = [...text.matchAll(DATE_WORDS)].map((m) => {
    const [d, mon, y] = m[1] ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
    return { figure: m[0].trim(), key: `${y}-${MONTHS[mon.slice(0, 3).toLowerCase()]}-${Number(d)}` };
  });
  for (const m of text.matchAll(DATE_NUMBERS)) out.push({ figure: m[0].trim(), key: `${m[3]}-${Number(m[2])}-${Number(m[1])}` });
  return out;
}

/**
 * The first fee or duration a confirmation-seeking question claims that the passages contradict,
 * or null. Only passages that state a fee judge a fee, a duration a duration, a date a date; amounts
 * compare by value ("50rb" is "Rp50.000", "Rp 0" is "gratis"), durations by number and unit ("lima
 * tahun" is "5 (lima) tahun"), dates by day ("1 Januari 2022" is not "11-1-2022").
 *
 * @example
 * unconfirmedClaim("akte lahir bayar 50rb kan?", ["Biaya/tarif:\nGratis"]); // "50rb"
 * unconfirmedClaim("skck 30rb kan?", ["Biaya/tarif:\nRp30.000"]); // null
 * unconfirmedClaim("sy bayar 50rb tadi, syaratnya apa?", ["..."]); // null: no confirmation asked
 */
export function unconfirmedClaim(question: string, passages: string[]): string | null {
  if (!SEEKS_CONFIRMATION.some((re) => re.test(question))) return null;
  const text = passages.join("\n");
  if (STATES_FEE.test(text) || FREE.test(text)) {
    const amounts = new Set(moneyValues(text).map((m) => m.value));
    for (const m of text.matchAll(/\b\d{1,3}(?:\.\d{3})+(?:,00)?\b/g)) amounts.add(parseNumber(m[0]));
    if (FREE.test(text)) amounts.add(0);
    for (const claim of moneyValues(question)) if (!amounts.has(claim.value)) return claim.figure;
  }
  const stated = new Set(durationValues(text).map((d) => d.key));
  // "Selesai di hari yang sama" is a one-day duration ("sehari", "1 hari").
  if (SAME_DAY.test(text)) stated.add("1 hari");
  if (stated.size > 0 || SAME_DAY.test(text)) {
    for (const claim of durationValues(question)) if (!stated.has(claim.key)) return claim.figure;
  }
  // A date is a claim only about when a regulation was made or took effect, not the user's own dates.
  const dates = new Set(dateValues(text).map((d) => d.key));
  if (dates.size > 0 && ABOUT_ENACTMENT.test(question)) for (const claim of dateValues(question)) if (!dates.has(claim.key)) return claim.figure;
  return null;
}
