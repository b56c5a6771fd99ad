import { describe, expect, it } from "vitest";
import { unconfirmedClaim } from "../../src/answer/premise.js";

const GRATIS = "Penerbitan Akta Kelahiran — Biaya/tarif:\nGratis (tidak dipungut biaya), sesuai UU 24/2013 Pasal 79A.";
const SKCK = "SKCK — Biaya/tarif:\nRp30.000, berupa Penerimaan Negara Bukan Pajak (PNBP) sesuai PP 76/2020.";
const KTP = "KTP-el Baru — Jangka waktu penyelesaian:\nSelesai dalam 14 (empat belas) hari kerja.";

describe("a figure the user asks to confirm", () => {
  it("is unconfirmed when no passage states it, however the amount is written", () => {
    expect(unconfirmedClaim("akte bayar 50rb kan?", [GRATIS])?.figure).toBe("50rb");
    expect(unconfirmedClaim("Akta kena biaya Rp100.000 kan? Tolong konfirmasi.", [GRATIS])?.figure).toBe("Rp100.000");
    expect(unconfirmedClaim("apa benar biayanya 1,5 juta?", [SKCK])?.figure).toBe("1,5 juta");
    expect(unconfirmedClaim("KTP jadi 3 hari, benar?", [KTP])?.figure).toBe("3 hari");
    expect(unconfirmedClaim("It costs IDR 25,000, is that right?", [GRATIS])?.figure).toBe("IDR 25,000");
    expect(unconfirmedClaim("akta bayar 50rb, right?", [GRATIS])?.figure).toBe("50rb");
  });

  it("compares a duration by number and unit, never against list numbers or a Pasal number", () => {
    const sameDay = "KTP-el Baru — Jangka waktu penyelesaian:\nSelesai di hari yang sama.\n\nPersyaratan:\n1. KK.\n3. Pas foto.\nUU 24/2013 Pasal 79A.";
    expect(unconfirmedClaim("ktp baru jadi 3 hari kan?", [sameDay])?.figure).toBe("3 hari");
    expect(unconfirmedClaim("ktp jadi 79 hari kan?", [sameDay])?.figure).toBe("79 hari");
    expect(unconfirmedClaim("ktp jadi 14 hari kerja kan?", [KTP])).toBeNull();
  });

  it("is confirmed when a passage states the same amount in other words", () => {
    expect(unconfirmedClaim("skck bayar 30rb kan?", [SKCK])).toBeNull();
    expect(unconfirmedClaim("skck 30 ribu ya kan?", [SKCK])).toBeNull();
    expect(unconfirmedClaim("It costs IDR 30,000, is that right?", [SKCK])).toBeNull();
    expect(unconfirmedClaim("ktp selesai 14 hari kan?", [KTP])).toBeNull();
    expect(unconfirmedClaim("akta kelahiran biayanya Rp 0 kan?", [GRATIS])).toBeNull();
    expect(unconfirmedClaim("skck bayar Rp30.000,00 kan?", [SKCK])).toBeNull();
  });

  it("compares dates by day and durations written in words", () => {
    const dates = "Ditetapkan di Kendari pada tanggal 11-1-2022";
    expect(unconfirmedClaim("ditetapkan tanggal 1 Januari 2022 kan?", [dates])?.figure).toBe("1 Januari 2022");
    expect(unconfirmedClaim("ditetapkan 11 januari 2022 kan?", [dates])).toBeNull();
    expect(unconfirmedClaim("It was enacted on January 11, 2022, right?", [dates])).toBeNull();
    const pasal43 = "Pasal 43:\nsemua PSE harus menyesuaikan paling lama 2 (dua) tahun.";
    expect(unconfirmedClaim("OPDs get five years to comply, correct?", [pasal43])?.figure).toBe("five years");
    expect(unconfirmedClaim("dikasih waktu dua tahun kan?", [pasal43])).toBeNull();
  });

  it("is not judged by passages that speak of neither fees nor durations", () => {
    expect(unconfirmedClaim("skck 30rb kan? berlaku brp lama?", ["SKCK — Produk pelayanan:\nSKCK, berlaku 6 bulan."])).toBeNull();
  });

  it("reads a tag 'ya?' or 'kan … ?' after a statement as a request to confirm, but not after a question word", () => {
    const sktm = "SKTM — Jangka waktu penyelesaian:\nKota Kendari menargetkan SKTM selesai sekitar 7 menit; secara umum paling lama 1 hari kerja.";
    expect(unconfirmedClaim("SKTM itu minimal 3 hari kerja baru jadi ya min?", [sktm])?.figure).toBe("3 hari");
    expect(unconfirmedClaim("SKCK udah gratis kan sejak 2024?", [SKCK])?.figure).toBe("gratis");
    expect(unconfirmedClaim("kalau lewat 3 hari gimana ya?", [sktm])).toBeNull();
    expect(unconfirmedClaim("brp hari ya min? 3 hari?", [sktm])).toBeNull();
  });

  it("checks a claimed frequency, a validity without end and a claim of no fee", () => {
    const pasal9 = "Pasal 9:\n(2) Pemantauan dan evaluasi dilakukan paling sedikit 1 (satu) kali dalam 1 (satu) tahun.";
    expect(unconfirmedClaim("pemantauan Chatina dilakukan 4 kali dalam setahun ya?", [pasal9])?.figure).toBe("4 kali");
    expect(unconfirmedClaim("evaluasinya sekali setahun kan? 1 kali?", [pasal9])).toBeNull();
    const kia = "KIA — Produk pelayanan:\n- KIA untuk anak usia 5 sampai 17 tahun berlaku sampai sehari sebelum anak berusia 17 tahun.";
    expect(unconfirmedClaim("KIA berlaku seumur hidup kan?", [kia])?.figure).toBe("seumur hidup");
    expect(unconfirmedClaim("KTP-el berlaku seumur hidup kan?", ["KTP-el — Produk pelayanan:\nKTP-el berlaku seumur hidup."])).toBeNull();
    expect(unconfirmedClaim("akta kelahiran gratis kan?", [GRATIS])).toBeNull();
  });

  it("names the passages that judged the claim, and leaves a duration in the user's story alone", () => {
    expect(unconfirmedClaim("skck berlaku 2 tahun kan?", [GRATIS, "SKCK — Produk pelayanan:\nSKCK, berlaku 6 bulan."])).toEqual({
      figure: "2 tahun",
      judges: [1],
      correctionOnly: false,
    });
    expect(unconfirmedClaim("anak sy lahir 3 bulan lalu, batas lapornya 60 hari kan?", ["Akta — Waktu:\nDilaporkan paling lambat 60 hari."])).toBeNull();
  });

  it("finds a claimed requirement that a passage's own sentence says is not one, and quotes that sentence", () => {
    const syarat = "Akta Kelahiran — Persyaratan:\n1. Kartu Keluarga (KK).\n2. Surat pengantar RT/RW maupun kelurahan tidak diperlukan (Perpres 96/2018).";
    expect(unconfirmedClaim("akta lahir harus pakai surat pengantar RT/RW dulu toh?", [GRATIS, syarat])).toEqual({
      figure: "",
      judges: [1],
      correctionOnly: false,
      statement: "Surat pengantar RT/RW maupun kelurahan tidak diperlukan (Perpres 96/2018).",
    });
    expect(unconfirmedClaim("akta lahir harus pakai KK kan?", [syarat])).toBeNull();
  });

  it("finds a requirement the user says is gone that a requirement list still holds, in the list the claim is about", () => {
    const kk = "KK — Persyaratan:\n1. Untuk KK yang hilang, siapkan surat keterangan kehilangan dari kepolisian dan fotokopi KTP-el.";
    const ktp = "Penggantian KTP-el yang Hilang — Persyaratan:\n1. KK.\n2. Jika KTP-el hilang, siapkan surat keterangan kehilangan dari kepolisian.";
    const claim = unconfirmedClaim("KTP hilang sudah tidak perlu surat kehilangan dari polisi lagi, cukup bawa KK. Benar kan?", [kk, ktp]);
    expect(claim).toEqual({
      figure: "",
      judges: [1],
      correctionOnly: false,
      statement: "Jika KTP-el hilang, siapkan surat keterangan kehilangan dari kepolisian.",
    });
    expect(unconfirmedClaim("ktp sy ilang. denger2 skrg gk perlu surat kehilangan dr polisi lg ya? bener gk", [ktp])?.correctionOnly).toBe(true);
    expect(unconfirmedClaim("KTP hilang tidak perlu pas foto kan?", [ktp])).toBeNull();
    // A requirement for another case does not contradict the claim ("rusak" is not "hilang").
    expect(unconfirmedClaim("Ganti KTP rusak tidak perlu surat kehilangan dari polisi kan?", [ktp])).toBeNull();
    const move = "Pindah Datang — Persyaratan:\n- Di daerah tujuan, bawa SKPWNI serta KTP-el lama.";
    expect(unconfirmedClaim("Pindah dalam kota Kendari tidak perlu SKPWNI kan?", [move])).toBeNull();
  });

  it("agrees with a true claim that something is not needed", () => {
    const syarat = "KTP-el Baru — Persyaratan:\n- Anda tidak perlu membawa surat pengantar RT/RW maupun kelurahan.";
    const sktm = "SKTM — Persyaratan:\n- Surat pengantar dari RT/RW.";
    expect(unconfirmedClaim("Bikin KTP-el baru sudah tidak perlu surat pengantar RT kan?", [syarat])).toBeNull();
    expect(unconfirmedClaim("Saya dengar bikin KTP sekarang gak perlu pengantar RT, bener gk?", [syarat, sktm])).toBeNull();
  });

  it("tells hearsay asked to be checked from a claim put to be confirmed, an open question beside it or not", () => {
    expect(unconfirmedClaim("tetangga bilang akte bayar 50rb, bener gk?", [GRATIS])?.correctionOnly).toBe(true);
    expect(unconfirmedClaim("akte bayar 50rb kan?", [GRATIS])?.correctionOnly).toBe(false);
    expect(unconfirmedClaim("syaratnya apa? akte bayar 50rb kan?", [GRATIS])?.correctionOnly).toBe(false);
    expect(unconfirmedClaim("akte bayar 50rb kan? bisa di kelurahan mana aja kan?", [GRATIS])?.correctionOnly).toBe(false);
  });

  it("does not confirm who made a regulation when its text names another office", () => {
    const opening = "Peraturan Wali Kota Kendari Nomor 37 Tahun 2024 (Pembukaan):\nWALI KOTA KENDARI, Menimbang: …";
    expect(unconfirmedClaim("Perwali 37/2024 kan ditetapkan oleh Gubernur ya?", [opening])?.figure).toBe("Gubernur");
    expect(unconfirmedClaim("Perwali 37/2024 ditetapkan oleh wali kota kan?", [opening])).toBeNull();
    expect(unconfirmedClaim("SKTM ditandatangani oleh lurah kan?", ["SKTM — Produk pelayanan:\nSKTM yang ditandatangani lurah."])).toBeNull();
  });

  it("reads 'gk usah bayar 30rb lg' as a claim that it is free, and a regulation claimed revoked against one in force", () => {
    expect(unconfirmedClaim("SKCK skrg udh gratis ya? jd gk usah bayar 30rb lg kan?", [SKCK])?.figure).toBe("gratis");
    expect(unconfirmedClaim("skck bayar 30rb kan?", [SKCK])).toBeNull();
    const facts = "Tentang Perwali 41/2021:\n• Peraturan Walikota Kendari Nomor 41 Tahun 2021 masih berlaku menurut sumber saya.";
    expect(unconfirmedClaim("Mohon konfirmasi: Perwali 41/2021 sudah dicabut, benar demikian?", [facts])?.judges).toEqual([0]);
    const revoked = "Tentang Perwali 51/2019:\n• Peraturan Walikota Kendari Nomor 51 Tahun 2019 sudah tidak berlaku.";
    expect(unconfirmedClaim("Perwali 51/2019 sudah dicabut kan?", [revoked])).toBeNull();
  });

  it("is no claim when the message does not ask for confirmation", () => {
    expect(unconfirmedClaim("sy udh bayar 50rb tadi di loket, syarat ktp baru apa aja?", [GRATIS])).toBeNull();
    expect(unconfirmedClaim("brp biaya akte lahir?", [GRATIS])).toBeNull();
  });
});
