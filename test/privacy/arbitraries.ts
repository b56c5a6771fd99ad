import fc from "fast-check";
import { PROVINCES } from "../../src/privacy/numbers.js";

const two = (n: number) => String(n).padStart(2, "0");
const provinces = [...PROVINCES];

/** A valid NIK: province, kab/kota, kecamatan, birth date (day + 40 for women), serial. */
export const nikArb = fc
  .record({
    p: fc.constantFrom(...provinces),
    kab: fc.integer({ min: 1, max: 99 }),
    kec: fc.integer({ min: 1, max: 99 }),
    day: fc.integer({ min: 1, max: 28 }),
    woman: fc.boolean(),
    month: fc.integer({ min: 1, max: 12 }),
    yy: fc.integer({ min: 0, max: 99 }),
    serial: fc.integer({ min: 1, max: 9999 }),
  })
  .map((r) => `${r.p}${two(r.kab)}${two(r.kec)}${two(r.day + (r.woman ? 40 : 0))}${two(r.month)}${two(r.yy)}${String(r.serial).padStart(4, "0")}`);

/** A valid KK number: region, the issue date (ddmmyy), serial. */
export const kkArb = fc
  .record({
    p: fc.constantFrom(...provinces),
    kab: fc.integer({ min: 1, max: 99 }),
    kec: fc.integer({ min: 1, max: 99 }),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    yy: fc.integer({ min: 0, max: 99 }),
    serial: fc.integer({ min: 1, max: 9999 }),
  })
  .map((r) => `${r.p}${two(r.kab)}${two(r.kec)}${two(r.day)}${two(r.month)}${two(r.yy)}${String(r.serial).padStart(4, "0")}`);

/** An Indonesian mobile number in its local form: 08, an operator digit, 7 to 10 more digits (10-13 in all). */
export const mobileArb = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 10 }))
  .map(([op, rest]) => `08${op}${rest.join("")}`);

/** What people put between digit groups. */
export const separatorArb = fc.constantFrom(" ", ".", "-", "/", " - ", ". ", "  ", "\u00a0", "–");

/** Cuts digits into groups of the given sizes (the last takes the rest) joined by the separators. */
function group(digits: string, sizes: number[], seps: string[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.map((p, i) => (i === 0 ? p : `${seps[(i - 1) % seps.length]}${p}`)).join("");
}

/** Any grouping of a 16-digit number, the first group sometimes in parentheses. */
export function grouped16(digits: string) {
  return fc
    .tuple(fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 16 }), fc.array(separatorArb, { minLength: 1, maxLength: 16 }), fc.boolean())
    .map(([sizes, seps, paren]) => {
      const text = group(digits, sizes, seps);
      const first = sizes[0] ?? 16;
      return paren && first < 16 ? `(${text.slice(0, first)}) ${text.slice(first).replace(/^\D+/, "")}` : text;
    });
}

/** A mobile number as people type it: 08…, +62…, 62…, (08xx), (+62), grouped in 2 to 5 digits after the prefix. */
export function groupedPhone(local: string) {
  const rest = local.slice(1); // 8…
  return fc
    .record({
      prefix: fc.constantFrom("0", "+62", "62", "+62 ", "62 ", "(+62) ", "+62-", "(0"),
      firstSize: fc.integer({ min: 2, max: 4 }),
      sizes: fc.array(fc.integer({ min: 2, max: 5 }), { minLength: 1, maxLength: 6 }),
      seps: fc.array(separatorArb, { minLength: 1, maxLength: 6 }),
    })
    .map(({ prefix, firstSize, sizes, seps }) => {
      const head = rest.slice(0, firstSize + 1);
      const tail = group(rest.slice(firstSize + 1), sizes, seps);
      const sep = seps[0] ?? " ";
      if (prefix === "0") return `0${head}${tail ? sep + tail : ""}`;
      if (prefix === "(0") return `(0${head}) ${tail}`;
      return `${prefix}${head}${tail ? sep + tail : ""}`;
    });
}

/** Words around the numbers (no digits). */
export const wordsArb = fc
  .array(fc.constantFrom("NIK", "saya", "tolong", "cek", "nomor", "hp", "ya", "kak", ":", ",", "KTP", "nama", "Siti", "WA"), { maxLength: 5 })
  .map((w) => w.join(" "));

const rupiah = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** Numbers people write that are not personal data: years, Pasal/ayat, rupiah, dates, opening hours, tickets. */
export const ordinaryArb = fc.oneof(
  fc.integer({ min: 1945, max: 2099 }).map((y) => `tahun ${y}`),
  fc.tuple(fc.integer({ min: 1, max: 150 }), fc.integer({ min: 1, max: 12 })).map(([p, a]) => `Pasal ${p} ayat (${a})`),
  fc.integer({ min: 1, max: 999_999 }).map((k) => `Rp${rupiah(k * 1000)}`),
  fc
    .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2099 }), fc.constantFrom("-", "/", "."))
    .map(([d, m, y, s]) => `${two(d)}${s}${two(m)}${s}${y}`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${two(m)}-${two(d)}`),
  fc.tuple(fc.integer({ min: 7, max: 9 }), fc.constantFrom("00", "30"), fc.integer({ min: 11, max: 16 })).map(([h, mm, e]) => `${two(h)}.${mm} - ${e}.00 WITA`),
  fc.tuple(fc.integer({ min: 2024, max: 2030 }), fc.integer({ min: 1, max: 999_999 })).map(([y, n]) => `KDI-${y}-${String(n).padStart(6, "0")}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 2000, max: 2030 })).map(([n, y]) => `Perwali Nomor ${n} Tahun ${y}`),
);

/**
 * Whether any 6 consecutive digits of `digits` can be read in `text`, however they are separated
 * (spaces, dots, dashes, slashes, parentheses, plus signs between them).
 */
export function leaks(text: string, digits: string): boolean {
  const chains = text.match(/\d(?:[\s.\-/()+\u2013\u2014]*\d)*/g) ?? [];
  return chains.some((chain) => {
    const bare = chain.replace(/\D/g, "");
    for (let i = 0; i + 6 <= digits.length; i++) if (bare.includes(digits.slice(i, i + 6))) return true;
    return false;
  });
}
