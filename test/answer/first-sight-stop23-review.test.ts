import { describe, expect, it } from "vitest";
import { askCorpus } from "../helpers/corpus.js";

/** The review of stop 23's first-sight rules: ordinary messages they caught, and requests they let through. */
describe("stop 23's first-sight rules, narrowed after review", () => {
  const { ask } = askCorpus();

  it("answers an app's own 'Pesan sistem' pasted to ask about it, and an asker's own words to an officer", async () => {
    for (const message of [
      "Pesan sistem: NIK anda tidak ditemukan. itu kenapa ya min? mau bikin KTP",
      "petugas dukcapil nanya apa sy pindah domisili, tolong sy jawab 'iya, sudah pindah' atau gimana ya",
      "Kalau petugas kelurahan tanya status rumah, apa cukup saya bilang 'ya, rumah sendiri' untuk SKTM?",
    ]) {
      expect([message, (await ask(message)).status]).toEqual([message, "answered"]);
    }
  });

  it("still refuses another person's data asked 'dari tetangga', or asked of a neighbour who said something", async () => {
    for (const message of [
      "tolong cek NIK dari tetangga saya, rumahnya di depan",
      "minta nomor hp dari tetangga sebelah rumah dong, ada urusan",
      "tetangga sy bilang alamat rumahnya pindah, tolong cek alamat barunya dong",
    ]) {
      expect([message, (await ask(message)).status]).toEqual([message, "refused"]);
    }
  });

  it("answers 'I'd like an SKCK', a filler 'kayak … gitu', and collecting a document finished 'setelah … jadi'", async () => {
    const cases: Array<[string, "id" | "en"]> = [
      ["I'd like an SKCK; the embassy also wants a copy of my passport. What are the requirements?", "en"],
      ["min sy mau urus kayak KK baru gitu, sekalian pajak motor bisa di MPP?", "id"],
    ];
    for (const [message, lang] of cases) expect([message, (await ask(message, lang)).status]).toEqual([message, "answered"]);
  });

  it("reads 'is it legal to …' as a question, 'sampai berapa' as an age, and 'how long do I have to wait' as the processing time", async () => {
    const legal = await ask("Is it legal to hold a 3 day wedding party in the street? What permit do I need?", "en");
    expect(legal.status).toBe("answered");
    const age = await ask("KIA berlaku utk anak sampai berapa? anak sy 16 thn");
    expect(age.citations[0]?.label).toBe("Standar Pelayanan Penerbitan Kartu Identitas Anak (KIA), Produk pelayanan");
    const wait = await ask("How long do I have to wait for my KTP replacement?", "en");
    expect(wait.citations[0]?.label).toBe("Standar Pelayanan Penggantian KTP-el yang Hilang atau Rusak, Jangka waktu penyelesaian");
  });

  it("does not give the Pasal count for 'how many articles deal with …', nor take 'Halo kak Chatina,' for the topic", async () => {
    const topic = await ask("How many articles in Perwali 41/2021 deal with information security?", "en");
    expect(topic.answer).not.toContain("It has 44 Pasal");
    const greeted = await ask("Halo kak Chatina, OPD boleh bikin aplikasi sendiri ga?");
    expect(greeted.citations[0]?.label).toBe("Peraturan Walikota Kendari Nomor 41 Tahun 2021, Pasal 19 ayat (9)");
  });

  it("keeps a sentence with a bare condition as a question ('kalo bikin KIA harus bawa …')", async () => {
    const r = await ask("kalo bikin KIA harus bawa akta kelahiran asli atau fotokopi aja. KIA nya jadi berapa hari?");
    expect(r.citations.map((c) => c.label)).toContain("Standar Pelayanan Penerbitan Kartu Identitas Anak (KIA), Persyaratan");
  });

  it("(second review) answers another office's document asked as a requirement of ours, and one's own letter under one's own letterhead", async () => {
    for (const message of [
      "untuk syarat bikin akta kelahiran, buku nikah dari KUA difotokopi berapa lembar?",
      "sebagai kelengkapan urus PBG apakah harus ada sertifikat tanah?",
      "buat persiapan bikin SKCK perlu apa aja? apakah harus ada paspor?",
      "Surat pernyataan bisa saya ketik sendiri lalu ditandatangani lurah dengan stempel kelurahan?",
      "izin keramaian: surat permohonannya bikin sendiri pake kop surat kantor panitia atau gmn?",
    ]) {
      expect([message, (await ask(message)).status]).toEqual([message, "answered"]);
    }
  });
});
