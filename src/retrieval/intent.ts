import type { CorpusIndex } from "../index/corpus-index.js";
import { normalizeText } from "../text/normalize.js";
import { STOPWORDS } from "../text/stopwords.js";

/** Normalised words without stopwords, so "ktp yg hilang" reads like the alias "ktp hilang". */
function contentWords(text: string): string {
  return normalizeText(text)
    .split(" ")
    .filter((w) => w && !STOPWORDS.has(w))
    .join(" ");
}

/** Which component of a service standard a question asks about, from its (normalised) wording. */
const COMPONENT_PATTERNS: Array<[string, RegExp]> = [
  ["biaya", /\b(biaya|bayar|gratis|tarif|harga|retribusi|pungut\w*|uang|rp)\b/],
  ["waktu", /\b(lama|berapa hari|waktu|durasi|selesai|jadi(nya)? kapan|kapan jadi|hari kerja|jam)\b/],
  ["persyaratan", /\b(syarat\w*|persyaratan|dokumen|berkas|bawa|dibawa|perlu (apa|disiapkan)|diperlukan|dibutuhkan)\b/],
  ["prosedur", /\b(cara\w*|prosedur|langkah|alur|tahap\w*|proses|urus|mengurus|daftar|mendaftar|bagaimana)\b/],
  ["pengaduan", /\b(adu|aduan|pengaduan|komplain|keluhan|lapor|melapor)\b/],
  ["produk", /\b(produk|hasil(nya)?|dapat apa|berlaku|masa berlaku)\b/],
  ["lokasi", /\b(dimana|di mana|lokasi|alamat kantor|tempat(nya)?)\b/],
  ["jam_layanan", /\b(jam (buka|layanan|kerja|operasional)|buka (jam|hari)|hari sabtu|hari minggu)\b/],
  ["dasar_hukum", /\b(dasar hukum|aturan(nya)?|landasan)\b/],
];

/**
 * The components a question asks about.
 *
 * @example
 * componentIntents("brp lama bikin akte lahir") // ["waktu"]
 */
export function componentIntents(question: string): string[] {
  const text = normalizeText(question);
  return COMPONENT_PATTERNS.filter(([, re]) => re.test(text)).map(([c]) => c);
}

interface Alias {
  serviceId: string;
  phrase: RegExp;
  words: string[];
  length: number;
}

const aliasCache = new WeakMap<CorpusIndex, Alias[]>();

function aliases(index: CorpusIndex) {
  let list = aliasCache.get(index);
  if (!list) {
    list = [];
    for (const d of index.documents()) {
      if (d.kind !== "service") continue;
      for (const a of [d.meta.nama, ...d.meta.aliases]) {
        const phrase = contentWords(a);
        if (phrase.length < 2) continue;
        const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        list.push({ serviceId: d.meta.id, phrase: new RegExp(`(^| )${escaped}( |$)`), words: phrase.split(" "), length: phrase.length });
      }
    }
    list.sort((a, b) => b.length - a.length);
    aliasCache.set(index, list);
  }
  return list;
}

/**
 * Services a question names by one of their aliases ("kk baru", "akte lahir"). Longer aliases win
 * over the shorter ones they contain ("e-ktp hilang" over "e-ktp").
 *
 * For a follow-up, pass the new message as `newMessage` and the message plus the previous topic
 * as `question`: when the new message names no service itself, an alias matches if all its words
 * occur in the combined text and one of them is new ("kalau yang hilang?" after "ktp baru" → "ktp hilang").
 *
 * @example
 * mentionedServices("syarat kk baru apa aja", index) // ["kartu-keluarga"]
 * mentionedServices("kalau yang hilang syarat ktp baru", index, "kalau yang hilang") // ["ktp-el-hilang-rusak"]
 */
export function mentionedServices(question: string, index: CorpusIndex, newMessage?: string): string[] {
  if (newMessage !== undefined && newMessage !== question) {
    const own = mentionedServices(newMessage, index);
    if (own.length > 0) return own;
    const all = new Set(contentWords(question).split(" "));
    const fresh = new Set(contentWords(newMessage).split(" "));
    const found: string[] = [];
    for (const a of aliases(index)) {
      if (a.words.every((w) => all.has(w)) && a.words.some((w) => fresh.has(w)) && !found.includes(a.serviceId)) found.push(a.serviceId);
    }
    return found;
  }
  let text = ` ${contentWords(question)} `;
  const found: string[] = [];
  for (const a of aliases(index)) {
    if (a.phrase.test(text)) {
      if (!found.includes(a.serviceId)) found.push(a.serviceId);
      text = text.replace(a.phrase, " \u0000 ");
    }
  }
  return found;
}
