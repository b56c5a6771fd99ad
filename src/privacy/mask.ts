/**
 * Masking personal data (UU 27/2022): NIK and KK numbers, Indonesian mobile numbers (however
 * grouped, see ./numbers.ts) and e-mail addresses. The one place every path masks through:
 * messages, form free text, answers, citation snippets, feedback and logs.
 */
import { findPersonalNumbers } from "./numbers.js";

export { stripGrouping } from "./numbers.js";

const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

/** `7471085203950001` → `7471********0001`: region and serial stay, the birth date and the rest go. */
export function maskNumber16(digits: string): string {
  const d = digits.replace(/\D/g, "");
  return `${d.slice(0, 4)}********${d.slice(-4)}`;
}

/** `081234567890` → `0812******90`; a `+62…` number keeps its `+628` and last two digits. */
export function maskPhone(phone: string): string {
  const d = phone.replace(/[^\d+]/g, "");
  return `${d.slice(0, d.startsWith("+") ? 5 : 4)}${"*".repeat(Math.max(0, d.length - (d.startsWith("+") ? 7 : 6)))}${d.slice(-2)}`;
}

/** `siti@contoh.id` → `s***@contoh.id`. */
export function maskEmail(email: string): string {
  const [user = "", domain = ""] = email.split("@");
  return `${user.slice(0, 1)}***@${domain}`;
}

export type PersonalDataKind = "nik" | "phone" | "email";

export interface MaskResult {
  text: string;
  found: PersonalDataKind[];
  /** The bare 16-digit NIK/KK numbers found, for keyed hashing. In memory only: never store or log them. */
  numbers: string[];
}

export interface MaskOptions {
  /**
   * Output only (never a user's message): leave a documented example alone, i.e. a line that is
   * exactly `Contoh: <one number or e-mail>` (`Example: …` in English), as form prompts print them.
   */
  keepExamples?: boolean;
}

/** The documented example marker: a whole line `Contoh: <value>` or `Example: <value>`. */
export const EXAMPLE_LINE = /^(?:Contoh|Example): \S.*$/m;
const EXAMPLE_LINE_EXACT = /^(?:Contoh|Example): (\S.*)$/;

/** Masks line by line, keeping a marked example line whose value is one number or one e-mail and nothing else. */
function maskKeepingExamples(text: string): MaskResult {
  const found = new Set<PersonalDataKind>();
  const numbers: string[] = [];
  const lines = text.split("\n").map((line) => {
    const value = EXAMPLE_LINE_EXACT.exec(line)?.[1]?.trim();
    if (value !== undefined && isSingleItem(value)) return line;
    const m = maskPersonalData(line);
    for (const k of m.found) found.add(k);
    for (const n of m.numbers) if (!numbers.includes(n)) numbers.push(n);
    return m.text;
  });
  const kinds: PersonalDataKind[] = ["nik", "phone", "email"];
  return { text: lines.join("\n"), found: kinds.filter((k) => found.has(k)), numbers };
}

/** Whether the value is exactly one personal number or one e-mail address. */
function isSingleItem(value: string): boolean {
  const bare = value.replace(/[.,;]$/, "");
  if (new RegExp(`^${EMAIL.source}$`).test(bare)) return true;
  const matches = findPersonalNumbers(bare);
  return matches.length === 1 && matches[0]!.start === 0 && matches[0]!.end === bare.length;
}

/**
 * Masks every NIK/KK number, mobile number and e-mail address in a text, however it is grouped.
 *
 * @example
 * maskPersonalData("NIK saya 747108 520395 0021, hp (0812) 3456-7801")
 * // { text: "NIK saya 7471********0021, hp 0812******01", found: ["nik", "phone"], numbers: ["7471085203950021"] }
 * maskPersonalData("Contoh: 7471085203950001", { keepExamples: true }).text // "Contoh: 7471085203950001"
 */
export function maskPersonalData(text: string, options: MaskOptions = {}): MaskResult {
  if (options.keepExamples && EXAMPLE_LINE.test(text)) return maskKeepingExamples(text);
  const found = new Set<PersonalDataKind>();
  const numbers: string[] = [];
  const withoutEmail = text.replace(EMAIL, (m) => (found.add("email"), maskEmail(m)));
  let out = "";
  let at = 0;
  for (const m of findPersonalNumbers(withoutEmail)) {
    found.add(m.kind);
    for (const n of m.numbers) if (!numbers.includes(n)) numbers.push(n);
    // A phone is shown in its local form whichever prefix was typed: +62 812… → 0812******01.
    const local = m.digits.startsWith("62") ? `0${m.digits.slice(2)}` : m.digits;
    out += withoutEmail.slice(at, m.start) + (m.kind === "nik" ? maskNumber16(m.digits) : maskPhone(local));
    at = m.end;
  }
  out += withoutEmail.slice(at);
  const kinds: PersonalDataKind[] = ["nik", "phone", "email"];
  return { text: out, found: kinds.filter((k) => found.has(k)), numbers };
}

/**
 * Text an officer types to a citizen: NIK and KK numbers are masked before it is stored or sent;
 * phone numbers stay (an office legitimately gives its own contact numbers).
 *
 * @example
 * maskOfficerText("NIK 7471085203950001 sudah kami cek, hubungi 0812-3456-7801") // "NIK 7471********0001 sudah kami cek, hubungi 0812-3456-7801"
 */
export function maskOfficerText(text: string): string {
  let out = "";
  let at = 0;
  for (const m of findPersonalNumbers(text)) {
    if (m.kind !== "nik") continue;
    out += text.slice(at, m.start) + maskNumber16(m.digits);
    at = m.end;
  }
  return out + text.slice(at);
}
