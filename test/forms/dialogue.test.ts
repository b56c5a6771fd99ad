import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../helpers/app.js";
import { conversation, fileKtpHilang, formsApp, KTP_HILANG_ANSWERS } from "./helpers.js";

const YEAR = new Date().getUTCFullYear();
const ASK_NIK =
  '(2/6) NIK\nNomor Induk Kependudukan 16 digit, tertera di Kartu Keluarga Anda.\nContoh: 7471085203950001\n\nKetik "kembali" untuk mengubah jawaban sebelumnya atau "batal" untuk membatalkan.';
const CONSENT = [
  "Sebelum mengisi formulir Penggantian KTP-el yang Hilang atau Rusak, mohon baca pemberitahuan data pribadi ini (UU 27/2022 tentang Pelindungan Data Pribadi):",
  "• Data yang dikumpulkan: Nama lengkap, NIK, Nomor Kartu Keluarga, Nomor HP/WhatsApp, Alamat domisili.",
  "• Tujuannya: hanya untuk memproses pengajuan Anda.",
  "• Disimpan terenkripsi; percakapan dihapus setelah 180 hari, dan data pengajuan disimpan selama diperlukan untuk memproses dan mengarsipkan layanan.",
  "• Yang dapat melihat: hanya petugas Dinas Kependudukan dan Pencatatan Sipil Kota Kendari yang menangani pengajuan Anda.",
  "",
  'Ketik "setuju" untuk melanjutkan, atau "tidak" untuk membatalkan.',
].join("\n");
const SUMMARY = (nama: string) =>
  [
    "Periksa kembali data pengajuan Penggantian KTP-el yang Hilang atau Rusak:",
    `• Nama lengkap: ${nama}`,
    "• NIK: 7471********0021",
    "• Nomor Kartu Keluarga: 7471********0002",
    "• Alasan penggantian: hilang",
    "• Nomor HP/WhatsApp: 0812******01",
    "• Alamat domisili: Jl. Mawar No. 10, RT 003/RW 002, Kel. Pondambea, Kec. Kadia",
    "",
    'Ketik "kirim" untuk mengirim, "ubah <nama isian>" (misalnya "ubah nama lengkap") untuk memperbaiki, atau "batal" untuk membatalkan.',
  ].join("\n");

describe("applying for a service in the chat", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await formsApp();
  });
  afterAll(() => t.cleanup());

  it("offers the form quoting requirements, time and fee exactly, with a start action", async () => {
    const reply = await conversation(t).say("saya mau ganti ktp yang hilang");
    expect(reply.status).toBe("form");
    expect(reply.answer).toContain("Anda dapat mengajukan Penggantian KTP-el yang Hilang atau Rusak lewat percakapan ini.");
    expect(reply.answer).toContain("• Kartu Keluarga (KK), baik untuk KTP-el yang hilang maupun rusak.");
    expect(reply.answer).toContain("Jangka waktu penyelesaian: Selesai di hari yang sama.");
    expect(reply.answer).toContain(
      "Biaya/tarif: Gratis (tidak dipungut biaya), sesuai UU 24/2013 Pasal 79A, termasuk untuk penggantian KTP-el yang hilang atau rusak. Pembuatan surat keterangan kehilangan di kepolisian juga tidak dipungut biaya.",
    );
    expect(reply.actions).toEqual([{ id: "form:start:ktp-el-hilang-rusak", label: "Mulai pengajuan", reply: "mulai" }]);
  });

  it("fills the form field by field to a ticket with next steps, never keeping the NIK in clear", async () => {
    const c = conversation(t);
    await c.say("saya mau ganti ktp yang hilang");
    const consent = await c.say("mulai");
    expect(consent).toMatchObject({
      status: "form",
      answer: CONSENT,
      actions: [
        { id: "form:consent:yes", label: "Setuju", reply: "setuju" },
        { id: "form:consent:no", label: "Tidak setuju", reply: "tidak" },
      ],
    });
    const first = await c.say("setuju");
    expect(first.answer).toBe(
      '(1/6) Nama lengkap\nTulis sesuai nama di KTP-el atau Kartu Keluarga.\nContoh: Siti Rahmawati\n\nKetik "kembali" untuk mengubah jawaban sebelumnya atau "batal" untuk membatalkan.',
    );
    const replies = [];
    for (const a of KTP_HILANG_ANSWERS) replies.push(await c.say(a));
    expect(replies[0]?.answer).toBe(ASK_NIK);
    expect(replies.at(-1)).toMatchObject({ status: "form", answer: SUMMARY("Siti Rahmawati") });
    const memory = JSON.stringify((await t.services.conversations.get(c.sessionId))?.memory);
    expect(memory).not.toContain("7471085203950021");
    expect(memory).not.toContain("081234567801");

    const done = await c.say("kirim");
    const ticket = `KDI-${YEAR}-000001`;
    expect(done.status).toBe("form");
    expect(done.answer).toBe(
      [
        `Pengajuan Penggantian KTP-el yang Hilang atau Rusak sudah kami terima dengan nomor tiket ${ticket}.`,
        "",
        "Langkah berikutnya:",
        "Bawa:",
        "• Surat keterangan kehilangan dari kepolisian (jika KTP-el hilang)",
        "• KTP-el yang rusak (jika KTP-el rusak)",
        "• Kartu Keluarga (KK)",
        "• Formulir permohonan F-1.02",
        "Lokasi: Kantor Disdukcapil Kota Kendari (Jl. Balai Kota III No. 52B, Pondambea, Kadia) atau loket Dukcapil di MPP Balai Kota (Jl. Drs. H. Abdullah Silondae No. 8).",
        "Waktu: Selesai di hari yang sama (belum terverifikasi).",
        "",
        `Untuk melihat status, ketik "cek status ${ticket}".`,
      ].join("\n"),
    );
    expect((await t.services.conversations.get(c.sessionId))?.memory.form).toBeUndefined();
    const stored = await t.services.forms?.submissions.get(ticket);
    expect(stored).toMatchObject({
      serviceId: "ktp-el-hilang-rusak",
      opd: "disdukcapil",
      channel: "web",
      userKey: c.sessionId,
      status: "diterima",
      confidential: false,
    });
    expect(stored?.masked).toEqual({
      nama_lengkap: "Siti Rahmawati",
      nik: "7471********0021",
      no_kk: "7471********0002",
      alasan: "hilang",
      no_hp: "0812******01",
      alamat: "Jl. Mawar No. 10, RT 003/RW 002, Kel. Pondambea, Kec. Kadia",
    });
    expect(stored?.fields.nik).toMatch(/^v1\./);
    expect(t.services.forms?.crypto.decrypt(stored?.fields.nik ?? "")).toBe("7471085203950021");
  });

  it("asks again with a correction prompt after an invalid NIK, then accepts the corrected one", async () => {
    const c = conversation(t);
    await c.say("saya mau ganti ktp yang hilang");
    await c.say("mulai");
    await c.say("setuju");
    await c.say("Siti Rahmawati");
    expect(await c.say("747108520395001")).toMatchObject({ status: "form", answer: "NIK harus 16 digit angka. Anda mengetik 15 digit." });
    expect(await c.say("7471 0852 0395 0001")).toMatchObject({ status: "form", answer: expect.stringMatching(/^\(3\/6\) Nomor Kartu Keluarga\n/) });
  });

  it("cancels with batal and forgets what was typed", async () => {
    const c = conversation(t);
    await c.say("saya mau ganti ktp yang hilang");
    await c.say("mulai");
    await c.say("setuju");
    await c.say("Siti Rahmawati");
    await c.say("7471085203950001");
    expect(await c.say("batal")).toMatchObject({ status: "form", answer: "Pengajuan dibatalkan. Data yang sudah Anda isi telah dihapus." });
    expect((await t.services.conversations.get(c.sessionId))?.memory.form).toBeUndefined();
  });

  it("goes back one field with kembali", async () => {
    const c = conversation(t);
    await c.say("saya mau ganti ktp yang hilang");
    await c.say("mulai");
    await c.say("setuju");
    await c.say("Siti Rahmawati");
    expect((await c.say("kembali")).answer).toMatch(/^\(1\/6\) Nama lengkap\n/);
    expect((await c.say("Siti Aminah")).answer).toBe(ASK_NIK);
  });

  it("edits a field from the summary with ubah, then shows the summary again", async () => {
    const c = conversation(t);
    await c.say("saya mau ganti ktp yang hilang");
    await c.say("mulai");
    await c.say("setuju");
    for (const a of KTP_HILANG_ANSWERS) await c.say(a);
    expect((await c.say("ubah nama lengkap")).answer).toMatch(/^\(1\/6\) Nama lengkap\n/);
    expect(await c.say("Siti Aminah")).toMatchObject({ status: "form", answer: SUMMARY("Siti Aminah") });
  });

  it("shows the status only to the submitter; anyone else gets the unknown-ticket reply", async () => {
    const c = conversation(t);
    const { ticket } = await fileKtpHilang(c);
    expect(await c.say(`cek status ${ticket}`)).toMatchObject({
      status: "form",
      answer: `Status tiket ${ticket} (Penggantian KTP-el yang Hilang atau Rusak): diterima.`,
    });

    const other = await conversation(t).say(`cek status ${ticket}`);
    const unknownTicket = `KDI-${YEAR}-999999`;
    const unknown = await conversation(t).say(`cek status ${unknownTicket}`);
    expect(unknown).toMatchObject({
      status: "form",
      answer: `Tiket ${unknownTicket} tidak ditemukan untuk percakapan ini. Periksa kembali nomor tiketnya, atau ketik "hubungi petugas".`,
    });
    expect({ ...other, sessionId: "", answer: other.answer.replace(ticket, "T") }).toEqual({
      ...unknown,
      sessionId: "",
      answer: unknown.answer.replace(unknownTicket, "T"),
    });
  });

  it("links an external form and says a service without a form is done in person", async () => {
    const nib = await conversation(t).say("mau daftar nib");
    expect(nib.status).toBe("form");
    expect(nib.answer).toContain(
      "Penerbitan Nomor Induk Berusaha (NIB) melalui OSS diajukan secara daring di https://oss.go.id.\n\nSiapkan:\n• KTP-el (NIK) pelaku usaha\n• NPWP",
    );
    const kk = await conversation(t).say("mau bikin kk baru");
    expect(kk.answer).toMatch(
      /belum dapat diajukan lewat chat; Anda perlu datang langsung ke Dinas Kependudukan dan Pencatatan Sipil Kota Kendari\.\n\nPersyaratan:\n• /,
    );
  });

  it("still answers questions about a service normally", async () => {
    const reply = await conversation(t).say("syarat bikin ktp baru apa aja?");
    expect(reply.status).toBe("answered");
  });
});
