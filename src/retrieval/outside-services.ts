/**
 * Public services and facts that city service standards and regulations like ours do not cover,
 * from general knowledge of Indonesian public administration: national agencies (land, tax,
 * immigration, police traffic, social security), utilities, schooling, religious affairs,
 * statistics. Written as normalised phrases (see `normalizeText`). A question about one of these,
 * naming none of the corpus's own services, is another agency's business.
 */
export const OUTSIDE_SERVICES: readonly string[] = [
  // land and taxes
  "bpn",
  "badan pertanahan",
  "sertifikat tanah",
  "sertipikat tanah",
  "balik nama tanah",
  "pbb",
  "pajak bumi",
  "pajak kendaraan",
  "pajak motor",
  "pajak mobil",
  "samsat",
  "stnk",
  "bpkb",
  "npwp",
  "pajak penghasilan",
  "pajak hotel",
  "hotel pajak",
  "pajak restoran",
  "pajak reklame",
  "pajak daerah",
  "tarif pajak",
  "pajak tarif",
  "spt tahunan",
  // immigration and traffic police
  "imigrasi",
  "kewarganegaraan",
  // research permits (Kesbangpol, BRIN); certificates of heirs are listed with the kelurahan's letters below
  "izin penelitian",
  "rekomendasi penelitian",
  "research permit",
  "heirship",
  "sertifikat halal",
  "sertifikasi halal",
  "pirt",
  "sppirt",
  "izin edar",
  "bpom",
  "penerjemah tersumpah",
  "sworn translator",
  "penerjemah",
  "translator",
  "tanda daftar usaha pariwisata",
  "tdup",
  "usaha pariwisata",
  "paspor",
  "passport",
  "kitas",
  "kitap",
  "visa",
  "surat izin mengemudi",
  "sim a",
  "sim b",
  "sim c",
  "perpanjang sim",
  "bikin sim",
  "driving licence",
  "driving license",
  "tilang",
  // social security and aid
  "bpjs ketenagakerjaan",
  "kantor bpjs",
  "kantor cabang bpjs",
  "bpjs cabang",
  "faskes",
  "pindah faskes",
  "iuran bpjs mandiri",
  "bpjs mandiri",
  "kelas 3 mandiri",
  "bpjs kesehatan mandiri",
  "peserta mandiri",
  "naik kelas bpjs",
  "turun kelas bpjs",
  "pindah kelas bpjs",
  "ditanggung bpjs",
  "tanggungan bpjs",
  "bpjs menanggung",
  "dicover bpjs",
  "bpjs cover",
  "covered by bpjs",
  "bpjs kesehatan cover",
  "bpjs kesehatan menanggung",
  "private hospital",
  "tunggakan bpjs",
  "jht",
  "jaminan hari tua",
  "bansos",
  "pkh",
  "blt",
  "kartu prakerja",
  "prakerja",
  // utilities
  "pdam",
  "tagihan air",
  "pln",
  "token listrik",
  "tagihan listrik",
  "sampah",
  "retribusi sampah",
  // kelurahan letters and civil matters the standards here do not cover
  "surat keterangan usaha",
  "keterangan usaha",
  "surat keterangan waris",
  "keterangan ahli waris",
  "ahli waris",
  "warisan",
  "pembagian waris",
  "lapor tamu",
  "surat keterangan domisili",
  "keterangan domisili",
  "surat domisili",
  "surat keterangan belum menikah",
  "surat pengantar nikah",
  "izin pemakaman",
  "surat izin pemakaman",
  "tpu",
  "pemakaman umum",
  "wajib lapor tamu",
  "akta perkawinan",
  "marriage certificate",
  "marriage registration",
  "register the marriage",
  "register our marriage",
  "register a marriage",
  "register my marriage",
  "pencatatan perkawinan",
  "civil marriage",
  "marriage registration",
  // crimes reported to the police; not a stolen wallet or KTP, whose police letter is part of our services
  "curanmor",
  "pencurian motor",
  "dibegal",
  "penipuan online",
  "motorbike was stolen",
  "car was stolen",
  "phone was stolen",
  "stole my motorbike",
  "stole my motorcycle",
  "stole my car",
  "stole my phone",
  "motor dicuri",
  "motor sy dicuri",
  "motor saya dicuri",
  // job fairs (the AK1 card is ours; finding the job is not)
  "job fair",
  "bursa kerja",
  // hospital care and which hospitals take whom
  "cuci darah",
  "hemodialisa",
  "dialysis",
  "rawat inap",
  "which hospital",
  "which hospitals",
  "rumah sakit mana",
  "rs mana",
  // hospital appointments
  "antrean poli",
  "antrian poli",
  "jadwal dokter",
  // neighbourhood associations and wages
  "ketua rt",
  "ketua rw",
  "pemilihan rt",
  "pemilihan rw",
  "umk",
  "ump",
  "upah minimum",
  "minimum wage",
  // professional licences
  "izin praktik",
  "surat izin praktik",
  "surat tanda registrasi",
  // schooling, scholarships and religious affairs
  "beasiswa",
  "scholarship",
  "ppdb",
  "spmb",
  "penerimaan peserta didik",
  "pendaftaran sekolah",
  "pendaftaran sd",
  "pendaftaran smp",
  "pendaftaran sma",
  "jalur zonasi",
  "kua",
  "buku nikah",
  "nikah di kua",
  "sertifikasi halal",
  "haji",
  "umrah",
  // civil-service jobs, pay and budgets
  "cpns",
  "pppk",
  "civil servant",
  "tambahan penghasilan",
  "gaji pegawai",
  "pagu anggaran",
  // fisheries and agriculture (Dinas Perikanan, Dinas Pertanian)
  "kusuka",
  "kartu kusuka",
  "kartu nelayan",
  "kartu tani",
  "dinas perikanan",
  "dinas pertanian",
  "pupuk subsidi",
  "bantuan nelayan",
  // transport fares and licences (Dishub, the ministry of transport)
  "tarif ojol",
  "tarif ojek",
  "ojek online",
  "taksi online",
  "tarif angkot",
  "tarif angkutan",
  "tarif taksi",
  "ride hailing",
  "taxi fare",
  // national programmes and other permits
  "kartu prakerja",
  "prakerja",
  "sertifikat laik fungsi",
  "slf",
  // religious courts (a marriage confirmed by the court before a birth certificate, a court's fees)
  "isbat nikah",
  "itsbat nikah",
  "pengadilan agama",
  "biaya perkara",
  // civil servants' own affairs (BKPSDM, BKN, Taspen), and foreign workers' permits (Kemnaker, immigration)
  "kenaikan pangkat",
  "naik pangkat",
  "angka kredit",
  "gaji pns",
  "gaji asn",
  "gaji pegawai",
  "tunjangan kinerja",
  "cuti pns",
  "cuti asn",
  "pensiun pns",
  "pensiun asn",
  "taspen",
  "karpeg",
  "kartu pegawai",
  "mutasi pegawai",
  "mutasi asn",
  "seleksi cpns",
  "seleksi pppk",
  "tenaga kerja asing",
  "rptka",
  "imta",
  "izin kerja",
  "work permit",
  "stay permit",
  "residence permit",
  "izin tinggal",
  "work permits",
  "civil servant promotion",
  // statistics and news
  "jumlah penduduk",
  "population",
  "cuaca",
  "weather",
  "berita terbaru",
  "harga tiket",
  "jadwal kapal",
  "jadwal pesawat",
];

/** Escapes a phrase for use inside a regular expression. */
const escaped = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words that introduce a comparison ("kayak skck", "seperti KTP", "as with the SKCK"); not "I'd like", nor a filler "kayak … gitu". */
const COMPARED = String.raw`(kayak|kyk|kaya|seperti|macam|mirip|sama (kayak|seperti|dengan|dgn)|as with|similar to|same as)`;
/** What an errand is done in preparation for ("buat persiapan urus PBG", "sebagai syarat bikin SKCK"). */
const PREPARES_FOR = String.raw`(buat|untuk|utk|sebagai) (persiapan|syarat|keperluan|kelengkapan)( (urus|ngurus|mengurus|bikin|buat|daftar))?`;
/** Ours named as what is known, then another errand asked "too" ("skck bisa di mpp, nah sim juga bisa di situ?"). */
const ALSO_THERE = () =>
  String.raw`[^?]{0,60}\b(nah|terus|trus|trs|kalau|kalo|klo|what about|how about) (\S+ )?(sim|${OUTSIDE_SERVICES.map(escaped).join("|")}) (juga|jg|too|also) (bisa|bs|dapat|dilayani|diurus|be done|handled)\b`;
const ERRAND_VERB = String.raw`(bikin|buat|membuat|urus|ngurus|mengurus|daftar|mendaftar|bayar|membayar|perpanjang|ajukan|mengajukan)`;
/**
 * Ours named as what an errand prepares for, after another agency's errand asked ("bikin sertifikat di BPN … buat persiapan
 * urus PBG"); not ours named first with another office's document asked as its requirement ("untuk syarat akta lahir, buku
 * nikah difotokopi berapa?").
 */
function preparesAfterOtherErrand(text: string, words: string): boolean {
  const m = new RegExp(`\\b${PREPARES_FOR} ${words}\\b`).exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  return OUTSIDE_SERVICES.some((p) => new RegExp(`\\b${ERRAND_VERB}( \\S+){0,3} ${escaped(p)}\\b`).test(before));
}

/**
 * Ours named as a paper to bring to another agency's errand asked first ("bikin paspor di kantor imigrasi wajib bawa akta
 * kelahiran asli kah?"): that agency's requirement, not our service.
 */
function broughtForOtherErrand(text: string, words: string): boolean {
  const m = new RegExp(`\\b(bawa|membawa|dibawa|lampirkan|melampirkan|dilampirkan|cukup)\\b[^.?!]{0,60}?\\b${words}\\b`).exec(text);
  // Named again ("disuruh bawa SKTM dari kelurahan. Brp lama itu jadi SKTM?"), ours is asked about after all.
  if (!m || new RegExp(`\\b${words}\\b`).test(text.slice(m.index + m[0].length))) return false;
  const before = text.slice(0, m.index);
  return OUTSIDE_SERVICES.some((p) => new RegExp(`\\b${ERRAND_VERB}( \\S+){0,3} ${escaped(p)}\\b`).test(before));
}

/**
 * One of our services named only to compare ("perpanjang SIM bisa di MPP jg kah kayak skck?"), or as what another
 * agency's errand prepares for: the message does not ask for it (normalised text; `words` are the alias's words).
 *
 * @example
 * namedBesideAnotherErrand("perpanjang sim bisa di mpp juga kah kayak skck", "skck") // true
 */
export function namedBesideAnotherErrand(text: string, words: string): boolean {
  const w = escaped(words);
  return (
    new RegExp(`\\b${COMPARED}( \\S+)? ${w}\\b(?!( \\S+){0,3} (gitu|gtu|begitu)\\b)`).test(text) ||
    new RegExp(`\\b${w}\\b${ALSO_THERE()}`).test(text) ||
    preparesAfterOtherErrand(text, w) ||
    broughtForOtherErrand(text, w)
  );
}
