/**
 * Field validators for service forms. Pure functions with no Node APIs: the web widget bundles
 * this same file, so the chat, the API and the browser give the same correction prompts.
 */
import { PROVINCES, stripGrouping } from "../privacy/numbers.js";
import type { FormField } from "./definition.js";
import { vtext, type Lang } from "./texts.js";

export type Validation = { ok: true; value: string } | { ok: false; message: string };

const SKIP = new Set(["-", "lewati", "skip", "kosong", "tidak ada"]);

const ok = (value: string): Validation => ({ ok: true, value });
const fail = (message: string): Validation => ({ ok: false, message });

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Digits of a number typed with any grouping (spaces, dots, dashes, slashes, parentheses); null if anything else is in it. */
function digitsOf(raw: string): string | null {
  const d = stripGrouping(raw);
  return /^\d*$/.test(d) ? d : null;
}

function checkSixteen(raw: string, kind: "NIK" | "KK", lang: Lang): Validation {
  const d = digitsOf(raw.trim());
  if (d === null || d.length === 0) return fail(vtext("digits_only", lang, { kind }));
  if (d.length !== 16) return fail(vtext("sixteen", lang, { kind, n: String(d.length) }));
  if (!PROVINCES.has(Number(d.slice(0, 2)))) return fail(vtext("province", lang, { kind, code: d.slice(0, 2) }));
  return ok(d);
}

/**
 * Checks a NIK: 16 digits, a real province and kab/kota code, a birth date (day + 40 for women)
 * that exists, and a serial other than 0000. The value is the bare 16 digits.
 *
 * @example
 * validateNik("7471 0852 0395 0001") // { ok: true, value: "7471085203950001" }
 * validateNik("74.71.08.520395.0001") // { ok: true, value: "7471085203950001" }
 * validateNik("747108520395001")     // { ok: false, message: "NIK harus 16 digit angka. Anda mengetik 15 digit." }
 */
export function validateNik(raw: string, lang: Lang = "id"): Validation {
  const base = checkSixteen(raw, "NIK", lang);
  if (!base.ok) return base;
  const d = base.value;
  if (d.slice(2, 4) === "00") return fail(vtext("nik_regency", lang, { code: d.slice(2, 4) }));
  const dd = Number(d.slice(6, 8));
  const mm = Number(d.slice(8, 10));
  const yy = Number(d.slice(10, 12));
  if (!((dd >= 1 && dd <= 31) || (dd >= 41 && dd <= 71))) return fail(vtext("nik_day", lang, { dd: d.slice(6, 8) }));
  if (mm < 1 || mm > 12) return fail(vtext("nik_month", lang, { mm: d.slice(8, 10) }));
  const day = dd > 40 ? dd - 40 : dd;
  // The century is not in the NIK; 2000 + yy has the same leap years as 1900 + yy except 1900.
  if (!isRealDate(2000 + yy, mm, day)) return fail(vtext("nik_date", lang, { date: `${String(day).padStart(2, "0")}-${d.slice(8, 10)}` }));
  if (d.slice(12) === "0000") return fail(vtext("nik_serial", lang));
  return ok(d);
}

/**
 * Checks a Kartu Keluarga number: 16 digits starting with a real province code.
 *
 * @example
 * validateKk("7471 0812 3456 0002") // { ok: true, value: "7471081234560002" }
 */
export function validateKk(raw: string, lang: Lang = "id"): Validation {
  return checkSixteen(raw, "KK", lang);
}

/**
 * Checks an Indonesian mobile number (08…, +628… or 628…) and normalises it to 08….
 *
 * @example
 * validatePhone("+62 812-3456-7890") // { ok: true, value: "081234567890" }
 * validatePhone("(0812) 3456/7890")  // { ok: true, value: "081234567890" }
 */
export function validatePhone(raw: string, lang: Lang = "id"): Validation {
  let d = stripGrouping(raw.trim());
  if (d.startsWith("+62")) d = `0${d.slice(3)}`;
  else if (d.startsWith("62")) d = `0${d.slice(2)}`;
  if (!/^\d+$/.test(d)) return fail(vtext("phone_digits", lang));
  if (!d.startsWith("08")) return fail(vtext("phone_prefix", lang));
  if (d.length < 10 || d.length > 13) return fail(vtext("phone_length", lang, { n: String(d.length) }));
  return ok(d);
}

function validateDate(raw: string, rangeOf: "past" | "future" | undefined, lang: Lang): Validation {
  const s = raw.trim();
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]].map(Number) : ymd ? [ymd[1], ymd[2], ymd[3]].map(Number) : [];
  if (y === undefined || m === undefined || d === undefined) return fail(vtext("date_format", lang));
  if (!isRealDate(y, m, d)) return fail(vtext("date_invalid", lang));
  const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  if (rangeOf === "past" && iso > today) return fail(vtext("date_past", lang));
  if (rangeOf === "future" && iso < today) return fail(vtext("date_future", lang));
  return ok(iso);
}

function validateChoice(raw: string, options: string[], lang: Lang): Validation {
  const s = raw.trim().toLowerCase().replace(/\.$/, "");
  const byNumber = /^\d+$/.test(s) ? options[Number(s) - 1] : undefined;
  const match = byNumber ?? options.find((o) => o.toLowerCase() === s);
  if (match) return ok(match);
  return fail(vtext("choice", lang, { options: options.map((o, i) => `${i + 1}. ${o}`).join("\n") }));
}

function validateText(field: FormField, raw: string, lang: Lang): Validation {
  const s = raw.trim().replace(/\s+/g, " ");
  const min = field.constraints.minLength ?? (field.type === "address" ? 5 : field.type === "longtext" ? 10 : 2);
  const max = field.constraints.maxLength ?? (field.type === "longtext" ? 4000 : 200);
  if (s.length < min) return fail(vtext("too_short", lang, { label: field.label, min: String(min), n: String(s.length) }));
  if (s.length > max) return fail(vtext("too_long", lang, { label: field.label, max: String(max), n: String(s.length) }));
  return ok(field.type === "longtext" ? raw.trim() : s);
}

/**
 * Validates one answer to one form field. On success `value` is the normalised value to store
 * (bare digits for NIK/KK, 08… for phones, YYYY-MM-DD for dates, the option text for choices).
 *
 * @example
 * validateField({ name: "no_hp", type: "phone", label: "Nomor HP", required: true, constraints: {} }, "+6281234567890", "id")
 * // { ok: true, value: "081234567890" }
 */
export function validateField(field: FormField, raw: string, lang: Lang): Validation {
  const trimmed = raw.trim();
  if (!field.required && (trimmed === "" || SKIP.has(trimmed.toLowerCase()))) return ok("");
  if (trimmed === "") return fail(vtext("required", lang, { label: field.label }));
  switch (field.type) {
    case "nik":
      return validateNik(trimmed, lang);
    case "kk":
      return validateKk(trimmed, lang);
    case "phone":
      return validatePhone(trimmed, lang);
    case "email":
      return /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(trimmed) ? ok(trimmed.toLowerCase()) : fail(vtext("email", lang));
    case "date":
      return validateDate(trimmed, field.constraints.range, lang);
    case "choice":
      return validateChoice(trimmed, field.constraints.options ?? [], lang);
    default:
      return validateText(field, raw, lang);
  }
}
