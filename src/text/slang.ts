/**
 * Common Indonesian chat abbreviations and slang, mapped to their standard words.
 * Applied to questions and to indexed text alike, so "gmn cr urus ktp yg ilang" meets
 * "bagaimana cara mengurus KTP yang hilang". Keys are lowercase single tokens.
 */
export const SLANG: Readonly<Record<string, string>> = {
  // question words
  gmn: "bagaimana", gmna: "bagaimana", gimana: "bagaimana", bgmn: "bagaimana", gmana: "bagaimana", bgm: "bagaimana",
  brp: "berapa", brapa: "berapa", berapakah: "berapa",
  knp: "kenapa", napa: "kenapa", kenapa: "mengapa",
  dmn: "dimana", dmana: "dimana", mana: "mana",
  kpn: "kapan", kapn: "kapan",
  ap: "apa", apakah: "apa", apaan: "apa",
  sapa: "siapa", spa: "siapa",
  // pronouns and people
  sy: "saya", sya: "saya", aku: "saya", aq: "saya", gue: "saya", gw: "saya", gua: "saya", ane: "saya",
  km: "kamu", kmu: "kamu", lu: "kamu", lo: "kamu", elu: "kamu", anda: "anda",
  ortu: "orang tua", bapak: "bapak", bpk: "bapak", ibu: "ibu", bu: "ibu", pak: "bapak",
  anak2: "anak",
  // function words
  yg: "yang", yng: "yang", dgn: "dengan", dg: "dengan", dengn: "dengan",
  utk: "untuk", untk: "untuk",
  klo: "kalau", kalo: "kalau", kl: "kalau", klu: "kalau", jika: "kalau", apabila: "kalau",
  tdk: "tidak", tak: "tidak", ga: "tidak", gak: "tidak", gk: "tidak", nggak: "tidak", ngga: "tidak", enggak: "tidak", ndak: "tidak", nda: "tidak", kagak: "tidak",
  blm: "belum", blom: "belum", udh: "sudah", udah: "sudah", sdh: "sudah", dah: "sudah",
  bs: "bisa", bsa: "bisa", bisa: "bisa", dpt: "dapat",
  hrs: "harus", mesti: "harus", wajib: "wajib",
  jg: "juga", jga: "juga", aja: "saja", aj: "saja", doang: "saja",
  krn: "karena", karna: "karena", krna: "karena",
  tp: "tapi", tpi: "tapi", tetapi: "tapi",
  dr: "dari", dri: "dari", ke: "ke", di: "di", pd: "pada",
  sm: "sama", ama: "sama", sama: "sama",
  lg: "lagi", lgi: "lagi", skrg: "sekarang", skrang: "sekarang", sekarang: "sekarang",
  trs: "terus", trus: "terus",
  bgt: "sangat", banget: "sangat", bnyk: "banyak", byk: "banyak",
  sj: "saja", kyk: "seperti", kayak: "seperti", kek: "seperti", spt: "seperti",
  mksd: "maksud", mksdnya: "maksudnya", maksudnya: "maksud",
  tlg: "tolong", tolong: "tolong", mhn: "mohon", pls: "tolong",
  mau: "mau", pengen: "ingin", pgn: "ingin", pingin: "ingin", ingin: "ingin",
  ada: "ada", adakah: "ada",
  // verbs citizens use
  bikin: "buat", bkin: "buat", ngurus: "urus", urus: "urus", ngurusin: "urus", uru: "urus",
  daftar: "daftar", dftr: "daftar", ndaftar: "daftar",
  ilang: "hilang", ilng: "hilang", hlg: "hilang", ngilang: "hilang",
  rusak: "rusak", rsk: "rusak", patah: "rusak",
  ganti: "ganti", gnti: "ganti",
  lapor: "lapor", ngadu: "adu", komplain: "adu", komplen: "adu",
  bayar: "bayar", byr: "bayar", bayarnya: "bayar",
  nanya: "tanya", tny: "tanya", nanyain: "tanya",
  cr: "cara", cra: "cara", caranya: "cara",
  syarat2: "syarat", syrt: "syarat", syratnya: "syarat", sarat: "syarat",
  lama: "lama", lma: "lama", brp_lama: "berapa lama",
  // services and documents
  ktp: "ktp", ektp: "ktp elektronik", "e-ktp": "ktp elektronik", ktpel: "ktp elektronik", "ktp-el": "ktp elektronik",
  kk: "kartu keluarga", kartu_keluarga: "kartu keluarga",
  akte: "akta", akt: "akta", lahir: "lahir", kelahiran: "kelahiran",
  skck: "skck", sktm: "sktm", nib: "nib", pbg: "pbg", imb: "imb", kia: "kia",
  kantor: "kantor", capil: "dukcapil", dukcapil: "dukcapil", disdukcapil: "dukcapil",
  hp: "telepon", wa: "whatsapp", whatsapp: "whatsapp", no: "nomor", nmr: "nomor", nomer: "nomor",
  tgl: "tanggal", thn: "tahun", bln: "bulan", hr: "hari", hri: "hari", jam: "jam", mgg: "minggu",
  duit: "biaya", ongkos: "biaya", tarif: "biaya", harga: "biaya", bayaran: "biaya", gratis: "gratis", free: "gratis",
  pemkot: "pemerintah kota", walkot: "wali kota", walikota: "wali kota", perwali: "peraturan wali kota", perwal: "peraturan wali kota", perda: "peraturan daerah",
  kel: "kelurahan", kec: "kecamatan", kab: "kabupaten",
  // greetings and politeness
  makasih: "terima kasih", makasi: "terima kasih", mksh: "terima kasih", thx: "terima kasih", tq: "terima kasih", trims: "terima kasih",
  min: "admin", mimin: "admin", kak: "kakak", ka: "kakak", gan: "agan",
};
