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
