/**
 * English phrases mapped to the Indonesian terms of the corpus, so an English question
 * ("how much does a new ID card cost?") meets the Indonesian text. Longest phrases first.
 */
export const ENGLISH_PHRASES: ReadonlyArray<readonly [RegExp, string]> = (
  [
    ["electronic id card|e-id card|id card|identity card|national id", "ktp elektronik"],
    ["family card|family register|household card", "kartu keluarga"],
    ["child identity card|child id card|children's id card|kids id card", "kartu identitas anak kia"],
    ["birth certificate", "akta kelahiran"],
    ["death certificate", "akta kematian"],
    ["police clearance|police certificate|police record|good conduct certificate", "skck"],
    ["certificate of poverty|poverty certificate|low income certificate|letter of poverty", "sktm surat keterangan tidak mampu"],
    ["business identification number|business registration|business licen[cs]e|business permit", "nib nomor induk berusaha izin usaha"],
    ["building permit|building approval|construction permit", "pbg persetujuan bangunan gedung"],
    ["job seeker card|job-seeker card|yellow card|employment card", "kartu kuning ak1 pencari kerja"],
    ["change of address|moving house|moving out|move house|relocat(?:e|ion)|moving", "pindah datang"],
    ["personal data|private data", "data pribadi"],
    ["data security|security of data", "keamanan data"],
    ["one data", "satu data"],
    ["public service(?:s)?", "pelayanan publik"],
    ["service standard(?:s)?", "standar pelayanan"],
    ["complain(?:t|ts)?|report a problem|grievance", "pengaduan lapor"],
    ["requirement(?:s)?|documents? (?:do i|to) (?:need|bring)|what do i need", "persyaratan syarat"],
    ["how long|processing time|duration|how many days", "waktu lama hari"],
    ["how much|fee(?:s)?|cost(?:s)?|price|charge(?:s)?|pay", "biaya"],
    ["procedure|steps|process|how (?:do|can) i (?:apply|get)", "prosedur"],
    ["lost", "hilang"],
    ["damaged|broken", "rusak"],
    ["new", "baru"],
    ["free", "gratis"],
    ["regulation|bylaw", "peraturan"],
    ["mayor(?:'s)?", "wali kota"],
    ["article", "pasal"],
    ["paragraph", "ayat"],
    ["revoked|repealed", "dicabut"],
    ["chatbot|virtual assistant", "chatbot asisten virtual"],
    ["artificial intelligence", "kecerdasan buatan"],
    ["electronic government|e-government", "sistem pemerintahan berbasis elektronik spbe"],
    ["supervision|monitoring", "pemantauan pengawasan"],
    ["evaluation", "evaluasi"],
  ] as const
).map(([en, id]) => [new RegExp(`\\b(?:${en})\\b`, "g"), ` ${id} `] as const);

/**
 * Common English words mapped to Indonesian corpus words, applied word by word after the
 * phrases above. Words with no counterpart stay English, so an off-topic English question
 * still finds nothing and is refused.
 */
export const ENGLISH_WORDS: Readonly<Record<string, string>> = {
  app: "aplikasi", application: "aplikasi", apps: "aplikasi", website: "situs", site: "situs", portal: "portal",
  admin: "admin", administrator: "admin", operator: "operator", officer: "petugas", officers: "petugas", staff: "petugas",
  appoint: "tunjuk", appoints: "tunjuk", appointed: "tunjuk", responsible: "tanggung jawab", manage: "kelola", manages: "kelola", managed: "kelola",
  resident: "warga", residents: "warga", citizen: "warga", citizens: "masyarakat", people: "masyarakat", public: "publik", community: "masyarakat",
  account: "akun", accounts: "akun", password: "sandi", login: "login", register: "daftar", registration: "pendaftaran", sign: "daftar",
  use: "guna", using: "guna", used: "guna", user: "pengguna", users: "pengguna",
  small: "kecil", micro: "mikro", business: "usaha", businesses: "usaha", company: "perusahaan", companies: "perusahaan", investment: "modal",
  building: "bangunan", house: "rumah", home: "rumah", land: "tanah", address: "alamat", domicile: "domisili",
  child: "anak", children: "anak", baby: "bayi", born: "lahir", birth: "kelahiran", death: "kematian", died: "meninggal", dead: "meninggal",
  married: "menikah", marriage: "perkawinan", divorce: "cerai", parent: "orang tua", parents: "orang tua", father: "ayah", mother: "ibu", family: "keluarga",
  certificate: "akta", letter: "surat", card: "kartu", document: "dokumen", documents: "dokumen", form: "formulir", photo: "foto", photos: "foto",
  police: "polisi", court: "pengadilan", village: "kelurahan", district: "kecamatan", city: "kota", government: "pemerintah", office: "kantor", department: "dinas",
  data: "data", information: "informasi", privacy: "kerahasiaan", confidential: "rahasia", secret: "rahasia", secure: "aman", security: "keamanan", safe: "aman",
  system: "sistem", systems: "sistem", network: "jaringan", server: "server", servers: "server", hosting: "hosting", hosted: "hosting", cloud: "cloud", abroad: "luar negeri", foreign: "asing",
  report: "lapor", reports: "laporan", complaint: "pengaduan", complaints: "pengaduan", anonymous: "rahasia",
  time: "waktu", days: "hari", day: "hari", working: "kerja", week: "minggu", hours: "jam", open: "buka", opening: "buka", closed: "tutup",
  valid: "berlaku", validity: "masa berlaku", expire: "berlaku", expires: "berlaku", apply: "mohon", application_form: "formulir", request: "permohonan",
  replace: "ganti", replacement: "pengganti", change: "ubah", update: "perbarui", new: "baru", old: "lama", lost: "hilang", stolen: "hilang",
  move: "pindah", moved: "pindah", moving: "pindah", arrive: "datang", arrival: "datang",
  job: "kerja", jobs: "kerja", work: "kerja", unemployed: "pencari kerja", seeker: "pencari",
  health: "kesehatan", insurance: "jaminan", poor: "tidak mampu", school: "sekolah", education: "pendidikan",
  define: "definisi", definition: "definisi", meaning: "pengertian", means: "adalah", purpose: "tujuan", goal: "tujuan", scope: "ruang lingkup",
  rule: "aturan", rules: "aturan", law: "hukum", legal: "hukum", basis: "dasar", regulated: "diatur", regulates: "mengatur", enforce: "berlaku", effect: "berlaku",
  committee: "komite", team: "tim", plan: "rencana", master: "induk", evaluation: "evaluasi", audit: "audit", budget: "anggaran", funding: "anggaran",
  ict: "tik", governance: "tata kelola", official: "resmi", domain: "domain", name: "nama", sms: "sms", email: "email",
  counter: "loket", rude: "buruk", slow: "lambat", bribe: "pungli", extortion: "pungli", illegal: "liar",
  where: "dimana", free: "gratis", paid: "bayar", penalty: "sanksi", sanction: "sanksi", sanctions: "sanksi",
};
