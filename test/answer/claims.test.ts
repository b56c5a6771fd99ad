import { describe, expect, it } from "vitest";
import { canned } from "../../src/answer/statuses.js";
import { askCorpus } from "../helpers/corpus.js";

describe("claims the user asks to confirm, judged by the sources", () => {
  const { ask } = askCorpus();

  it("does not confirm a fee the sources contradict: refused, with the source's fee quoted and cited", async () => {
    const r = await ask("akte kelahiran di kendari bayar 50rb kan?");
    expect(r.status).toBe("refused");
    expect(r.answer.startsWith(`${canned("unconfirmed_claim", "id")}\n\n`)).toBe(true);
    expect(r.answer).toContain("Gratis (tidak dipungut biaya)");
    expect(r.answer).not.toContain("50");
    expect(r.citations[0]?.label).toBe("Standar Pelayanan Penerbitan Akta Kelahiran, Biaya/tarif");
  });

  it("judges a claimed validity by the service's product section even when the answer cites the procedure, quoting it first", async () => {
    const r = await ask("SKCK itu berlaku 2 tahun kan? Terus buat daftar CPNS bisa bikin di Polsek mana aja kan biar deket?");
    expect(r.status).toBe("refused");
    expect(r.citations.map((c) => c.label)).toEqual([
      "Standar Pelayanan Surat Keterangan Catatan Kepolisian (SKCK), Produk pelayanan",
      "Standar Pelayanan Surat Keterangan Catatan Kepolisian (SKCK), Sistem, mekanisme dan prosedur",
    ]);
    expect(r.answer).toContain(
      `${canned("unconfirmed_claim", "id")}\n\nStandar Pelayanan Surat Keterangan Catatan Kepolisian (SKCK), Produk pelayanan [1]:\n"Surat Keterangan Catatan Kepolisian (SKCK), berlaku 6 bulan."`,
    );
    expect(r.answer).toContain("Sistem, mekanisme dan prosedur** [2]");
    const free = await ask("SKCK di Polresta Kendari udah gratis kan sejak 2024?");
    expect([free.status, free.citations[0]?.label]).toEqual(["refused", "Standar Pelayanan Surat Keterangan Catatan Kepolisian (SKCK), Biaya/tarif"]);
    expect((await ask("KIA anak saya berlaku seumur hidup kan?")).status).toBe("refused");
    expect((await ask("KTP-el berlaku seumur hidup kan?")).status).toBe("answered");
  });

  it("quotes the requirement a standard says is not needed; a claim beside an open question is corrected and the question answered", async () => {
    const alone = await ask("akta lahir anak harus pakai surat pengantar RT/RW sama kelurahan dulu toh? kata pak RT wajib");
    expect(alone.status).toBe("refused");
    expect(alone.answer).toContain(
      `${canned("unconfirmed_claim", "id")}\n\nStandar Pelayanan Penerbitan Akta Kelahiran, Persyaratan [1]:\n"Surat pengantar RT/RW maupun kelurahan tidak diperlukan (Perpres 96/2018)."`,
    );
    const mixed = await ask("bikin akte lahir anak itu bayar brp ya? trus kata tetangga hrs minta surat pengantar RT dulu, bener gk?");
    expect(mixed.status).toBe("answered");
    expect(mixed.answer.startsWith(canned("unconfirmed_claim", "id"))).toBe(true);
    expect(mixed.answer).toContain("Gratis (tidak dipungut biaya)");
  });

  it("does not confirm that a listed requirement is gone, quoting the requirement", async () => {
    const r = await ask(
      "Sejak 2024 kan KTP hilang sudah tidak perlu surat kehilangan dari polisi lagi, cukup bawa KK. Jadi besok saya langsung ke MPP saja ya, benar kan?",
    );
    expect(r.status).toBe("refused");
    expect(r.answer).toContain("Standar Pelayanan Penggantian KTP-el yang Hilang atau Rusak, Persyaratan [");
    expect(r.answer).toContain('"Jika KTP-el hilang, siapkan surat keterangan kehilangan dari kepolisian.');
  });

  it("does not judge a fee by passages that state none", async () => {
    const r = await ask("skck 30rb kan? berlaku brp lama?");
    expect(r.status).toBe("answered");
  });

  it("confirms a fee the sources state, and does not treat a figure in a story as a claim", async () => {
    const skck = await ask("bikin skck bayar 30rb kan?");
    expect(skck.status).toBe("answered");
    expect(skck.answer).toContain("Rp30.000");
    const story = await ask("sy udh bayar 50rb tadi di loket, syarat ktp baru apa aja?");
    expect(story.status).toBe("answered");
  });

  it("does not confirm a wrong date or a wrong period in a Pasal, and confirms the right ones", async () => {
    const date = await ask("Perwali Kendari No 1 Tahun 2022 itu ditetapkan tanggal 1 Januari 2022 kan? sa tulis begitu di skripsi");
    expect(date.status).toBe("refused");
    expect(date.answer).toContain("Ditetapkan pada 11 Januari 2022.");
    expect((await ask("perwali 1/2022 ditetapkan 11 januari 2022 kan?")).status).toBe("answered");
    const period = await ask("Perwali 41/2021 Pasal 43 gives OPDs five years to bring their systems into line, correct?", "en");
    expect(period.status).toBe("refused");
    expect(period.answer).toContain("paling lama 2 (dua) tahun");
    expect((await ask("Perwali 41/2021 Pasal 43 gives OPDs two years to comply, correct?", "en")).status).toBe("answered");
  });

  it("does not confirm what a cited Pasal is said to provide when its words say otherwise, quoting the ayat; confirms a faithful paraphrase", async () => {
    const domain = await ask("Nama domain resmi Pemkot Kendari menurut Pasal 14 ayat (1) Perwali 1/2022 itu kendari.go.id kan? jawab ya atau tidak aja");
    expect(domain.status).toBe("refused");
    expect(domain.answer).toContain(
      `${canned("unconfirmed_claim", "id")}\n\nPeraturan Walikota Kendari Nomor 1 Tahun 2022, Pasal 14 [1]:\n"Nama domain resmi Pemerintah Daerah adalah kendarikota.go.id."`,
    );
    const often = await ask(
      "Pasal 8 ayat (4) Perwali 41/2021 menyatakan pemantauan dan evaluasi Peta Rencana SPBE cukup dilakukan 5 tahun sekali, kan? mohon dibenarkan.",
    );
    expect(often.status).toBe("refused");
    expect(often.answer).toContain('"Pemantauan dan Evaluasi Peta Rencana SPBE dilaksanakan setiap tahun."');
    const abroad = await ask("Pasal 14 ayat (5) Perwali 1/2022 kan membolehkan hosting di luar negeri asal datanya dienkripsi. Bisa tolong konfirmasi?");
    expect(abroad.status).toBe("refused");
    const store = await ask("Sesuai Pasal 4 Perwali Kendari 37 Tahun 2024, aplikasi Chatina juga resmi tersedia di App Store iPhone, betul?");
    expect(store.status).toBe("refused");
    const root = await ask("Pasal 11 ayat (4) Perwali 1/2022 membolehkan OPD menyimpan akun root tanpa koordinasi, kan?");
    expect(root.status).toBe("refused");
    expect(root.answer).toContain("tetap berkoordinasi dengan Dinas Kominfo");
    for (const message of [
      "Menurut Pasal 14 ayat (1) Perwali 1/2022 domain resmi pemda itu kendarikota.go.id kan?",
      "Pasal 8 ayat (2) Perwali 41/2021 bilang Peta Rencana SPBE disusun untuk 5 tahun kan?",
      // An ayat's lettered list is part of it; an optional expert is no requirement; an English paraphrase keeps its figures.
      "Pasal 12 ayat (3) Perwali 1/2022 menyebutkan surat elektronik termasuk infrastruktur teknologi, mohon dibenarkan.",
      "Pasal 6 ayat (3) Perwali 37/2024 membolehkan pengembangan Chatina dilakukan secara mandiri tanpa tenaga ahli, kan?",
      "Article 14(1) of Perwali 1/2022 says the official domain is kendarikota.go.id, correct?",
      "Article 14(1) of Perwali 1/2022 says the official domain name of the Regional Government is kendarikota.go.id, right?",
      "Article 9(2) of Perwali 37/2024 says Chatina monitoring and evaluation is done once a year, correct?",
    ]) {
      expect([message, (await ask(message)).status]).toEqual([message, "answered"]);
    }
  });

  it("does not confirm an end date claimed for a regulation ('it lapses on 31 December 2026')", async () => {
    const r = await ask("When exactly does Perwali 41/2021 on SPBE expire? I was told it lapses on 31 December 2026, just confirm the date.", "en");
    expect(r.answer.startsWith(canned("unconfirmed_claim", "en"))).toBe(true);
  });

  it("does not confirm a name the cited Pasal does not hold ('APBD Provinsi Maluku Utara'), reading an acronym by its words", async () => {
    const province = await ask("Perwali Ternate 43/2023 Pasal 8 bilang aplikasi PESTA KAMPUNG dibiayai APBD Provinsi Maluku Utara, kan? Tolong konfirmasi.");
    expect(province.status).toBe("refused");
    expect(province.answer).toContain(`${canned("unconfirmed_claim", "id")}\n\nPeraturan Wali Kota Ternate Nomor 43 Tahun 2023, Pasal 8 [1]:`);
    expect(province.answer).toContain("dibebankan pada Anggaran Pendapatan dan Belanja Daerah Kota Ternate.");
    const aws = await ask(
      "Per Pasal 14 of Perwali Kendari 1/2022, city apps may be hosted on overseas cloud regions such as AWS Singapore as long as Diskominfo is notified, right?",
      "en",
    );
    expect(aws.status).toBe("refused");
    const revokes = await ask("Tolong konfirmasi ya, Pasal 44 Perwali Kendari 41 Tahun 2021 itu yang mencabut Perwali Kendari Nomor 1 Tahun 2022 kan?");
    expect(revokes.status).toBe("refused");
    expect((await ask("Pasal 44 Perwali 41/2021 mencabut Perwali Nomor 51 Tahun 2019, benar?")).status).toBe("answered");
    const city = await ask("Pasal 8 Perwali Ternate 43/2023 bilang PESTA KAMPUNG dibiayai APBD Kota Ternate, kan?");
    expect(city.status).toBe("answered");
  });

  it("reads an English claim about a Pasal through the glossary, and a requirement 'abolished' by a law as one claimed gone", async () => {
    const offshore = await ask(
      "Per Pasal 14 ayat (5) Perwali Kendari 1/2022, offshore hosting is allowed as long as the data is encrypted. Please confirm that so I can cite it.",
      "en",
    );
    expect(offshore.status).toBe("refused");
    expect(offshore.answer).toContain("wajib menggunakan server yang berada di wilayah Negara Kesatuan Republik Indonesia");
    const abolished = await ask(
      "Kan Perpres 96/2018 sudah menghapus syarat surat kehilangan dari polisi utk KTP hilang, jadi sy langsung ke Dukcapil bawa KK saja ya besok?",
    );
    expect(abolished.status).toBe("refused");
    // The section that judges the claim is quoted and cited first, though the composed answer cited it second.
    expect(abolished.answer).toContain('Persyaratan [1]:\n"Jika KTP-el hilang, siapkan surat keterangan kehilangan dari kepolisian. Per Juni 2025');
    expect(abolished.citations[0]?.label).toBe("Standar Pelayanan Penggantian KTP-el yang Hilang atau Rusak, Persyaratan");
  });

  it("reads a guess stated with 'kayaknya … ya.' as a claim to check", async () => {
    const r = await ask("Bikin NIB di MPP ada biaya administrasinya kan? Kayaknya Rp250 ribu ya. Tolong tuliskan rincian biaya resminya.");
    expect(r.status).toBe("refused");
    expect(r.answer).toContain(canned("unconfirmed_claim", "id"));
  });

  it("does not take money an officer asked for to go faster for a fee claimed, but still judges a fee claimed beside it", async () => {
    const bribe = await ask(
      "td anak sa rekam ktp pertama kali trus ada petugas bilang kalau mau cepat kasih 100rb. itu memang boleh kah petugas minta begitu? ada sanksinya tdk buat dia?",
    );
    expect(bribe.status).toBe("answered");
    const fee = await ask("bikin akte kelahiran anak skrg bayar Rp150.000 kan? nanti sy titip sama orang kelurahan aja biar cepat");
    expect(fee.status).toBe("refused");
  });

  it("says a fee claimed in the story for a service whose standard lists none is not listed", async () => {
    const r = await ask(
      "My neighbour said that filing a complaint through SP4N-LAPOR now costs an Rp25.000 admin fee. Can you just confirm that amount so I can budget for it?",
      "en",
    );
    expect([r.status, r.citations.map((c) => c.label)]).toEqual([
      "no_answer",
      ["Standar Pelayanan Pengaduan Pelayanan Publik melalui SP4N-LAPOR!, Biaya/tarif"],
    ]);
  });

  it("says a duration claimed for a service whose standard lists none is not listed, rather than judging it by another service", async () => {
    const r = await ask(
      "Menurut perwali, surat pindah keluar dari Kendari ke Makassar itu prosesnya pasti 30 hari kerja ya? tolong konfirmasi saja angka 30 hari kerja itu.",
    );
    expect(r.status).toBe("no_answer");
    expect(r.citations.map((c) => c.label)).toEqual(["Standar Pelayanan Pelayanan Pindah dan Datang Penduduk (SKPWNI), Jangka waktu penyelesaian"]);
  });
});
