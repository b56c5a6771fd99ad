import type { CorpusIndex } from "../index/corpus-index.js";
import { normalizeText, stem } from "../text/normalize.js";
import { STOPWORDS } from "../text/stopwords.js";

/**
 * Normalised words without stopwords, so "ktp yg hilang" reads like the alias "ktp hilang", and without a
 * clitic "-nya" ("akta kematiannya" reads "akta kematian").
 */
function contentWords(text: string): string {
  return normalizeText(text)
    .split(" ")
    .filter((w) => w && !STOPWORDS.has(w))
    .map((w) => (w.length >= 7 && w.endsWith("nya") ? w.slice(0, -3) : w))
    .join(" ");
}

/** A complaint about a service. "Lapor" is also how a birth, a death or a move is registered ("lapor kematian ke dukcapil"): that is not a complaint. */
const COMPLAINT =
  /\b(adu|aduan|mengadu|pengaduan|komplain|keluhan|mengeluh|(lapor|melapor|laporkan)(?! (\w+ )?(kematian|kelahiran|kepindahan|kedatangan|pindah|datang|ke (dukcapil|disdukcapil|capil)))|pungli|pungutan liar|dimintai (uang|bayaran)|diminta (uang|bayar\w*)|minta (uang|duit)|pelicin|oknum|suap|calo|sogok|kecewa|tidak puas)\b/;

/**
 * Which component of a service standard a question asks about, from its (normalised) wording.
 * The vocabulary is how people ask about each component in general (PermenPAN-RB 15/2014), in
 * informal Indonesian and, after normalisation, English; it names no particular service.
 */
const COMPONENT_PATTERNS: Array<[string, RegExp]> = [
  [
    "biaya",
    /\b(biaya\w*|bayar\w*|dibayar|gratis|tarif|harga|retribusi|pungut\w*|uang|duit|ongkos|rp|rupiah|mahal|murah|fee|cost|charge)\b|^(berapa|brp)\b(?!.*\b(lama|hari|jam|kali|tahun|pasal|ayat|bulan|minggu|orang)\b)/,
  ],
  [
    "waktu",
    /\b(lama(nya)?|berapa hari|waktu|durasi|selesai(nya)?|jadi(nya)? kapan|kapan (jadi|selesai|keluar|terbit|bisa diambil)|hari kerja|hari (itu|ini) (juga|jadi)|hari yang sama|langsung jadi|sehari jadi|\d+ (hari|minggu|pekan|jam|bulan) (jadi|selesai|kelar|beres|keluar)|ditunggu|cepat|lambat)\b/,
  ],
  [
    "persyaratan",
    /\b(syarat\w*|persyaratan|dokumen( apa)?|berkas(?! (\w+ )?(sudah |udah |sdh )?(lengkap|diterima|masuk|diserahkan|diproses))|bawa\w*|dibawa|membawa|disiapkan|siapkan|disiapin|perlu (apa|disiapkan|dibawa)|diperlukan|dibutuhkan|butuh apa|lampiran|fotokopi|pengantar)\b/,
  ],
  ["prosedur", /\b(cara\w*|prosedur|langkah\w*|alur|tahap\w*|proses\w*|mekanisme|bagaimana)\b/],
  ["pengaduan", COMPLAINT],
  [
    "produk",
    /\b(produk|hasil(nya)?|dapat apa|mendapat apa|diterima apa|berlaku (sampai|hingga|berapa)|masa berlaku|sampai kapan berlaku|kedaluwarsa|expired)\b/,
  ],
  [
    "lokasi",
    /\b(dimana|di mana|kemana|ke mana|lokasi|alamat(nya)?(?! (email|e-mail|surel|web\w*|situs|url|ip|akun))|kantor(nya)? (di|dimana)|tempat(nya)?|loket(nya)? (di|dimana))\b/,
  ],
  [
    "jam_layanan",
    /\b(jam (buka|berapa|layanan|kerja|operasional|pelayanan)|buka (jam|hari|sampai)|tutup jam|hari (sabtu|minggu|libur)|sabtu|akhir pekan|weekend|libur)\b/,
  ],
  ["sarana", /\b(antre\w*|antri\w*|nomor antrean|online|daring|aplikasi(?! permohonan)|fasilitas|sarana|ruang tunggu|website|situs)\b/],
  // Which agency provides or issues it ("diurus di dinas mana?", "pemkot atau polisi?", "who issues it?").
  [
    "dialihkan_ke",
    /\b((instansi|dinas|kantor|lembaga|pihak|siapa)( \w+)? yang (berwenang|menerbitkan|mengeluarkan|memberi\w*|ngeluarin|nerbitin)|(diterbitkan|dikeluarkan|diberikan) oleh (siapa|instansi|dinas|pemkot|pemda|kelurahan|kecamatan|polisi|kepolisian)|berwenang|kewenangan|wewenang|(dinas|instansi|lembaga) (apa|mana)|which (authority|agency|office|department)|who issues|issued by|(pemkot|pemda|pemerintah kota|kelurahan|kecamatan|lurah|camat|city hall|city)\b.{0,30}\b(atau|or)\b.{0,30}\b(polisi|polsek|polres\w*|kepolisian|police))\b/,
  ],
  ["dasar_hukum", /\b(dasar hukum\w*|aturan(nya)?|landasan\w*|undang[- ]undang|regulasi(nya)?|berpedoman|(peraturan|regulasi) apa)\b/],
];

/**
 * "Berlaku berapa lama", "berapa lama ... berlaku", "masa berlaku": how long a document stays
 * valid (the product), not how long it takes to make; its "lama" is not a processing-time question.
 */
const VALIDITY = String.raw`\b(?:masa berlaku\w*(?:(?: \S+){0,4}? (?:berapa|brp) lama)?|berlaku\w*(?: \S+){0,4}? (?:berapa lama|brp lama|sampai kapan|hingga kapan|seumur hidup|selamanya)|(?:berapa|brp) lama(?: \S+){0,8}? (?:masa )?(?:berlaku\w*|valid))\b`;
const ASKS_VALIDITY = new RegExp(VALIDITY);
/** A deadline the citizen must meet ("paling lambat 30 hari", "batas waktu lapor") is not the service's processing time. */
const DEADLINE =
  /\b((berapa|brp)( (hari|lama))? )?(batas waktu(nya)?|batas(nya|an)?|tenggat( waktu)?(nya)?|paling lambat|jatuh tempo(nya)?)( (berapa|brp) (hari|lama))?\b|\b(berapa|brp) (hari|minggu|bulan|lama) sebelum\w*\b/g;
const VALIDITY_PHRASES = new RegExp(VALIDITY, "g");
/** How long, or time at all, in a message that names a deadline: the deadline's ("lewat waktunya"), not the processing time. */
const DEADLINE_ASKED = /\b(berapa|brp) (hari|lama|minggu|bulan)\b|\b(lama|waktu)(nya)?\b/g;
/** A deadline named as such (not "batas umur"). */
const DEADLINE_NAMED =
  /\b(batas waktu\w*|tenggat\w*|paling lambat|jatuh tempo\w*|deadline)\b|\bpaling lama( \S+){0,4} (harus |wajib )?(dilapor\w*|lapor\w*|melapor\w*|diajukan|didaftarkan)\b/;
/** What a citizen must do by a deadline: report, register, apply. */
const CITIZEN_ACT = /\b\w*(lapor|daftar|aju)\w*\b|\bregist\w*|\breport\w*/;
/** The making of the document named ("bikin aktenya berapa lama", "kapan jadinya"): its time is the processing time. */
const MAKING =
  /\b(hari kerja|penyelesaian|jadi\w*|selesai\w*|proses\w*|kelar|beres|terbit\w*|keluar\w*|bikin\w*|buat\w*|urus\w*|ngurus\w*|mengurus\w*|pembuatan|penerbitan)\b/;

/** A bare "berapa" closing a question that asks nothing else ("bikin skck brp skrg?"): the fee, unless it counts an age, a number or a Pasal. */
const BARE_FEE =
  /(?<!\b(umur|usia|nomor|no|pasal|ayat|tahun|jam|hari|kali|lama|orang|kelas|tier|versi|lantai|lembar|lapis|angka|huruf|bab|ukuran|minggu|bulan|menit|sampai|hingga|maksimal|maks|minimal|salinan|rangkap|luas|ada) )\b(berapa|brp)( (an|skrg|sekarang|ya|sih|aja|saja|kak|min|pak|bu|bang))*\s*\?*\s*$/;

/** "Waktu urus akte …", "waktu sy datang": "waktu" as "when", not the processing time. */
const WHEN = /\bwaktu (?=(urus|ngurus|mengurus|ke|saya|aku|kami|mau|itu|lagi|kemarin|kemaren|datang|daftar|bikin|buat|antre|antri)\b)/g;

/** An officer asking for money: "pungli", "dimintai uang", "minta uang pelicin", "oknum". */
const EXTORTION = /\b(pungli|pungutan liar|dimintai (uang|bayaran)|diminta (uang|bayar\w*)|minta (uang|duit)|pelicin|oknum|suap|calo|sogok)\b/;

const FEARED = /\b(takut|khawatir|cemas|jangan sampai|biar (gak|tidak|nggak|ga)|supaya (tidak|gak)|afraid|worried)\b( \w+){0,6}/g;

/** A life event that is registered by reporting it. */
const LIFE_EVENT = /\b(meninggal|wafat|kematian|lahir|kelahiran|melahirkan|lahiran|pindah\w*|kepindahan|kedatangan)\b/;
/** The verbs of reporting, which register a life event as well as file a complaint. */
const REPORTING = /\b(lapor|melapor|laporkan|melaporkan|dilaporkan|pelaporan)\b/g;

/** Generic verbs of getting a document done ("urus", "daftar", "apply"). */
const ERRAND = /\b(urus|ngurus|mengurus|diurus|urusnya|daftar|mendaftar|didaftarkan|apply|mengajukan|pengajuan|diajukan|ajukan)\b/;

/**
 * The components a question asks about.
 *
 * @example
 * componentIntents("brp lama bikin akte lahir") // ["waktu"]
 * componentIntents("ktp berlaku berapa lama") // ["produk"]
 */
export function componentIntents(question: string): string[] {
  const normalized = normalizeText(question);
  const validity = ASKS_VALIDITY.test(normalized);
  // A message that names a deadline asks it with its "berapa hari" ("ada batas waktunya lapor kematian ke dukcapil? brp
  // hari?"), not the processing time, unless that sentence names the making ("trus bikin aktenya berapa lama?").
  const sentences = question.split(/(?<=[?!.\n])/).map((sentence) => {
    const t = normalizeText(sentence);
    return (validity ? t.replace(VALIDITY_PHRASES, " ") : t).replace(WHEN, " ");
  });
  // Of an act the asker must do ("batas waktu lapor kematian"), not the office's own time to reply ("lewat batas waktunya").
  const deadline = sentences.some((t) => DEADLINE_NAMED.test(t) && CITIZEN_ACT.test(t));
  const text = sentences.map((t) => (deadline && !MAKING.test(t) ? t.replace(DEADLINE, " ").replace(DEADLINE_ASKED, " ") : t.replace(DEADLINE, " "))).join(" ");
  const found = COMPONENT_PATTERNS.filter(([, re]) => re.test(text)).map(([c]) => c);
  // Money an officer asked for ("petugas minta uang 200rb") is the complaint, not the service's fee;
  // a fear of it ("bayar ka tdk? takut dimintai uang") leaves the fee question standing.
  if (found.includes("biaya") && EXTORTION.test(text.replace(FEARED, " "))) found.splice(found.indexOf("biaya"), 1);
  // Nor is a fear of it a complaint ("khawatir dimintai uang lebih oleh calo. Berapa tarif resminya?").
  if (found.includes("pengaduan") && !COMPLAINT.test(text.replace(FEARED, " "))) found.splice(found.indexOf("pengaduan"), 1);
  // Reporting in a message about a death, a birth or a move ("bapak sy meninggal … ada batas waktunya harus lapor?") registers
  // it; a complaint needs its own word ("komplain", "pungli").
  if (found.includes("pengaduan") && LIFE_EVENT.test(text) && !COMPLAINT.test(text.replace(REPORTING, " "))) found.splice(found.indexOf("pengaduan"), 1);
  // "Prosesnya" beside a duration ("prosesnya 30 hari kerja?", "brp lama prosesnya") is the processing time, not the procedure.
  if (found.includes("waktu") && found.includes("prosedur") && !/\b(cara\w*|prosedur|langkah\w*|alur|tahap\w*|mekanisme|bagaimana)\b/.test(text))
    found.splice(found.indexOf("prosedur"), 1);
  // "Urus", "daftar" name the errand, not a component: a how-to only when nothing more specific is asked.
  // The bare "berapa" may close any of the message's questions ("bikin skck brp skrg? bisa di MPP jg?").
  const closesQuestion = question.split(/[?!\n]+/).some((q) => BARE_FEE.test(normalizeText(q)));
  if (found.length === 0 && !validity && (BARE_FEE.test(text) || closesQuestion)) found.push("biaya");
  if (found.length === 0 && !validity && ERRAND.test(text)) found.push("prosedur");
  return validity && !found.includes("produk") ? [...found, "produk"] : found;
}

interface Alias {
  serviceId: string;
  phrase: RegExp;
  /** The alias with up to `ALIAS_GAP` other words between its words. */
  spread: RegExp;
  words: string[];
  /** Its words' stems, space-padded (" lapor mati "). */
  stems: string;
  length: number;
}

/** Words allowed between an alias's words when no alias is named as written. */
const ALIAS_GAP = 2;

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
        const spread = escaped.split(" ").join(String.raw` (?:\S+ ){0,${ALIAS_GAP}}`);
        list.push({
          serviceId: d.meta.id,
          phrase: new RegExp(`(^| )${escaped}( |$)`),
          spread: new RegExp(`(^| )${spread}( |$)`),
          words: phrase.split(" "),
          stems: ` ${phrase.split(" ").map(stem).join(" ")} `,
          length: phrase.length,
        });
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
  return serviceMentions(question, index, newMessage).map((m) => m.serviceId);
}

/** A service named in a question, and the alias words that name it ("kk hancur" → kartu-keluarga, "kk"). */
export interface ServiceMention {
  serviceId: string;
  words: string;
}

/** As `mentionedServices`, with the alias by which each service is named. */
export function serviceMentions(question: string, index: CorpusIndex, newMessage?: string): ServiceMention[] {
  if (newMessage !== undefined && newMessage !== question) {
    const own = serviceMentions(newMessage, index);
    if (own.length > 0) return own;
    const all = new Set(contentWords(question).split(" "));
    const fresh = new Set(contentWords(newMessage).split(" "));
    const found: ServiceMention[] = [];
    for (const a of aliases(index)) {
      if (a.words.every((w) => all.has(w)) && a.words.some((w) => fresh.has(w)) && !found.some((f) => f.serviceId === a.serviceId))
        found.push({ serviceId: a.serviceId, words: a.words.join(" ") });
    }
    return found;
  }
  const content = ` ${contentWords(question.replace(VOCATIVE, " "))} `;
  let text = content;
  const found: ServiceMention[] = [];
  for (const a of aliases(index)) {
    if (a.phrase.test(text)) {
      if (!found.some((f) => f.serviceId === a.serviceId)) found.push({ serviceId: a.serviceId, words: a.words.join(" ") });
      text = text.replace(a.phrase, " \u0000 ");
    }
  }
  if (found.length > 0) {
    // A longer alias named with a few words between wins over the shorter one it contains, as it does written
    // together ("my e-KTP got stolen" → "e-ktp dicuri hilang": the lost card, not a new one).
    // So does a document's replacement service when a clause tells the document was lost or damaged, however far apart
    // ("lost his wallet with his ID card inside … a new card" → the lost card, not a new one; not "ktp baru, tp kk hilang").
    const clauses = !content.split(" ").some((w) => LOST.test(w))
      ? []
      : question
          .split(/[,.;?!\n]+|\s-\s|\b(?:tapi|tp|tetapi|but|sedangkan|while|kalau|kalo|klo|dan|and|padahal)\b/i)
          .map((c) => contentWords(c).split(" "))
          .filter((c) => c.some((w) => LOST.test(w)));
    // Lost itself ("ktp sy ilang", "lost his ID card"), or in the wallet or bag that was ("dompet dicopet, isinya ktp").
    const lostIn = (words: string[]) =>
      clauses.some((c) => {
        const at = c.findIndex((w) => words.includes(w));
        if (at < 0 || !words.every((w) => c.includes(w))) return false;
        const near = c.slice(Math.max(0, at - LOST_GAP), at + words.length + LOST_GAP);
        return near.some((w) => LOST.test(w)) || c.some((w) => CONTAINER.test(w));
      });
    return found.map((f) => {
      const words = f.words.split(" ");
      const longer = aliases(index).find(
        (a) =>
          a.serviceId !== f.serviceId &&
          ((a.words.length > words.length && words.every((w) => a.words.includes(w)) && a.spread.test(content)) ||
            (a.words.some((w) => LOST.test(w)) &&
              a.words.filter((w) => !LOST.test(w)).every((w) => words.includes(w)) &&
              // Only in place of the same document's "new" service ("ktp baru", "KTP Elektronik"), not another's ("ktp anak").
              words.every((w) => a.words.includes(w) || NEW_DOCUMENT.test(w)) &&
              lostIn(a.words.filter((w) => !LOST.test(w))))),
      );
      return longer && !found.some((g) => g.serviceId === longer.serviceId) ? { serviceId: longer.serviceId, words: longer.words.join(" ") } : f;
    });
  }
  // Named with a few words between ("izin dari kepolisian untuk keramaian", "KTP was stolen" → "ktp dicuri hilang").
  for (const a of aliases(index)) {
    if (a.words.length < 2 || found.some((f) => f.serviceId === a.serviceId)) continue;
    if (a.spread.test(text)) found.push({ serviceId: a.serviceId, words: a.words.join(" ") });
  }
  // Named in another form of its words ("pelaporan kematian" for "lapor kematian", "mendaftarkan akta lahir"): by their stems.
  // Not in a question about a regulation ("Perwali 41/2021 mengatur aplikasi pelaporan kinerja?"), and an alias word that stemming
  // changes must be written as it is ("lapor mati lampu" is no "lapor kematian").
  if (found.length === 0 && !REGULATION_NAMED.test(text)) {
    const stems = ` ${text.split(" ").filter(Boolean).map(stem).join(" ")} `;
    for (const a of aliases(index)) {
      if (a.words.length < 2 || found.some((f) => f.serviceId === a.serviceId)) continue;
      if (stems.includes(a.stems) && a.words.every((w) => stem(w) === w || text.includes(` ${w} `)))
        found.push({ serviceId: a.serviceId, words: a.words.join(" ") });
    }
  }
  return found;
}

/** A regulation named ("perwali", "pasal 5", "the regulation"). */
const REGULATION_NAMED = /\b(perwali|perwal|peraturan|regulation|pasal|perda)\b/;

/** A document lost, stolen or damaged (normalised words; English is read in Indonesian). */
export const LOST_WORDS = String.raw`(hilang|kehilangan|dicuri|kecurian|dicopet|kecopetan|copet|rusak|patah|robek|jatuh|terjatuh|tercecer|raib|kemalingan)`;
const LOST = new RegExp(`^${LOST_WORDS}$`);
/** What a document is carried in: lost with it ("dompet dicopet, isinya ktp", "lost my wallet with my e-KTP inside"). */
const CONTAINER = /^(dompet|tas|wallet|bag|purse|handbag|ransel|backpack)$/;
/** How many words may stand between a document and its loss ("ktp sy ilang", "lost his wallet with his ID card"). */
const LOST_GAP = 2;
/** The words by which the "new" service of a document is told from its replacement. */
const NEW_DOCUMENT = /^(baru|elektronik|el|e|pertama|penerbitan|terbit)$/;

/** "Kk, sy mau tanya", "makasih kk": "kk" (kakak) addressing the reader, not the family card. */
const VOCATIVE =
  /^\s*(halo |hai |hi |permisi |maaf |pagi |siang |sore |malam )?(kk|kak)\s*[,!]|\b(makasih|terima kasih|trims|thanks|thx|tq|ya|yah|dong|nih|sih|min|tanya)\s+(kk|kak)\b\s*[?.!]*\s*$/gi;

/**
 * Whether the asker already has the document an alias names ("udah ada NIB", "I already have a KK",
 * "akta kematiannya sudah jadi", "setelah akta kematian suami saya selesai"): then it is their situation, not what they ask about.
 */
export function alreadyHas(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\W+(?:\\w+\\W+)?");
  return (
    new RegExp(
      `\\b(?:sudah|udah|udh|sdh|dah|already|have already|already have|already got)\\W+(?:(?:ada|punya|pny|memiliki|have|got|has)\\W+)?(?:(?:a|an|the|my|our|sebuah)\\W+)?${escaped}\\b`,
      "i",
    ).test(text) ||
    new RegExp(
      `\\b${escaped}(?:nya)?\\W+(?:\\w+\\W+)?(?:sudah|udah|udh|sdh|already)\\W+(?:jadi|ada|diurus|selesai|beres|terbit|keluar|done|issued|sorted)\\b`,
      "i",
    ).test(text) ||
    // "Setelah akta kematian suami saya selesai, …", "once the KK was issued": done before what is asked, unless collecting
    // it is what is asked ("stlh akta anak sy jadi, ambilnya dimana?").
    (new RegExp(
      `\\b(?:setelah|sesudah|stlh|after|once)\\W+${escaped}(?:nya)?\\W+(?:\\w+\\W+){0,3}(?:selesai|jadi|terbit|keluar|beres|was issued|is issued|came out|was done)\\b`,
      "i",
    ).test(text) &&
      !/\b(ambil\w*|diambil|mengambil|dikirim|pick(ed)? up|collect\w*)\b/i.test(text))
  );
}
