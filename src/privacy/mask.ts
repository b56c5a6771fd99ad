/**
 * Finding and masking personal numbers (UU 27/2022): NIK and KK numbers (16 digits, possibly
 * grouped by spaces, dots or dashes), Indonesian phone numbers and e-mail addresses. Masking runs
 * before anything else reads a message: logs, analytics, retrieval and any LLM.
 */

const SIXTEEN = /(?<![\d])(\d{4})[ .-]?(\d{4})[ .-]?(\d{4})[ .-]?(\d{4})(?![\d])/g;
const PHONE = /(?<![\d+])(?:\+62|62|0)[ .-]?8\d{1,3}(?:[ .-]?\d{2,4}){2,3}(?![\d])/g;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

/** `7471085203950001` → `7471********0001`: region and serial stay, the birth date and the rest go. */
export function maskNumber16(digits: string): string {
  const d = digits.replace(/\D/g, "");
  return `${d.slice(0, 4)}********${d.slice(-4)}`;
}

/** `081234567890` → `0812******90`. */
export function maskPhone(phone: string): string {
  const d = phone.replace(/[^\d+]/g, "");
  return `${d.slice(0, d.startsWith("+") ? 5 : 4)}${"*".repeat(Math.max(0, d.length - (d.startsWith("+") ? 7 : 6)))}${d.slice(-2)}`;
}

export function maskEmail(email: string): string {
  const [user = "", domain = ""] = email.split("@");
  return `${user.slice(0, 1)}***@${domain}`;
}

export interface MaskResult {
  text: string;
  found: Array<"nik" | "phone" | "email">;
}

/**
 * Masks every NIK/KK number, phone number and e-mail address in a text.
 *
 * @example
 * maskPersonalData("NIK saya 7471085203950001, hp 0812-3456-7890")
 * // { text: "NIK saya 7471********0001, hp 0812******90", found: ["nik", "phone"] }
 */
export function maskPersonalData(text: string): MaskResult {
  const found = new Set<"nik" | "phone" | "email">();
  let out = text.replace(SIXTEEN, (m) => (found.add("nik"), maskNumber16(m)));
  out = out.replace(PHONE, (m) => (found.add("phone"), maskPhone(m)));
  out = out.replace(EMAIL, (m) => (found.add("email"), maskEmail(m)));
  return { text: out, found: [...found] };
}
