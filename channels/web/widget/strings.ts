/** Every text the widget shows, in Indonesian and English (`data-lang="en"`). */
import type { Lang } from "../../../src/answer/statuses.js";

export type { Lang };

const STRINGS = {
  id: {
    launcher: "Tanya layanan",
    title: "Asisten Layanan Publik Kota Kendari",
    subtitle: "Jawaban dari peraturan dan standar pelayanan resmi",
    close: "Tutup",
    newChat: "Percakapan baru",
    placeholder: "Tulis pertanyaan Anda…",
    inputLabel: "Pertanyaan",
    send: "Kirim",
    you: "Anda",
    bot: "Asisten",
    thinking: "Sedang menyiapkan jawaban…",
    sources: "Sumber",
    openForm: "Isi formulir",
    formLoading: "Memuat formulir…",
    formUnavailable: "Formulir tidak tersedia. Silakan lanjutkan lewat percakapan.",
    formExternal: "Layanan ini diajukan lewat sistem nasional:",
    formOpenExternal: "Buka situs pengajuan",
    required: "wajib",
    optional: "opsional",
    example: "Contoh",
    choose: "Pilih…",
    submit: "Kirim formulir",
    cancel: "Batal",
    submitting: "Mengirim…",
    fixErrors: "Periksa kembali isian yang ditandai.",
    ticket: "Permohonan Anda sudah kami terima. Nomor tiket:",
    bring: "Yang perlu dibawa:",
    helpful: "Jawaban ini membantu",
    notHelpful: "Jawaban ini tidak membantu",
    reasonLabel: "Apa yang kurang? (opsional)",
    reasonSend: "Kirim masukan",
    thanks: "Terima kasih atas masukan Anda.",
    networkError: "Maaf, koneksi ke server terputus. Silakan coba lagi.",
    greeting:
      "Halo! Saya asisten layanan publik. Tanyakan syarat, biaya, waktu, atau alur layanan; jawaban saya bersumber dari peraturan dan standar pelayanan resmi. Ketik *hubungi petugas* untuk berbicara dengan petugas.",
    suggestions: "Contoh pertanyaan",
    sentToOfficer: "Terkirim ke petugas",
    officer: "Petugas",
    notice: "Pemberitahuan",
    unread: "pesan baru",
    originRefused: "Layanan tanya jawab belum diaktifkan untuk situs ini. Mohon hubungi pengelola situs.",
    consentTitle: "Pemberitahuan data pribadi (UU 27/2022)",
    consentWhat: "Data yang dikumpulkan: {fields}.",
    consentWhy: "Tujuannya: hanya untuk memproses pengajuan Anda.",
    consentKept:
      "Disimpan terenkripsi; percakapan dihapus setelah {days} hari, dan data pengajuan disimpan selama diperlukan untuk memproses dan mengarsipkan layanan.",
    consentWho: "Yang dapat melihat: hanya petugas {opd} yang menangani pengajuan Anda.",
    consentAgree: "Saya setuju",
    consentRequired: 'Centang "Saya setuju" agar formulir dapat dikirim.',
  },
  en: {
    launcher: "Ask about services",
    title: "Kendari City Public Service Assistant",
    subtitle: "Answers from official regulations and service standards",
    close: "Close",
    newChat: "New conversation",
    placeholder: "Type your question…",
    inputLabel: "Question",
    send: "Send",
    you: "You",
    bot: "Assistant",
    thinking: "Preparing the answer…",
    sources: "Sources",
    openForm: "Fill in the form",
    formLoading: "Loading the form…",
    formUnavailable: "The form is not available. Please continue in the chat.",
    formExternal: "This service is applied for in a national system:",
    formOpenExternal: "Open the application site",
    required: "required",
    optional: "optional",
    example: "Example",
    choose: "Choose…",
    submit: "Submit form",
    cancel: "Cancel",
    submitting: "Submitting…",
    fixErrors: "Please check the marked fields.",
    ticket: "We have received your application. Ticket number:",
    bring: "What to bring:",
    helpful: "This answer helped",
    notHelpful: "This answer did not help",
    reasonLabel: "What was missing? (optional)",
    reasonSend: "Send feedback",
    thanks: "Thank you for your feedback.",
    networkError: "Sorry, the connection to the server failed. Please try again.",
    greeting:
      "Hello! I am the public service assistant. Ask about requirements, fees, timing or procedures; my answers come from official regulations and service standards. Type *talk to an officer* to reach an officer.",
    suggestions: "Example questions",
    sentToOfficer: "Sent to the officer",
    officer: "Officer",
    notice: "Notice",
    unread: "new messages",
    originRefused: "The question service is not enabled for this website yet. Please contact the site's administrator.",
    consentTitle: "Personal-data notice (Law 27/2022)",
    consentWhat: "What we collect: {fields}.",
    consentWhy: "Why: only to process your application.",
    consentKept: "Stored encrypted; the conversation is deleted after {days} days, and the application is kept as long as needed to process and archive it.",
    consentWho: "Who sees it: only the {opd} officers handling your application.",
    consentAgree: "I agree (Saya setuju)",
    consentRequired: 'Tick "I agree" to send the form.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type Strings = { readonly [K in keyof (typeof STRINGS)["id"]]: string };

/**
 * The widget's texts in one language.
 *
 * @example
 * strings("en").newChat // "New conversation"
 */
export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
