import { maskPersonalData } from "../../privacy/mask.js";
import { normalizeText } from "../../text/normalize.js";
import type { Step } from "../context.js";
import { canned } from "../statuses.js";

/** Attempts to change the assistant's rules or read its instructions. */
const INJECTION = [
  /\b(abaikan|lupakan|acuhkan|hiraukan)\b.{0,40}\b(instruksi|perintah|aturan|arahan|prompt)\b/,
  /\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|rules|prompt|guidelines|above)\b/,
  /\b(system|sistem)\s*prompt\b|\bprompt\s*(sistem|system)\b|\binstruksi\s*(sistem|awal|rahasia)\b/,
  /\b(tampilkan|tunjukkan|bocorkan|sebutkan|print|reveal|show|repeat)\b.{0,30}\b(instruksi|instructions|konfigurasi|configuration|prompt)\b/,
  /\b(jailbreak|developer mode|mode pengembang|dan mode|do anything now)\b/,
  /\b(you are now|kamu sekarang adalah|anggap kamu|pura[- ]pura( jadi| menjadi)?|berperan sebagai|act as|pretend (to be|you are)|roleplay)\b/,
];

/** Requests to guess, invent or assert facts that the sources do not state. */
const FABRICATE = [
  /\b(tebak|tebakan|ngarang|mengarang|karang|asal (sebut|jawab|tulis)|ngawur|guess|make (it|something|one) up|invent|fabricate)\b/,
  /\b(tulis|tuliskan|bilang|katakan|sebut|sebutkan|umumkan|write|say|announce)\b.{0,40}\b(kalau|bahwa|that)\b.{0,80}\b(bayar|biaya|tarif|rp|\d+ ?(rb|ribu|juta|k)|costs?|fee|pay)\b/,
];

/** Someone's personal data: a personal number plus a lookup, or a person plus a data field. */
const LOOKUP = /\b(punya siapa|milik siapa|atas nama siapa|siapa pemilik|cek|cari|lacak|lihat|data|alamat|whose|look ?up|find|belongs)\b/;
const DATA_FIELD = /\b(nik|nomor induk|kk|kartu keluarga|alamat|alamat rumah|nomor hp|no hp|nomor telepon|telepon|hp|whatsapp|data pribadi|data ktp|data diri|identitas|tanggal lahir|address|phone number|personal data|id number)\b/;
const OTHER_PERSON = /\b(orang lain|tetangga|teman|saudara|mantan|pacar|bos|atasan|seseorang|warga lain|orang ini|dia|pak [a-z]+|bu [a-z]+|bapak [a-z]+|ibu [a-z]+|lurah|camat|wali kota|kepala dinas|pejabat|someone|somebody|my neighbou?r|another person|this person|mr\.? [a-z]+|mrs\.? [a-z]+)\b/;
/** Bulk requests: a list of people's names or numbers. */
const BULK = /\b(daftar|list|semua|seluruh|data) (nama|nik|alamat|nomor|data|identitas)\b.{0,60}\b(warga|penduduk|orang|pegawai|penerima|peserta|pemohon|pelapor|residents|citizens|people)\b/;
const OWN_OR_OFFICE = /\b(saya sendiri|my own|kantor|office|dinas|disdukcapil|dukcapil|mpp|kelurahan)\b/;

/**
 * Step 2: masks NIK, KK and phone numbers first, then refuses prompt injection, requests for the
 * system prompt, and requests for someone's personal data.
 */
export const guardInput: Step = async function guardInput(ctx) {
  const masked = maskPersonalData(ctx.question);
  ctx.question = masked.text;
  ctx.pii = masked.found;
  ctx.normalized = normalizeText(masked.text);
  ctx.searchQuery = masked.text;
  const text = ` ${ctx.normalized} `;
  const raw = ` ${masked.text.toLowerCase()} `;

  if (INJECTION.some((re) => re.test(text) || re.test(raw))) {
    ctx.abort("refused", canned("refused_injection", ctx.lang));
    return;
  }
  if (FABRICATE.some((re) => re.test(text) || re.test(raw))) {
    ctx.abort("refused", canned("refused_fabricate", ctx.lang));
    return;
  }
  // While a citizen fills a form field, the message is their own answer (a complaint may name
  // "pak lurah" and an address); the personal-data refusal is for lookups, not for that.
  const fillingForm = (ctx.memory.state?.form as { kind?: string } | undefined)?.kind === "filling";
  if (fillingForm) return;
  const personLookup = (DATA_FIELD.test(text) && OTHER_PERSON.test(text) && !OWN_OR_OFFICE.test(text)) || BULK.test(text);
  const numberLookup = masked.found.includes("nik") && LOOKUP.test(text) && !/\b(status|tiket|ticket)\b/.test(text);
  if (personLookup || numberLookup) {
    ctx.abort("refused", canned("refused_personal_data", ctx.lang));
  }
};
