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
/** A duration: "3 hari", "14 (empat belas) hari kerja", "2 weeks". */
const DURATION = new RegExp(String.raw`\b(${NUM})\s*(?:\([^)\d]{1,40}\)\s*)?(hari|minggu|pekan|bulan|jam|menit|days?|weeks?|months?|hours?|minutes?)\b`, "gi");
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
  hour: "jam",
  hours: "jam",
  minute: "menit",
  minutes: "menit",
};
/** Passages that state a fee, or a duration; only they can confirm or contradict a claimed one. */
const FREE = /\b(gratis|tidak dipungut biaya|tidak dipungut|tanpa biaya)\b/i;
const STATES_FEE = /\bRp\.?\s?\d/i;
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

function durationValues(text: string): Array<{ figure: string; key: string }> {
  return [...text.matchAll(DURATION)].map((m) => {
    const unit = m[2]!.toLowerCase();
    return { figure: m[0].trim(), key: `${parseNumber(m[1]!)} ${UNIT[unit] ?? unit}` };
  });
}

/**
 * The first fee or duration a confirmation-seeking question claims that the passages contradict,
 * or null. Only passages that state a fee judge a fee, and only passages that state a duration a duration;
 * amounts compare by value ("50rb" is "Rp50.000", "Rp 0" is "gratis"), durations by number and unit.
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
  if (stated.size > 0 || SAME_DAY.test(text)) {
    for (const claim of durationValues(question)) if (!stated.has(claim.key)) return claim.figure;
  }
  return null;
}
