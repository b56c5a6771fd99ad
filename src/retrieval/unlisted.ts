/**
 * What the sources leave out. Where a standard itself writes that a fee, duration, opening hour or
 * channel is "belum tercantum" (not listed), quoting it as the answer would dress a non-answer up
 * as one: the honest reply is "not listed", with that section cited and the way forward it names.
 * Likewise a question for a typed value (clock hours, an amount, a phone number, …) that none of
 * the top passages holds is not answered by them, however well their other words match.
 */
import type { StoredChunk } from "../index/manifest.js";
import { durationValues, moneyValues } from "../text/figures.js";
import { normalizeText, tokenize } from "../text/normalize.js";
import { EVIDENCE_DEPTH } from "./evidence.js";
import type { RetrievedChunk } from "./hybrid.js";

/** A sentence that declares its subject not listed in the source. */
const NOT_LISTED = /\b(belum|tidak) (tercantum|dicantumkan|disebutkan|dipublikasikan)\b/i;

/**
 * Words of time and amount that every duration or fee sentence shares, and the verbs of an errand
 * ("ngajuin", "urus", "daftar") that every sentence of a service is about: they do not tell sentences apart.
 */
const GENERIC = new Set([
  "hari",
  "lama",
  "waktu",
  "jam",
  "berapa",
  "brp",
  "minggu",
  "bulan",
  "tahun",
  "kerja",
  "selesai",
  "jadi",
  "proses",
  "biaya",
  "bayar",
  "aju",
  "urus",
  "daftar",
  "buat",
]);

export interface UnlistedFact {
  /** The chunk holding the statement (a component of a service standard). */
  chunk: StoredChunk;
  /** The sentence that says the fact is not listed, as written (the reply quotes the whole section). */
  statement: string;
}

/**
 * Answers of a fixed type: a question asking for one of these is answered only by a passage that
 * holds such a value (clock hours, an office's address or phone number, a web address or app
 * store, an amount of money other than a service fee, a share, a count, an average, a schedule,
 * a sanction). Each entry is the asking pattern (tried on the user's words and on the normalised
 * ones), the value pattern, and the word a not-listed statement about it uses.
 */
const SLOTS: Array<{ slot: string; asks: RegExp; value: RegExp; names: RegExp; owned?: true; topical?: true; labelNamesTopic?: true; rawOnly?: true }> = [
  {
    slot: "hours",
    asks: /\b(jam (berapa|brp|buka|tutup|operasional|kerja|pelayanan|layanan|kantor)|buka jam|tutup jam|(buka|tutup) (dari |sampai |mulai )?pukul|pukul berapa|(waktu|jam) (buka|tutup|pembukaan|penutupan)|(opening|closing|office|business) (hours|times?)|what time)\b/,
    value: /\b\d{1,2}[.:]\d{2}\b|\bpukul \d|\b24 jam\b/i,
    names: /\bjam\b/i,
  },
  {
    slot: "address",
    asks: /\balamat( lengkap)?(nya)? (kantor|dinas|loket|disdukcapil|dukcapil|mpp|polres\w*|kelurahan)\b|\balamat( lengkap)?(nya)? (di ?mana|dmn|mana)\b|\b(di ?mana|dmn) alamat(nya)?\b|\bdi jalan apa\b|\b(office|street) address\b|\baddress of\b/,
    value: /\bJl\.?\s|\bjalan [A-Z]/,
    names: /\balamat\b/i,
    owned: true,
  },
  {
    slot: "phone",
    // An office's number ("nomor telepon dukcapil", "phone number of the Ombudsman"), not the asker's own.
    asks: /\b(nomor|no|nmr) (telepon|telp|tlp|kontak|call center|hotline|wa|whatsapp)( \w+){0,2} (disdukcapil|dukcapil|dinas|diskominfo|kominfo|ombudsman|polres\w*|polsek|kelurahan|kecamatan|mpp|pemkot|dpmptsp|disnaker|dinsos|pupr|service desk|helpdesk|pengaduan)\b|\b(phone|contact) number (of|for) (the )?\w+|\bcall center\b|\bhotline\b|\b(nomor|no|nmr|number)( \w+)? (cs|customer service|helpdesk|help desk)\b/,
    value: /\(\d{3,4}\)\s?\d|\b0\d{2,3}[- ]?\d{5,}|\b1708\b/,
    names: /\b(telepon|nomor|kontak)\b/i,
    owned: true,
  },
  {
    slot: "web",
    // Asked for ("alamat web resminya apa?", "where can I download it?"), not a site named in the story ("complaint through the LAPOR website").
    asks: /\b(apa|apakah|mana|dimana|di mana|dmn|what|which|where|minta|kasih|share|kirim\w*|send)\b.{0,40}\b(website\w*|situs( web\w*)?|alamat web\w*|web address|url|link(nya)?)\b|\b(website\w*|situs( web\w*)?|alamat web\w*|web address|url|link(nya)?)\b.{0,50}\b(apa|mana|dimana|di mana|dmn|what|where)\b|\b(download\w*|didownload|unduh|diunduh|mengunduh)\b/,
    value: /https?:\/\/|www\.|\.go\.id\b|\.com\b|\.id\b|play ?store|app ?store|google play/i,
    names: /\b(situs|website|alamat)\b/i,
  },
  {
    slot: "amount",
    // An amount of money other than a service's fee ("berapa biaya" is answered by the fee component).
    asks: /\b(berapa|brp) (total )?(rupiah|duit|uang|nominal\w*|anggaran\w*|dana|harga\w*|besaran\w*|honor\w*|insentif|gaji|nilai|realisasi|belanja|pendapatan|upah)\b|\bnominal(nya)?\b|\bbesaran (honor\w*|insentif|gaji|tunjangan|tarif|retribusi|anggaran)\b|\b(berapa|brp|how much)\b.{0,40}\b(tarif|harga|biaya|retribusi)\w*( \w+){0,3} (per|tiap|setiap) (meter|m2|lembar|bulan|hari|jam)\b|\b(sewa|rent|rental)\w*( \S+){0,10} (per|tiap|setiap|a) (bulan|tahun|hari|jam|month|year|day|hour)\b|\b(berapa|brp|how much|what is|what's|exact)\b.{0,40}\b(tarif|harga|retribusi|rate|price)\w*( \S+){0,6} (per|tiap|setiap) (meter|m2|square (metre|meter)|meter persegi)\b|\b(tarif|harga|retribusi|rate|price)\w*( \S+){0,6} (berapa|brp) (per|tiap|setiap) (meter|m2|meter persegi)\b|\bangka rupiah\w*\b|\b(berapa|brp) (persis\w*|pastinya|tepatnya) (retribusi|tarif|harga|nominal)\w*\b|\bhow (many rupiah|much money)\b|\bhow much (did|does|will|has|is|was)( \w+){0,4} (spend|spent|pay|paid|invest|allocat|budget)\w*\b|\b(berapa|brp) (alokasi|pagu)\w*\b|(?<!\b(sumber|jenis|macam) )\b(anggaran|apbd)\w*( \S+){0,2} (berapa|brp)\b(?! (macam|jenis|sumber|rangkap|lembar|kali|pasal))|\b(berapa|brp) (biaya|anggaran|dana|ongkos)\w* (pengembangan|pembangunan|pengadaan|pembuatan|pemeliharaan|proyek|project)\w*\b|\bexact (amount|fee|figure|cost)\b|\bexactly how much\b|\bhow much exactly\b|\b(monthly|hourly) (rate|fee|price)\b/,
    // A figure, or a component that opens with "Gratis" (not "other permits are free").
    value: /\bRp\.?\s?\d|^[^\n]*\n(\d+\. )?(gratis|tidak dipungut)\b/i,
    names: /\b(biaya|tarif|retribusi|besarnya)\b/i,
    // A service's fee does not answer what a budget or a project cost ("allocated in the APBD for Chatina");
    // the section a figure sits in names its subject ("… (SKCK), Biaya/tarif": "Rp30.000" is the SKCK fee).
    topical: true,
    labelNamesTopic: true,
  },
  {
    slot: "email",
    // An e-mail address ("email tim CSIRT apa?", "what's the e-mail for complaints").
    asks: /^(?!.*\b(perlu|butuh|pakai|pake|harus|wajib|need|needed|use)\b).*(\b(alamat|address) (email|e-mail|surel)\b)|\b(email|e-mail|surel)(nya)?( \w+){0,4} (apa|berapa)\?|\be-?mail address (of|for)\b/,
    value: /\S@\S/,
    names: /\b(email|e-mail|surel)\b/i,
    // Read within one line as written: normalising joins a message's lines ("… email gratisan" + "apa …").
    rawOnly: true,
  },
  {
    slot: "measure",
    // A measure in units ("berapa Mbps", "sudah tier berapa"), or how often something was downloaded or visited: a number in that unit answers it.
    asks: /\b(berapa|brp)( \w+)? (mbps|gbps|kbps|gb|tb|mb|ghz|tier)\b|\b(tier|level|versi)(nya)? (berapa|brp)\b|\b(berapa|brp) kali( \w+){0,3} (di)?(unduh|download|install|akses|kunjung)\w*\b|\bhow many (servers|units|downloads)\b|\bwhat (tier|level)\b/,
    value: /\b\d+([.,]\d+)?\s*(\(\w+( \w+)?\)\s*)?(mbps|gbps|kbps|gb|tb|mb|ghz|unit|buah|server|kali (diunduh|diakses|dikunjungi))\b|\b(tier|level) \d/i,
    names: /\b(jumlah|data)\b/i,
  },
  {
    slot: "decision",
    // The number of a mayor's decision or decree ("nomor Keputusan Walikotanya berapa"): only a passage that cites one answers it.
    asks: /^(?!.*\b(peraturan|perwali|regulation)\b).*(\bnomor( dan tanggal(nya)?)? (keputusan|sk|surat keputusan|kepwal)\w*\b.{0,80}\b(berapa|brp|apa)\b|\b(berapa|brp|apa) nomor (keputusan|sk|surat keputusan)\w*\b|\bnomor (berapa|brp)( \w+){0,2} (keputusan|sk|surat keputusan|kepwal)\w*\b|\b(decree|decision) number\b)/,
    value: /\b(keputusan|sk)\b[^.\n]{0,60}\bnomor \d+/i,
    names: /\b(keputusan|nomor)\b/i,
  },
  {
    slot: "share",
    asks: /\b(persentase|percentage|what share|proportion|berapa persen)\b/,
    value: /\d+([.,]\d+)?\s*(%|persen)/i,
    names: /\b(jumlah|data)\b/i,
  },
  {
    slot: "count",
    asks: /\b(statisti\w*|berapa (total|banyak) (jumlah )?(pengaduan|aduan|laporan|penduduk|warga|pengguna|pemohon|kelurahan|keping|blangko|opd|aplikasi)|how many (\w+ ){0,2}(complaints|residents|users|applications|kelurahan|villages|cards|blanks|people|citizens))\b/,
    value: /\b\d+\s+(\(\w+( \w+)?\)\s+)?(orang|pengaduan|aduan|pengguna|kelurahan|keping|unit|aplikasi)\b/i,
    names: /\b(jumlah|data)\b/i,
  },
  {
    slot: "average",
    asks: /\b(rata[- ]?rata|average)\b/,
    value: /\brata-rata\b|\b\d+\s+(\(\w+( \w+)?\)\s+)?(menit|jam|hari|minggu|bulan)\b/i,
    names: /\b(jumlah|data)\b/i,
  },
  {
    slot: "schedule",
    asks: /\b(jadwal\w*|schedule\w*)\b/,
    value:
      /\b(senin|selasa|rabu|kamis|jumat|sabtu|minggu|setiap (hari|minggu|bulan|tahun|\d+)|tiap \d+|\d+ (\(\w+( \w+)?\) )?(kali|hari|minggu|bulan|tahun)|\d{1,2} (januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember))\b/i,
    names: /\bjadwal\b/i,
  },
  {
    slot: "retention",
    // How long records are kept ("how long are chat logs kept before being deleted", "data disimpan berapa lama").
    asks: /\b(how long|berapa lama|brp lama|sampai kapan)\b.{0,60}\b(kept|stored|retained|saved|disimpan|tersimpan|dihapus|deleted)\b|\b(disimpan|tersimpan|kept|stored|retained)( \w+){0,3} (berapa lama|brp lama|for how long|how long)\b/,
    value: /\b\d+\s*(\(\w+( \w+)?\)\s*)?(hari|minggu|bulan|tahun|days?|months?|years?)\b|\bselama[- ]lamanya\b|\bpermanen\b/i,
    names: /\b(simpan|penyimpanan|retensi)\b/i,
    topical: true,
  },
  {
    slot: "deadline",
    // A deadline the asker must meet ("batas waktu lapor kematian", "paling lama kematian harus dilapor").
    // Only of an act the asker must do (report, apply, submit a revision), not of the making ("batas waktu penyelesaian KTP").
    asks: /^(?!.*\b(penyelesaian|pembuatan|penerbitan|jadi\w*|selesai\w*|proses\w*|processing|terbit\w*|hari kerja)\b)(?=.*\b(lapor\w*|melapor\w*|pelaporan|ajukan|mengajukan|pengajuan|diajukan|daftar\w*|mendaftar\w*|pendaftaran|serahkan|diserahkan|penyerahan|revisi\w*|report\w*|register\w*|submit\w*|apply\w*)\b).*\b(batas waktu\w*|tenggat\w*|paling lambat|paling lama|selambat[- ]lambatnya|jatuh tempo|deadline|time limit|how soon)\b/,
    value:
      /\b(paling lambat|selambat-lambatnya|batas waktu|maksimal|paling lama|sebelum|sejak|dalam|within)\b[^.\n]{0,60}\b\d+\s*(\(\w+( \w+)?\)\s*)?(hari|minggu|bulan|tahun)\b|\b\d+\s*(\(\w+( \w+)?\)\s*)?(hari|minggu|bulan|tahun)( kerja)? (sejak|setelah|sebelum)\b/i,
    names: /\b(batas|waktu)\b/i,
  },
  {
    slot: "sanction",
    asks: /\b(sanksi\w*|denda\w*|hukuman\w*|pidana|dipidana|penalty|penalties|fined|fines|a fine|sanction\w*|punish\w*)\b/,
    value: /\b(sanksi\w*|denda\w*|pidana|dipidana|hukuman\w*|teguran|diberhentikan)\b/i,
    names: /\b(sanksi|denda)\b/i,
    topical: true,
  },
];

/**
 * The typed value a question asks for that none of `chunks` holds ("jam berapa" and no clock
 * time in them), or null when it asks for none or one of them holds it.
 *
 * @example
 * missingSlot("dukcapil buka jam berapa?", [jamLayananChunk]) // "hours": the chunk gives days, not hours
 */
export type MissingSlot = { slot: string; names: RegExp };

export function missingSlot(question: string, chunks: StoredChunk[]): MissingSlot | null {
  for (const asked of askedSlots(question)) if (!chunks.some(asked.holds)) return asked.slot;
  return null;
}

/**
 * Which of `chunks` first holds the typed value the question asks for (the clock hours, a deadline, an amount), or -1 when it
 * asks for none or none holds it: that passage is the one to quote first.
 *
 * @example
 * slotHolder("batas waktu lapor kematian berapa hari?", [ringkasan, prosedur]) // 1: the procedure states "paling lambat 30 hari"
 */
export function slotHolder(question: string, chunks: StoredChunk[]): number {
  const [asked] = askedSlots(question);
  return asked ? chunks.findIndex(asked.holds) : -1;
}

/** The slots a question asks for, each with the test of whether a passage holds its value. */
function askedSlots(question: string): Array<{ slot: MissingSlot; holds: (c: StoredChunk) => boolean }> {
  const text = normalizeText(question);
  const raw = question.toLowerCase();
  return SLOTS.filter((s) => (!s.rawOnly && s.asks.test(text)) || s.asks.test(raw)).map((s) => {
    const owner = s.owned ? namedOwner(raw) : null;
    const topic = s.topical ? topicWords(question, s.value) : null;
    const holds = (c: StoredChunk) =>
      owner
        ? ownsValue(c.text, s.value, owner)
        : topic
          ? (s.labelNamesTopic === true && s.value.test(c.text) && tokenize(c.label).some((t) => topic.has(t))) ||
            statementsOf(c.text).some((x) => s.value.test(x) && tokenize(x).some((t) => topic.has(t)))
          : s.value.test(c.text);
    return { slot: s, holds };
  });
}

/**
 * A sanction answers "telat lapor kelahiran, kena denda berapa?" only when the sentence that holds it is
 * about what the question is about (late reporting), not another sanction in the same passage
 * (officers who charge a fee): the question's words other than the sanction's own and the generic ones.
 */
function topicWords(question: string, value: RegExp): Set<string> {
  return new Set(tokenize(question).filter((t) => !value.test(t) && !GENERIC.has(t) && !SANCTION_WORDS.has(t) && !/^\d+$/.test(t)));
}
const SANCTION_WORDS = new Set(["kena", "dikenai", "dikenakan", "ancam", "ancaman", "apa", "kalau", "kalo", "jika", "sanksi", "denda", "hukum", "hukuman"]);

/** Where one sentence of a line ends: not after an abbreviation ("Jl. Drs. H."). */
const SENTENCE_BREAK = /(?<=[\w!?)]{4}[.!?])\s+(?=[A-Z])/;

/** A passage's lines and sentences. */
function statementsOf(text: string): string[] {
  return text.split(/\n+/).flatMap((line) => line.split(SENTENCE_BREAK));
}

/**
 * Bodies whose own phone number or address a question may ask for, each with the names the
 * sources use for it. A number or an address answers "the Ombudsman's number" only when the
 * sentence holding it names the Ombudsman, not when it is another office's number in the same
 * passage.
 */
const OWNERS: RegExp[] = [
  // A branch before its parent office: "UPTD disdukcapil di Poasia" asks the branch's address, not the main office's.
  /(?<!\b(?:dan|and|atau|or|serta) )\buptd\b|\bbranch (office)?\b|\bkantor cabang\b/i,
  /\b(dis)?dukcapil\b|\bdinas kependudukan\b/i,
  /\b(dis)?kominfo\b|\bdinas komunikasi\b|\bservice desk\b|\bhelp ?desk\b/i,
  /\bombudsman\b/i,
  /\bpolres\w*\b|\bpolsek\b|\bpolda\b|\bkepolisian\b|\bpolice\b/i,
  /\bdpmptsp\b|\bpenanaman modal\b/i,
  /\bdisnaker\b|\bdinas tenaga kerja\b|\bmanpower\b/i,
  /\bdinsos\b|\bdinas sosial\b|\bsocial (affairs|services)\b/i,
  /\bpupr\b|\bpekerjaan umum\b/i,
  /\binspektorat\b|\binspectorate\b/i,
  /\bbpjs\b/i,
];

/** The body a question names as the owner of the asked value, or null when it names none. */
function namedOwner(question: string): RegExp | null {
  return OWNERS.find((o) => o.test(question)) ?? null;
}

/**
 * Whether a passage gives `owner`'s value: the value in a sentence that names the owner, or that
 * follows one naming it in the same list item ("Kantor Disdukcapil, Jl. … . Telepon (0401) …").
 * Sentences are not split after an abbreviation ("Jl. Drs. H.").
 */
function ownsValue(text: string, value: RegExp, owner: RegExp): boolean {
  return text.split(/\n+/).some((line) => {
    const parts = line.split(SENTENCE_BREAK);
    return parts.some((x, i) => value.test(x) && (owner.test(x) || (i > 0 && owner.test(parts[i - 1]!))));
  });
}

/** A service chunk's section without its heading line (the chunk's first line). */
export function sectionBody(chunk: StoredChunk): string {
  return chunk.text.split("\n").slice(1).join("\n");
}

/** The body sentences of a service chunk. */
function sentences(chunk: StoredChunk): string[] {
  return sectionBody(chunk)
    .split(/\n|(?<=[.!?])\s+/)
    .map((s) => s.replace(/^\d+\.\s*/, "").trim())
    .filter(Boolean);
}

/**
 * The not-listed statement that answers the question, or null: first for a typed value asked
 * and missing from the top passages (`missing`, from `missingSlot`), when one of them says it is
 * not listed; then for the one component asked (e.g. "waktu"), when that component of
 * the top service is among the top three hits and opens with, or is closest to the question in,
 * a not-listed sentence. A component that lists other facts too ("buka 7 hari dalam seminggu;
 * jam bukanya belum tercantum") still answers a question about those facts.
 *
 * @example
 * unlistedFact("brp lama bikin kk?", ["waktu"], hits)?.statement
 * // "Belum tercantum dalam standar pelayanan yang dipublikasikan; silakan konfirmasi ke Disdukcapil Kota Kendari."
 */
export function unlistedFact(
  question: string,
  components: string[],
  hits: RetrievedChunk[],
  missing: MissingSlot | null = null,
  /**
   * The whole message, the components and the services it names: a figure claimed in its story ("my neighbour said
   * it costs Rp25.000") picks the component, and the services it names pick whose section is read (not whichever
   * service ranks first).
   */
  message?: { text: string; components: string[]; services?: string[] },
): UnlistedFact | null {
  if (missing) return slotNotListed(missing, hits) ?? componentNotListed(question, components, hits, message);
  // A typed value asked that a top passage holds ("how soon do we have to register the birth?": "paling lambat 60 hari" in a
  // section that says its processing time is not listed) is answered, not said to be missing.
  if (
    slotHolder(
      question,
      hits.slice(0, EVIDENCE_DEPTH).map((h) => h.chunk),
    ) >= 0
  )
    return null;
  return componentNotListed(question, components, hits, message);
}

/** A typed value (hours, address, …) asked and missing (see `missingSlot`): the not-listed statement about it, if a top hit has one. */
function slotNotListed(missing: MissingSlot, hits: RetrievedChunk[]): UnlistedFact | null {
  const top = hits.slice(0, EVIDENCE_DEPTH).map((h) => h.chunk);
  for (const chunk of top) {
    const statement = sentences(chunk).find((s) => NOT_LISTED.test(s) && missing.names.test(s));
    if (statement) return { chunk, statement };
  }
  return null;
}

/** The fee or the time, when the question states an amount or a duration and asks about that component among others. */
function claimedComponent(question: string, components: string[]): string | undefined {
  if (components.includes("biaya") && moneyValues(question).length > 0) return "biaya";
  if (components.includes("waktu") && durationValues(question).length > 0) return "waktu";
  return undefined;
}

function componentNotListed(
  question: string,
  components: string[],
  hits: RetrievedChunk[],
  message?: { text: string; components: string[]; services?: string[] },
): UnlistedFact | null {
  // One component asked; its chunk among the top hits is the one that would answer. Of several, a figure
  // claimed picks its own ("SP4N-LAPOR costs Rp25.000 admin fee, confirm?" asks the fee, not the complaints section).
  const component =
    components.length === 1 ? components[0] : (claimedComponent(question, components) ?? (message && claimedComponent(message.text, message.components)));
  if (!component) return null;
  // The service named, or else the first hit's: another service's section never speaks for it.
  const namedServices = message?.services?.length ? message.services : null;
  const ofAskedService = (id: string | undefined) => (namedServices ? namedServices.includes(id ?? "") : !hits[0] || id === hits[0].chunk.meta.serviceId);
  const top = hits
    .slice(0, EVIDENCE_DEPTH)
    .map((h) => h.chunk)
    .find((c) => c.meta.sourceType === "service" && c.meta.component === component && ofAskedService(c.meta.serviceId));
  if (!top) return null;
  const list = sentences(top);
  if (!list.some((s) => NOT_LISTED.test(s))) return null;
  // A component that opens by saying its value is not listed has no value of its own; what follows is
  // context ("sebagai gambaran, daerah lain …"), unless it shares the question's own words beyond
  // the generic ones of time and amount ("lapor kelahiran maksimal berapa hari" → "paling lambat 60 hari").
  // The service's own name is in every sentence's subject; it does not tell them apart either.
  const named = new Set(tokenize(top.title));
  const asked = new Set(tokenize(question).filter((t) => !GENERIC.has(t) && !named.has(t) && !/^\d+$/.test(t)));
  const overlap = (s: string) => tokenize(s).filter((t) => asked.has(t)).length;
  if (NOT_LISTED.test(list[0]!)) {
    const first = overlap(list[0]!);
    return list.slice(1).some((s) => overlap(s) > first) ? null : { chunk: top, statement: list[0]! };
  }
  let best: { s: string; n: number } | null = null;
  for (const [i, s] of list.entries()) {
    // Ties go to the first sentence: a component leads with what it says about itself.
    const n = overlap(s) + (i === 0 ? 0.5 : 0);
    if (!best || n > best.n) best = { s, n };
  }
  return best && NOT_LISTED.test(best.s) ? { chunk: top, statement: best.s } : null;
}
