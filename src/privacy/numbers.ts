/**
 * Finding personal numbers however people group them: NIK and KK numbers (16 digits) and
 * Indonesian mobile numbers, typed with spaces, dots, dashes, slashes, parentheses, `+62`, `62` or
 * `0`. Pure (no Node APIs): the web widget bundles it through the form validators.
 */

/** Province codes (kode wilayah, Permendagri 72/2019) a NIK or KK may start with. */
export const PROVINCES: ReadonlySet<number> = new Set([
  ...range(11, 19),
  21,
  ...range(31, 36),
  ...range(51, 53),
  ...range(61, 65),
  ...range(71, 76),
  81,
  82,
  ...range(91, 96),
]);

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** Characters people put between digit groups. */
const SEPARATOR = "[ \\t\\u00a0.\\-/()\\u2013\\u2014]";
const SEPARATORS = new RegExp(`${SEPARATOR}|\\s`, "g");
/** Digit groups joined by one to three separators: one "chain" of possibly one number. */
const CHAIN = new RegExp(`\\d+(?:${SEPARATOR}{1,3}\\d+)*`, "g");
const MOBILE = /^(?:0|62)8[1-9]\d{7,10}$/;

/**
 * The digits of a value typed with any grouping: spaces, dots, dashes, slashes, parentheses.
 * Other characters (letters, `+`) stay, so a caller can still reject them.
 *
 * @example
 * stripGrouping("(0812) 3456-7801") // "081234567801"
 * stripGrouping("74.71.08.520395.0031") // "7471085203950031"
 */
export function stripGrouping(raw: string): string {
  return raw.replace(SEPARATORS, "");
}

/**
 * Whether 16 digits look like a NIK or KK: a province code, a kab/kota code, then a date
 * (the NIK's birth date, day + 40 for women, or the KK's issue date) with a real day and month.
 *
 * @example
 * plausibleNumber16("7471085203950001") // true
 * plausibleNumber16("2024202520262027") // false (20 is no province)
 */
export function plausibleNumber16(d: string): boolean {
  if (!/^\d{16}$/.test(d) || !PROVINCES.has(Number(d.slice(0, 2))) || d.slice(2, 4) === "00") return false;
  const day = Number(d.slice(6, 8));
  const month = Number(d.slice(8, 10));
  return ((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) && month >= 1 && month <= 12;
}

/** One personal number in a text: `[start, end)` covers every character typed for it. */
export interface NumberMatch {
  start: number;
  end: number;
  kind: "nik" | "phone";
  /** The bare digits of the whole span (a phone's as typed, e.g. `628…`). */
  digits: string;
  /** The 16-digit NIK/KK numbers inside the span. */
  numbers: string[];
}

interface Group {
  start: number;
  end: number;
  text: string;
}

type Candidate = { i: number; j: number; kind: "nik" | "phone"; digits: string };

/** A phone's leading group holds at least `08x` or `628` (or is `62`/`+62` before `8xx`), so times and dates don't pass. */
function phoneShape(groups: Group[], i: number, j: number): boolean {
  if (i === j) return true;
  const first = groups[i]!.text;
  const next = groups[i + 1]!.text;
  return first.length >= 3 || (first === "62" && next.startsWith("8") && next.length >= 3);
}

/**
 * A grouped 16-digit number counts as a NIK/KK when it looks like one (plausibleNumber16), or
 * when it starts with a province code and is typed in groups of four or more, as people copy a
 * card (`7471 0812 3456 0002`), which money (`12.500.000`) and dates never are.
 */
function number16Shape(groups: Group[], i: number, j: number, digits: string): boolean {
  if (i === j || plausibleNumber16(digits)) return true;
  return PROVINCES.has(Number(digits.slice(0, 2))) && groups.slice(i, j + 1).every((g) => g.text.length >= 4);
}

function candidates(groups: Group[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < groups.length; i++) {
    let digits = "";
    for (let j = i; j < groups.length; j++) {
      digits += groups[j]!.text;
      if (digits.length > 16) break;
      if (digits.length === 16 && number16Shape(groups, i, j, digits)) out.push({ i, j, kind: "nik", digits });
      if (MOBILE.test(digits) && phoneShape(groups, i, j)) out.push({ i, j, kind: "phone", digits });
    }
  }
  return out;
}

/** Candidates that share a group become one span; a span with a NIK in it is a NIK. */
function merge(found: Candidate[]): Array<{ i: number; j: number; kind: "nik" | "phone"; numbers: string[] }> {
  const sorted = [...found].sort((a, b) => a.i - b.i || b.j - a.j);
  const spans: Array<{ i: number; j: number; kind: "nik" | "phone"; numbers: string[] }> = [];
  for (const c of sorted) {
    const last = spans[spans.length - 1];
    const nums = c.kind === "nik" ? [c.digits] : [];
    if (last && c.i <= last.j) {
      last.j = Math.max(last.j, c.j);
      if (c.kind === "nik") last.kind = "nik";
      for (const n of nums) if (!last.numbers.includes(n)) last.numbers.push(n);
    } else spans.push({ i: c.i, j: c.j, kind: c.kind, numbers: nums });
  }
  return spans;
}

/**
 * Every NIK/KK and mobile number in a text, in order. Grouped 16-digit numbers must look like a
 * NIK or KK (see number16Shape); an ungrouped run of exactly 16 digits always counts. Candidates
 * that overlap are masked as one span, so a number is never half shown.
 *
 * @example
 * findPersonalNumbers("NIK 747108 520395 0021")[0] // { start: 4, end: 22, kind: "nik", digits: "7471085203950021", numbers: ["7471085203950021"] }
 */
export function findPersonalNumbers(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const chain of text.matchAll(CHAIN)) {
    const base = chain.index ?? 0;
    const groups: Group[] = [...chain[0].matchAll(/\d+/g)].map((g) => ({ start: base + (g.index ?? 0), end: base + (g.index ?? 0) + g[0].length, text: g[0] }));
    for (const s of merge(candidates(groups))) {
      let start = groups[s.i]!.start;
      const end = groups[s.j]!.end;
      if (text[start - 1] === "+") start -= 1;
      if (text[start - 1] === "(" && text.slice(start, end).includes(")")) start -= 1;
      const digits = groups
        .slice(s.i, s.j + 1)
        .map((g) => g.text)
        .join("");
      out.push({ start, end, kind: s.kind, digits, numbers: s.numbers });
    }
  }
  return out;
}
