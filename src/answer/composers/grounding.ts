/**
 * Checks that an LLM answer stands on the passages it cites: which passages its `[n]` markers
 * name, and whether every fee, duration and percentage in it is written in those passages.
 */

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const SCALE = String.raw`(?:\s*(ribu|rb|thousand|juta|jt|million|miliar|milyar|billion|triliun|trillion)\b)?`;
const UNIT_TIME = String.raw`(?:hari|minggu|pekan|bulan|tahun|jam|menit|detik|working\s+days?|days?|weeks?|months?|years?|hours?|minutes?|seconds?)\b`;

/** Figures worth checking: money, durations (also "14 (empat belas) hari") and percentages. */
const FIGURES = [
  new RegExp(String.raw`(?:\bRp\.?|\bIDR)\s?(${NUM})${SCALE}`, "gi"),
  // "Nomor 37 Tahun 2024" names a regulation; it is not a duration.
  new RegExp(String.raw`(?<!\b(?:Nomor|No\.?)\s*)\b(${NUM})\s*(?:\([^)\d]{1,40}\)\s*)?${UNIT_TIME}`, "gi"),
  new RegExp(String.raw`\b(${NUM})\s*(?:%|persen\b|percent\b)`, "gi"),
];
const ANY_NUMBER = new RegExp(String.raw`(${NUM})${SCALE}`, "gi");

const SCALES: Record<string, string> = {
  ribu: "ribu",
  rb: "ribu",
  thousand: "ribu",
  juta: "juta",
  jt: "juta",
  million: "juta",
  miliar: "miliar",
  milyar: "miliar",
  billion: "miliar",
  triliun: "triliun",
  trillion: "triliun",
};

/** Digits only: "30.000" and "30,000" are both "30000"; a trailing ",00" (sen) is dropped. */
function digitsOf(num: string): string {
  return num.replace(/[.,]00$/, "").replace(/\D/g, "");
}

function keyOf(num: string, scale: string | undefined): string {
  const digits = digitsOf(num);
  return scale ? `${digits} ${SCALES[scale.toLowerCase()]}` : digits;
}

/**
 * The figures of `answer` (fees, durations, percentages) whose number does not appear in any
 * of `passages`. Numbers are compared as digits without separators; a scale word (juta, ribu)
 * must match too, so "Rp75 ribu" is not grounded by "Rp75 juta". Empty when all are grounded.
 *
 * @example
 * ungroundedFigures("Biayanya Rp50.000 [1].", ["Biaya/tarif:\nGratis"]); // ["Rp50.000"]
 * ungroundedFigures("Selesai 14 hari kerja [1].", ["paling lama 14 (empat belas) hari kerja"]); // []
 */
export function ungroundedFigures(answer: string, passages: string[]): string[] {
  const known = new Set<string>();
  for (const text of passages) {
    for (const m of text.matchAll(ANY_NUMBER)) {
      known.add(keyOf(m[1]!, undefined));
      if (m[2]) known.add(keyOf(m[1]!, m[2]));
    }
  }
  const found: Array<{ at: number; figure: string }> = [];
  for (const re of FIGURES) {
    for (const m of answer.matchAll(re)) {
      if (!known.has(keyOf(m[1]!, m[2]))) found.push({ at: m.index, figure: m[0].trim() });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.figure))];
}

/** `[1]`, `[2]`, and the list form `[1, 3]`. */
const MARKER = /\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g;

function markerNumbers(inner: string): number[] {
  return inner.split(",").map((s) => Number(s.trim()));
}

/**
 * The passage numbers an answer cites, in order of first citation, ignoring numbers outside 1..count.
 *
 * @example
 * citedNumbers("Gratis [2]. Syaratnya KK [1][2].", 3); // [2, 1]
 */
export function citedNumbers(answer: string, count: number): number[] {
  const out: number[] = [];
  for (const m of answer.matchAll(MARKER)) {
    for (const n of markerNumbers(m[1]!)) if (n >= 1 && n <= count && !out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * Removes citation markers that name no passage (`[7]` when there are 5), and the invalid
 * numbers of a list marker.
 *
 * @example
 * dropInvalidMarkers("Gratis [1] [9]. Lihat [1, 7].", 5); // "Gratis [1]. Lihat [1]."
 */
export function dropInvalidMarkers(text: string, count: number): string {
  return text.replace(/( ?)\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g, (_all, space: string, inner: string) => {
    const valid = markerNumbers(inner).filter((n) => n >= 1 && n <= count);
    return valid.length === 0 ? "" : `${space}[${valid.join(", ")}]`;
  });
}
