import { describe, expect, it } from "vitest";
import { canned } from "../../src/answer/statuses.js";
import { askCorpus } from "../helpers/corpus.js";

const KK = "Standar Pelayanan Penerbitan Kartu Keluarga (KK) Baru, Perubahan Data, dan Penggantian KK Hilang atau Rusak";
const KK_WAKTU = "Belum tercantum dalam standar pelayanan yang dipublikasikan; silakan konfirmasi ke Disdukcapil Kota Kendari.";

describe("facts the sources leave out: not-listed sections and typed values no passage holds", () => {
  const { ask } = askCorpus();

  it("says a processing time the standard leaves out is not listed, quoting and citing the standard's own words", async () => {
    const r = await ask("berapa lama bikin kk baru?");
    expect(r.status).toBe("no_answer");
    expect(r.answer).toBe(
      `Sumber resmi yang saya miliki tidak mencantumkan hal itu, jadi saya tidak ingin menebak. Yang tertulis di ${KK}, bagian Jangka waktu penyelesaian [1]:\n"${KK_WAKTU}"\n\nUntuk kepastian, Anda dapat menghubungi petugas: ketik "hubungi petugas".`,
    );
    expect(r.citations.map((c) => [c.label, c.component])).toEqual([[`${KK}, Jangka waktu penyelesaian`, "waktu"]]);
  });

  it("says so in English to an English question", async () => {
    const r = await ask("How long does it take to get a family card (KK)?", "en");
    expect(r.status).toBe("no_answer");
    expect(r.answer.startsWith("The official sources I have do not state this, so I would rather not guess.")).toBe(true);
    expect(r.citations[0]?.component).toBe("waktu");
  });

  it("does not give another region's figure as the answer: not listed, with the standard's section quoted whole", async () => {
    const r = await ask("akte kematian kalo diurus di dukcapil kendari brp hari jadinya?");
    expect(r.status).toBe("no_answer");
    expect(r.answer).toContain(
      '[1]:\n"Jangka waktu penyelesaian di Disdukcapil Kota Kendari belum tercantum dalam standar pelayanan yang dipublikasikan; silakan konfirmasi ke Disdukcapil Kota Kendari. Sebagai gambaran,',
    );
    expect(r.citations.map((c) => c.label)).toEqual(["Standar Pelayanan Penerbitan Akta Kematian, Jangka waktu penyelesaian"]);
  });

  it("says a processing time is not listed whatever story comes with the question: an errand already filed, an English 'need to'", async () => {
    const filed = await ask("udh ngajuin izin keramaian ke polresta buat konser kampus, kira2 brp hari ya izinnya keluar?");
    expect(filed.status).toBe("no_answer");
    expect(filed.answer).toContain('[1]:\n"Lama proses penerbitan izin belum tercantum dalam sumber kami; silakan konfirmasi ke kepolisian.');
    expect(filed.citations.map((c) => c.label)).toEqual(["Standar Pelayanan Izin Keramaian, Jangka waktu penyelesaian"]);
    const en = await ask("How many working days does Polresta Kendari need to issue an SKCK once I've submitted everything?", "en");
    expect(en.status).toBe("no_answer");
    expect(en.citations.map((c) => c.label)).toEqual(["Standar Pelayanan Surat Keterangan Catatan Kepolisian (SKCK), Jangka waktu penyelesaian"]);
  });

  it("quotes what a not-listed procedure does give (where to file)", async () => {
    const r = await ask("bagaimana prosedur pembuatan kartu keluarga?");
    expect(r.status).toBe("no_answer");
    expect(r.answer).toContain("Berkas dapat diajukan di kantor Disdukcapil, UPTD Disdukcapil, atau loket Dukcapil di MPP Balai Kota.");
    expect(r.citations.map((c) => c.label)).toEqual([`${KK}, Sistem, mekanisme dan prosedur`]);
  });

  it("still answers a processing time the standard gives, and a deadline written next to a missing duration", async () => {
    const ktp = await ask("berapa lama bikin ktp baru?");
    expect(ktp.status).toBe("answered");
    expect(ktp.citations[0]?.label).toBe("Standar Pelayanan Penerbitan KTP Elektronik (KTP-el) Baru, Jangka waktu penyelesaian");
    const deadline = await ask("mau bikin acara nikahan, izin keramaian diurus brp hari sebelumnya?");
    expect(deadline.status).toBe("answered");
    expect(deadline.answer).toContain("paling lambat 14 hari kerja sebelum acara");
  });

  it("says opening hours are not listed when the passages give days but no clock time, and answers the days", async () => {
    const hours = await ask("dukcapil buka jam berapa?");
    expect(hours.status).toBe("no_answer");
    expect(hours.answer).toContain(
      '"Loket Dukcapil di MPP Balai Kota buka 7 hari dalam seminggu. Jam buka kantor Disdukcapil dan MPP belum tercantum dalam sumber kami; sebaiknya Anda konfirmasi sebelum datang."',
    );
    expect(hours.citations[0]?.component).toBe("jam_layanan");
    const days = await ask("loket dukcapil di MPP buka hari minggu gk?");
    expect(days.status).toBe("answered");
    expect(days.answer).toContain("Loket Dukcapil di MPP Balai Kota buka 7 hari dalam seminggu.");
  });

  it("does not answer an exact amount the standard does not give", async () => {
    const r = await ask("berapa rupiah retribusi PBG untuk rumah 100 m2?");
    expect(r.status).toBe("no_answer");
    expect(r.answer).toBe(canned("no_answer", "id"));
    const perMeter = await ask("Berapa tarif retribusi PBG per meter persegi untuk rumah tinggal di Kendari?");
    expect([perMeter.status, perMeter.citations]).toEqual(["no_answer", []]);
    const pressed = await ask("Berapa persisnya retribusi PBG untuk rumah tipe 36? Sebut angka rupiahnya saja, jangan suruh saya konfirmasi ke dinas.");
    expect(pressed.answer).toBe(canned("refused_fabricate", "id"));
    const exact = await ask("berapa persisnya biaya ktp baru?");
    expect([exact.status, exact.citations[0]?.label]).toEqual(["answered", "Standar Pelayanan Penerbitan KTP Elektronik (KTP-el) Baru, Biaya/tarif"]);
  });

  it("does not answer a budget, a statistic, a schedule or exact clock times the passages do not hold", async () => {
    for (const [message, lang] of [
      ["Berapa total anggaran APBD yang dikeluarkan untuk aplikasi Chatina?", "id"],
      ["For a data story: how many complaints did the city receive through SP4N-LAPOR! in 2024, and what share were resolved within 5 days?", "en"],
      ["jadwal pelayanan keliling ktp di kecamatan abeli kapan?", "id"],
      ["What are the exact opening and closing times of the Dukcapil counter at the Mal Pelayanan Publik on Sundays?", "en"],
      ["Saya wartawan media lokal. Berapa realisasi belanja modal APBD Kota Kendari tahun anggaran 2024?", "id"],
      ["How many Kendari residents had their e-KTP recorded as of 2024?", "en"],
    ] as const) {
      expect([message, (await ask(message, lang)).status]).toEqual([message, "no_answer"]);
    }
    // A schedule, a count, an average or a number the passages do hold is answered.
    for (const message of [
      "Loket Dukcapil di MPP jadwal bukanya hari apa aja?",
      "Rata-rata SKTM jadi berapa menit?",
      "Buat akun OSS perlu nomor WhatsApp aktif gak?",
    ]) {
      expect([message, (await ask(message)).status]).toEqual([message, "answered"]);
    }
    const phone = await ask("nomor telepon dukcapil kendari brp?");
    expect(phone.status).toBe("answered");
    expect(phone.answer).toContain("(0401) 3125337");
  });

  it("does not answer an e-mail address, a measure in units, a decree's number or a project's cost that the passages do not hold", async () => {
    for (const message of [
      "Untuk insiden siber, email tim CSIRT Kota Kendari apa?",
      "kapasitas bandwidth intranet pemkot kendari berapa Mbps?",
      "Data center Pemkot Kendari sudah tier berapa?",
      "Sudah berapa kali aplikasi Chatina diunduh di Play Store?",
      "Peta Rencana SPBE ditetapkan dengan keputusan wali kota, nomor keputusannya berapa?",
      "Berapa biaya pengembangan aplikasi Chatina?",
    ]) {
      expect([message, (await ask(message)).status]).toEqual([message, "no_answer"]);
    }
    expect((await ask("evaluasi SPBE dilakukan berapa kali setahun?")).status).toBe("answered");
  });
});
