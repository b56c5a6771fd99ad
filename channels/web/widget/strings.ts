/** Every text the widget shows, in Indonesian and English (`data-lang="en"`). */
export type Lang = "id" | "en";

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
