/**
 * Every canned text of the forms feature, in Indonesian and English, in one place: correction
 * prompts of the validators, the dialogue, ticket status, handoff and notifications.
 * Pure data (the web widget bundles the validators, which read from here).
 */
import type { Lang } from "../answer/statuses.js";

export type { Lang };

type Texts = Record<string, Record<Lang, string>>;

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
}

/** Correction prompts: each names the problem and says what to type. */
export const VALIDATION = {
  required: { id: "{label} wajib diisi.", en: "{label} is required." },
  digits_only: { id: "{kind} hanya berisi angka. Silakan ketik 16 digit angka.", en: "{kind} contains digits only. Please type the 16 digits." },
  sixteen: { id: "{kind} harus 16 digit angka. Anda mengetik {n} digit.", en: "{kind} must be 16 digits. You typed {n} digits." },
  province: {
    id: "{kind} diawali kode provinsi, tetapi {code} bukan kode provinsi yang berlaku. Periksa kembali dua digit pertama.",
    en: "{kind} starts with a province code, but {code} is not a valid one. Please check the first two digits.",
  },
  nik_regency: {
    id: "Digit ke-3 dan ke-4 NIK adalah kode kabupaten/kota dan tidak boleh {code}. Periksa kembali NIK Anda.",
    en: "Digits 3-4 of a NIK are the regency/city code and cannot be {code}. Please check your NIK.",
  },
  nik_day: {
    id: "Digit ke-7 dan ke-8 NIK adalah tanggal lahir (01-31, atau 41-71 untuk perempuan), bukan {dd}. Periksa kembali NIK Anda.",
    en: "Digits 7-8 of a NIK are the birth day (01-31, or 41-71 for women), not {dd}. Please check your NIK.",
  },
  nik_month: {
    id: "Digit ke-9 dan ke-10 NIK adalah bulan lahir (01-12), bukan {mm}. Periksa kembali NIK Anda.",
    en: "Digits 9-10 of a NIK are the birth month (01-12), not {mm}. Please check your NIK.",
  },
  nik_date: {
    id: "Tanggal lahir dalam NIK ({date}) tidak ada di kalender. Periksa kembali NIK Anda.",
    en: "The birth date in this NIK ({date}) does not exist. Please check your NIK.",
  },
  nik_serial: {
    id: "Empat digit terakhir NIK (nomor urut) tidak boleh 0000. Periksa kembali NIK Anda.",
    en: "The last four digits of a NIK (serial) cannot be 0000. Please check your NIK.",
  },
  // Examples stand on a line of their own ("Contoh: …"): the output guard leaves such a line unmasked.
  phone_digits: { id: "Nomor HP hanya berisi angka.\nContoh: 081234567890", en: "A phone number contains digits only.\nExample: 081234567890" },
  phone_prefix: {
    id: "Nomor HP harus nomor seluler Indonesia yang diawali 08 atau +628.\nContoh: 081234567890",
    en: "Please give an Indonesian mobile number starting with 08 or +628.\nExample: 081234567890",
  },
  phone_length: { id: "Nomor HP harus 10 sampai 13 digit. Anda mengetik {n} digit.", en: "A phone number has 10 to 13 digits. You typed {n} digits." },
  email: { id: "Alamat email tidak valid.\nContoh: nama@contoh.com", en: "That is not a valid e-mail address.\nExample: name@example.com" },
  date_format: { id: "Tulis tanggal dengan format tanggal-bulan-tahun, misalnya 05-08-2001.", en: "Please write the date as day-month-year, e.g. 05-08-2001." },
  date_invalid: {
    id: "Tanggal itu tidak ada di kalender. Periksa kembali tanggal dan bulannya.",
    en: "That date does not exist. Please check the day and month.",
  },
  date_past: { id: "Tanggal tidak boleh setelah hari ini.", en: "The date cannot be after today." },
  date_future: { id: "Tanggal tidak boleh sebelum hari ini.", en: "The date cannot be before today." },
  choice: { id: "Pilih salah satu (ketik nomor atau teksnya):\n{options}", en: "Please choose one (type its number or text):\n{options}" },
  too_short: {
    id: "{label} terlalu pendek: minimal {min} karakter, Anda mengetik {n}.",
    en: "{label} is too short: at least {min} characters, you typed {n}.",
  },
  too_long: { id: "{label} terlalu panjang: maksimal {max} karakter, Anda mengetik {n}.", en: "{label} is too long: at most {max} characters, you typed {n}." },
} as const satisfies Texts;

/** The dialogue, ticket, handoff and notification texts. */
export const FORM_TEXTS = {
  offer: {
    id: 'Anda dapat mengajukan {nama} lewat percakapan ini.\n\nPersyaratan:\n{persyaratan}\n\nJangka waktu penyelesaian: {waktu}\nBiaya/tarif: {biaya}\n\nKetik "mulai" untuk mengisi formulir pengajuan.',
    en: 'You can apply for {nama} in this chat.\n\nRequirements:\n{persyaratan}\n\nProcessing time: {waktu}\nFee: {biaya}\n\nType "mulai" to fill in the application form.',
  },
  offer_confidential: {
    id: "Pengaduan Anda bersifat rahasia dan diteruskan ke instansi yang Anda pilih. Anda juga dapat mengadu melalui SP4N-LAPOR! di https://www.lapor.go.id.",
    en: "Your complaint is confidential and routed to the office you choose. You can also file it through SP4N-LAPOR! at https://www.lapor.go.id.",
  },
  external: {
    id: "{nama} diajukan secara daring di {url}.\n\nSiapkan:\n{persiapan}",
    en: "{nama} is applied for online at {url}.\n\nPrepare:\n{persiapan}",
  },
  in_person: {
    id: "{nama} belum dapat diajukan lewat chat; Anda perlu datang langsung ke {opd_nama}.\n\nPersyaratan:\n{persyaratan}",
    en: "{nama} cannot be applied for in the chat yet; please apply in person at {opd_nama}.\n\nRequirements:\n{persyaratan}",
  },
  start_action: { id: "Mulai pengajuan", en: "Start the application" },
  external_action: { id: "Buka {url}", en: "Open {url}" },
  ask: {
    id: '({step}/{total}) {label}{optional}\n{help}{example}\n\nKetik "kembali" untuk mengubah jawaban sebelumnya atau "batal" untuk membatalkan.',
    en: '({step}/{total}) {label}{optional}\n{help}{example}\n\nType "kembali" to go back or "batal" to cancel.',
  },
  optional: { id: ' (boleh dilewati: ketik "-")', en: ' (optional: type "-")' },
  example: { id: "\nContoh: {example}", en: "\nExample: {example}" },
  options: { id: "\nPilihan:\n{options}", en: "\nOptions:\n{options}" },
  summary: {
    id: 'Periksa kembali data pengajuan {nama}:\n{lines}\n\nKetik "kirim" untuk mengirim, "ubah <nama isian>" (misalnya "ubah {first}") untuk memperbaiki, atau "batal" untuk membatalkan.',
    en: 'Please check your application for {nama}:\n{lines}\n\nType "kirim" to submit, "ubah <field>" (e.g. "ubah {first}") to correct it, or "batal" to cancel.',
  },
  unknown_field: {
    id: 'Isian "{name}" tidak ada di formulir ini. Isian yang dapat diubah: {names}.',
    en: 'There is no field "{name}" in this form. Fields you can change: {names}.',
  },
  cancelled: { id: "Pengajuan dibatalkan. Data yang sudah Anda isi telah dihapus.", en: "The application was cancelled. What you typed has been deleted." },
  submitted: {
    id: 'Pengajuan {nama} sudah kami terima dengan nomor tiket {ticket}.\n\nLangkah berikutnya:{bawa}{lokasi}{waktu}\n\nUntuk melihat status, ketik "cek status {ticket}".',
    en: 'We received your application for {nama}; your ticket number is {ticket}.\n\nNext steps:{bawa}{lokasi}{waktu}\n\nTo check its status, type "cek status {ticket}".',
  },
  next_bawa: { id: "\nBawa:\n{items}", en: "\nBring:\n{items}" },
  next_lokasi: { id: "\nLokasi: {lokasi}", en: "\nLocation: {lokasi}" },
  next_waktu: { id: "\nWaktu: {waktu}", en: "\nTime: {waktu}" },
  status: { id: "Status tiket {ticket} ({nama}): {status}.{note}", en: "Status of ticket {ticket} ({nama}): {status}.{note}" },
  status_note: { id: "\nCatatan terakhir petugas: {note}", en: "\nLatest note from the officer: {note}" },
  status_unknown: {
    id: 'Tiket {ticket} tidak ditemukan untuk percakapan ini. Periksa kembali nomor tiketnya, atau ketik "hubungi petugas".',
    en: 'Ticket {ticket} was not found for this conversation. Please check the number, or type "talk to an officer".',
  },
  handoff_opened: {
    id: 'Baik, percakapan ini kami teruskan ke petugas Service Desk {opd_nama} (Service Desk Tier 1, Perwali Kendari 41/2021 Pasal 33). Petugas akan membalas di sini. Selama menunggu, pesan Anda langsung diteruskan ke petugas. Ketik "akhiri" untuk kembali ke asisten.',
    en: 'All right, this conversation is handed over to an officer of the {opd_nama} service desk (Service Desk Tier 1, Perwali Kendari 41/2021 Pasal 33). The officer will reply here. Meanwhile your messages go straight to the officer. Type "akhiri" to return to the assistant.',
  },
  handoff_ended: {
    id: "Percakapan dengan petugas diakhiri. Silakan bertanya kembali kepada asisten.",
    en: "The conversation with the officer has ended. You can ask the assistant again.",
  },
  operator_message: { id: "Pesan dari petugas {opd_nama}: {text}", en: "Message from the {opd_nama} officer: {text}" },
  status_change: { id: "Status tiket {ticket} kini {status}.{note}", en: "Ticket {ticket} is now {status}.{note}" },
  pending_header: { id: "Pesan untuk Anda:\n{messages}", en: "Messages for you:\n{messages}" },
  consent: {
    id: 'Sebelum mengisi formulir {nama}, mohon baca pemberitahuan data pribadi ini (UU 27/2022 tentang Pelindungan Data Pribadi):\n• Data yang dikumpulkan: {fields}.\n• Tujuannya: hanya untuk memproses pengajuan Anda.\n• Disimpan terenkripsi; percakapan dihapus setelah {days} hari, dan data pengajuan disimpan selama diperlukan untuk memproses dan mengarsipkan layanan.\n• Yang dapat melihat: hanya petugas {opd_nama} yang menangani pengajuan Anda.\n\nKetik "setuju" untuk melanjutkan, atau "tidak" untuk membatalkan.',
    en: 'Before you fill in the form for {nama}, please read this personal-data notice (Law 27/2022 on Personal Data Protection):\n• What we collect: {fields}.\n• Why: only to process your application.\n• Stored encrypted; the conversation is deleted after {days} days, and the application is kept as long as needed to process and archive it.\n• Who sees it: only the {opd_nama} officers handling your application.\n\nType "setuju" to continue, or "tidak" to cancel.',
  },
  consent_chosen_office: { id: "instansi yang Anda pilih", en: "the office you choose" },
  consent_declined: {
    id: "Tanpa persetujuan Anda, formulir tidak dapat dilanjutkan. Pengajuan dibatalkan dan tidak ada data yang disimpan.",
    en: "Without your consent the form cannot go on. The application was cancelled and nothing was stored.",
  },
  consent_accept: { id: "Setuju", en: "I agree" },
  consent_decline: { id: "Tidak setuju", en: "I do not agree" },
  submit_action: { id: "Kirim", en: "Submit" },
  cancel_action: { id: "Batal", en: "Cancel" },
  skip_action: { id: "Lewati", en: "Skip" },
  resume_action: { id: "Lanjutkan formulir", en: "Continue the form" },
  paused: { id: "Formulir Anda masih tersimpan; ketik *lanjut* untuk melanjutkan.", en: "Your form is still saved; type *lanjut* to continue." },
  status_how: {
    id: 'Untuk melihat status, ketik "cek status <nomor tiket>", misalnya "cek status KDI-2026-000001".',
    en: 'To check a status, type "cek status <ticket number>", e.g. "cek status KDI-2026-000001".',
  },
  complaint_in_form: {
    id: 'Untuk menyampaikan pengaduan, selesaikan dulu formulir ini atau ketik *batal*, lalu ketik "mau lapor …". Jika perlu bantuan sekarang, ketik "hubungi petugas".',
    en: 'To file a complaint, finish this form first or type *batal*, then type "mau lapor …". If you need help now, type "hubungi petugas".',
  },
  button_expired: { id: "Tombol ini sudah kedaluwarsa", en: "This button has expired" },
} as const satisfies Texts;

/** Indonesian names of the ticket statuses, as citizens see them. */
export const STATUS_NAMES = {
  diterima: { id: "diterima", en: "received" },
  diproses: { id: "sedang diproses", en: "in progress" },
  selesai: { id: "selesai", en: "completed" },
  ditolak: { id: "ditolak", en: "rejected" },
} as const satisfies Texts;

/**
 * A validator correction prompt with its placeholders filled.
 *
 * @example
 * vtext("sixteen", "id", { kind: "NIK", n: "15" }) // "NIK harus 16 digit angka. Anda mengetik 15 digit."
 */
export function vtext(key: keyof typeof VALIDATION, lang: Lang, vars: Record<string, string> = {}): string {
  return fill(VALIDATION[key][lang], vars);
}

/**
 * A dialogue text with its placeholders filled.
 *
 * @example
 * ftext("cancelled", "id") // "Pengajuan dibatalkan. Data yang sudah Anda isi telah dihapus."
 */
export function ftext(key: keyof typeof FORM_TEXTS, lang: Lang, vars: Record<string, string> = {}): string {
  return fill(FORM_TEXTS[key][lang], vars);
}

/** Items as bullet lines. */
export function bullets(items: readonly string[]): string {
  return items.map((i) => `• ${i}`).join("\n");
}
