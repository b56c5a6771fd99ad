/**
 * The closed list of outcomes of a chat turn. Every reply has exactly one; channels render
 * by status and never see an exception.
 */
export const ANSWER_STATUSES = ["answered", "no_answer", "refused", "form", "handoff", "error"] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export type Lang = "id" | "en";

/** Canned texts, in one place, per status (and per reason where a status has several). */
export const CANNED = {
  greeting: {
    id: "Halo! Saya asisten layanan publik Pemerintah Kota Kendari. Saya menjawab dari peraturan dan standar pelayanan resmi, lengkap dengan sumbernya.\n\nContoh pertanyaan:\n• Apa syarat membuat KTP-el baru?\n• Berapa lama mengurus akta kelahiran?\n• Bagaimana cara mengurus KTP yang hilang?\n• Apa isi Pasal 7 Perwali Kendari 37/2024?\n\nKetik *bantuan* untuk panduan.",
    en: "Hello! I am the public-service assistant of the Kendari city government. I answer from official regulations and service standards, with their sources.\n\nTry asking:\n• What are the requirements for a new ID card (KTP-el)?\n• How long does a birth certificate take?\n• How do I replace a lost ID card?\n\nType *help* for guidance.",
  },
  help: {
    id: 'Saya bisa membantu:\n1. Persyaratan, prosedur, waktu, biaya, dan produk layanan (KTP-el, KK, akta, pindah, KIA, NIB, PBG, SKTM, kartu kuning).\n2. Isi peraturan wali kota, sampai Pasal dan ayat.\n3. Cara menyampaikan pengaduan.\n\nTulis pertanyaan Anda dengan kalimat biasa, misalnya "syarat kk baru apa aja?". Untuk bicara dengan petugas, ketik "hubungi petugas".',
    en: 'I can help with:\n1. Requirements, procedure, processing time, fees and products of city services (ID card, family card, certificates, moving, NIB, building permits, SKTM, job-seeker card).\n2. The text of city regulations, down to Pasal and ayat.\n3. How to file a complaint.\n\nJust ask in your own words. To reach an officer, type "talk to an officer".',
  },
  no_answer: {
    id: 'Maaf, saya belum menemukan jawabannya di peraturan dan standar pelayanan yang saya miliki, jadi saya tidak ingin menebak.\n\nAnda dapat:\n• menanyakan dengan kata lain atau menyebut nama layanannya (misalnya "syarat akta kelahiran");\n• menghubungi petugas: ketik "hubungi petugas";\n• datang ke Mal Pelayanan Publik (MPP) Balai Kota Kendari, Jl. Drs. H. Abdullah Silondae No. 8.',
    en: 'Sorry, I could not find the answer in the regulations and service standards I have, so I would rather not guess.\n\nYou can:\n• rephrase, or name the service (e.g. "birth certificate requirements");\n• reach an officer: type "talk to an officer";\n• visit the Public Service Mall (MPP) at Kendari City Hall, Jl. Drs. H. Abdullah Silondae No. 8.',
  },
  off_topic: {
    id: "Maaf, pertanyaan itu di luar layanan publik Pemerintah Kota Kendari yang dapat saya jawab. Saya dapat membantu soal persyaratan dan prosedur layanan (KTP-el, KK, akta, perizinan) serta isi peraturan wali kota.",
    en: "Sorry, that is outside the Kendari city public services I can answer about. I can help with service requirements and procedures (ID cards, family cards, certificates, permits) and the content of city regulations.",
  },
  refused_injection: {
    id: "Maaf, saya tidak dapat mengikuti permintaan itu. Saya hanya menjawab pertanyaan tentang layanan publik dan peraturan Pemerintah Kota Kendari, berdasarkan sumber resmi.",
    en: "Sorry, I can't do that. I only answer questions about Kendari city public services and regulations, based on official sources.",
  },
  too_long: {
    id: 'Maaf, pesan Anda terlalu panjang (maksimal {max} karakter). Mohon ringkas pertanyaan Anda, misalnya "syarat akta kelahiran apa saja?".',
    en: "Sorry, your message is too long (at most {max} characters). Please shorten your question.",
  },
  refused_fabricate: {
    id: 'Maaf, saya tidak menebak atau mengarang informasi, termasuk biaya dan waktu layanan. Saya hanya menyampaikan apa yang tertulis di peraturan dan standar pelayanan resmi. Silakan tanyakan, misalnya, "berapa lama bikin KK?" dan saya kutipkan sumbernya.',
    en: 'Sorry, I don\'t guess or make up information, including fees and processing times. I only pass on what the official regulations and service standards say. Ask, for example, "how long does a family card take?" and I will quote the source.',
  },
  refused_forgery: {
    id: 'Maaf, saya tidak dapat membantu membuat atau memakai dokumen palsu; pemalsuan dokumen adalah tindak pidana. Jika dokumen Anda hilang atau rusak, tanyakan cara mengurus penggantinya, misalnya "syarat ganti KTP hilang".',
    en: 'Sorry, I cannot help make or use a fake document; forging documents is a crime. If your document is lost or damaged, ask how to replace it, e.g. "requirements to replace a lost ID card".',
  },
  refused_personal_data: {
    id: "Maaf, saya tidak dapat mencari atau memberikan data pribadi siapa pun (seperti NIK, alamat, atau nomor telepon). Data pribadi dilindungi UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi. Untuk data Anda sendiri, silakan datang ke Disdukcapil dengan membawa KTP-el.",
    en: "Sorry, I cannot look up or share anyone's personal data (such as NIK, address or phone number). Personal data is protected by Law No. 27 of 2022 on Personal Data Protection. For your own records, please visit Disdukcapil with your ID card.",
  },
  error: {
    id: "Maaf, terjadi gangguan saat menyiapkan jawaban. Silakan coba lagi sebentar lagi.",
    en: "Sorry, something went wrong while preparing the answer. Please try again shortly.",
  },
  unlisted: {
    id: 'Sumber resmi yang saya miliki tidak mencantumkan hal itu, jadi saya tidak ingin menebak. Yang tertulis di Standar Pelayanan {service}, bagian {component} [1]:\n"{section}"\n\nUntuk kepastian, Anda dapat menghubungi petugas: ketik "hubungi petugas".',
    en: 'The official sources I have do not state this, so I would rather not guess. The service standard for {service}, section {component}, says (in Indonesian) [1]:\n"{section}"\n\nTo be sure, you can reach an officer: type "talk to an officer".',
  },
  unconfirmed_claim: {
    id: "Saya tidak dapat membenarkan hal yang Anda sebut: sumber resmi yang saya kutip di bawah ini tidak menyatakan demikian.",
    en: "I cannot confirm what you state: the official sources quoted below do not say so.",
  },
  hedged_intro: {
    id: "Saya belum menemukan jawaban yang pasti. Pasal atau bagian yang paling dekat dengan pertanyaan Anda:",
    en: "I have not found a definite answer. The closest passage to your question (quoted in Indonesian):",
  },
  see_also: { id: "Lihat juga:", en: "See also:" },
  answered_intro: { id: "Berdasarkan sumber resmi:", en: "According to the official sources:" },
  unverified_note: {
    id: "Catatan: sebagian informasi ini belum terverifikasi dengan dokumen resmi OPD; mohon konfirmasi ke petugas.",
    en: "Note: part of this information has not been verified against the OPD's official document; please confirm with the office.",
  },
  revoked_note: {
    id: "{name} sudah tidak berlaku: dicabut oleh {by}.",
    en: "{name} is no longer in force: it was revoked by {by}.",
  },
  redirect_note: {
    id: "Layanan ini bukan layanan Pemerintah Kota Kendari. Silakan menghubungi {instansi}.",
    en: "This is not a Kendari city government service. Please contact {instansi}.",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type CannedKey = keyof typeof CANNED;

/** The canned text for a key in a language, with `{placeholders}` filled. */
export function canned(key: CannedKey, lang: Lang, vars: Record<string, string> = {}): string {
  return CANNED[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
}
