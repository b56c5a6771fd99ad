/**
 * Figures read out of a claim or a passage, so they compare by value: amounts ("50rb" is
 * "Rp50.000"), durations by number and unit ("lima tahun" is "5 (lima) tahun"), counts of times,
 * and calendar dates. A regulation's number, an age or a time in the user's story is no duration.
 */

const NUM = String.raw`\d+(?:[.,]\d+)*`;
/** A fee: "Rp50.000", "50rb", "50 ribu", "1,5 juta", "IDR 50,000". */
const MONEY = new RegExp(String.raw`(?:\bRp\.?|\bIDR)\s?(${NUM})(?:\s*(ribu|rb|juta|jt|k)\b)?|\b(${NUM})\s*(ribu|rb|juta|jt|k)\b`, "gi");
/** Numbers written as words, as people write them in a claim ("lima tahun", "five years"). */
export const WORD_NUMBERS: Record<string, number> = {
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
/** "3 bulan lalu", "two weeks ago": when something happened in the user's story, not a claim. */
const STORY_AFTER = /^\s*(yang |yg )?(lalu|ago|kemarin|sebelumnya|terakhir|belakangan)\b/i;
/** "30.000" → 30000, "30.000,00" → 30000, "1,5" → 1.5, "50,000" → 50000 (a separator before three digits groups them). */
export function parseNumber(num: string): number {
  const whole = num.replace(/[.,]00$/, "");
  const grouped = /^\d{1,3}([.,]\d{3})+$/.test(whole);
  return grouped ? Number(whole.replace(/[.,]/g, "")) : Number(whole.replace(",", "."));
}

export function moneyValues(text: string): Array<{ figure: string; value: number }> {
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

export function durationValues(text: string): Array<{ figure: string; key: string }> {
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

/** Counts of times as "n kali". */
export function frequencyValues(text: string): Array<{ figure: string; key: string }> {
  return [...text.matchAll(FREQUENCY)].map((m) => {
    const n = m[3] ? (m[3].toLowerCase() === "once" ? 1 : 2) : (WORD_NUMBERS[m[1]!.toLowerCase()] ?? parseNumber(m[1]!));
    return { figure: m[0].trim(), key: `${n} kali` };
  });
}

/** Dates as "y-m-d". */
export function dateValues(text: string): Array<{ figure: string; key: string }> {
  const out = [...text.matchAll(DATE_WORDS)].map((m) => {
    const [d, mon, y] = m[1] ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
    return { figure: m[0].trim(), key: `${y}-${MONTHS[mon.slice(0, 3).toLowerCase()]}-${Number(d)}` };
  });
  for (const m of text.matchAll(DATE_NUMBERS)) out.push({ figure: m[0].trim(), key: `${m[3]}-${Number(m[2])}-${Number(m[1])}` });
  return out;
}
