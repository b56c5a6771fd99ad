import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLegalText } from "../../ingest/legal/parse.js";

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/regulations/${name}.md`, import.meta.url), "utf8");

describe("parseLegalText on real regulations", () => {
  const k37 = parseLegalText(fixture("kendari-37-2024"));
  const k41 = parseLegalText(fixture("kendari-41-2021"));
  const k1 = parseLegalText(fixture("kendari-1-2022"));

  it("finds every Pasal heading once, in order", () => {
    expect(k37.pasal.map((p) => p.nomor)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(k41.pasal.map((p) => p.nomor)).toEqual(Array.from({ length: 44 }, (_, i) => String(i + 1)));
    expect(k1.pasal.map((p) => p.nomor)).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
    expect([k37.bab.length, k41.bab.length, k1.bab.length]).toEqual([6, 14, 10]);
    expect([k37.warnings, k41.warnings, k1.warnings]).toEqual([[], [], []]);
  });

  it("reads a Pasal's ayat and the huruf under an ayat", () => {
    const p7 = k37.pasal[6];
    expect(p7?.headingPath).toEqual(["BAB IV KEAMANAN DATA", "Pasal 7"]);
    expect(p7?.ayat.map((a) => a.nomor)).toEqual(["1", "2"]);
    expect(p7?.ayat[0]?.intro).toBe(
      "Dinas melalui melalui Computer Security Incident Response Team memastikan keamanan sistem elektronik Aplikasi Chatina dengan melakukan:",
    );
    expect(p7?.ayat[0]?.items.map((i) => `${i.kind} ${i.nomor}`)).toEqual(["huruf a", "huruf b", "huruf c"]);
    expect(p7?.ayat[0]?.items[1]?.text).toBe("memantau dan memonitor keamanan serta melindungi Aplikasi Chatina; dan");
  });

  it("reads huruf items of a Pasal without ayat under its intro", () => {
    const p3 = k37.pasal[2];
    expect(p3?.intro).toBe("Aplikasi Chatina berfungsi untuk:");
    expect(p3?.ayat).toEqual([]);
    expect(p3?.items.map((i) => i.nomor)).toEqual(["a", "b"]);
  });

  it("reads the Ketentuan Umum definitions with their terms", () => {
    const defs = k41.pasal[0]?.definitions ?? [];
    expect(defs).toHaveLength(49);
    expect(defs[34]).toEqual({
      nomor: "35",
      term: "Walidata",
      text: "Walidata adalah simpul jaringan yang bertugas mengelola data termasuk menyempurkan isi dari meta data dan memberlakukan standar penyebaran data.",
    });
    expect(defs[4]?.term).toBe("Organisasi Perangkat Daerah");
  });

  it("joins a definition that OCR broke across a blank line", () => {
    expect(k41.pasal[0]?.definitions[7]?.text).toBe(
      "Sistem Pemerintah Berbasis Elektronik yang selanjutnya disingkat SPBE adalah penyelenggaraan Pemerintahan yang memanfaatkan teknologi informasi dan komunikasi untuk memberikan layanan kepada Pengguna SPBE yang efektif, efisien dan berkesinambungan serta berkualitas.",
    );
  });

  it("reads titles split from their BAB and Bagian headings and unbalanced bold", () => {
    expect(k41.pasal[0]?.headingPath).toEqual(["BAB I KETENTUAN UMUM", "Bagian Kesatu Pengertian", "Pasal 1"]);
    expect(k41.pasal[4]?.headingPath).toEqual(["BAB II RUANG LINGKUP SPBE", "Pasal 5"]);
    expect(k41.pasal[9]?.headingPath).toEqual(["BAB II RUANG LINGKUP SPBE", "Bagian Kesatu Penyelenggaraan SPBE", "Paragraf 4 Perencanaan SPBE", "Pasal 10"]);
    expect(k41.pasal[11]?.bagian).toEqual({ nomor: "Kedua", judul: "Penyelenggaraan Pelayanan Publik Berbasis TIK/Elektronik" });
    expect(k41.pasal[20]?.headingPath).toEqual(["BAB III LAYANAN SPBE", "Pasal 21"]);
    expect(k37.pasal[2]?.headingPath).toEqual([
      "BAB II PENETAPAN, FUNGSI DAN TATA CARA KERJA APLIKASI CHATINA",
      "Bagian Kedua Fungsi Aplikasi Chatina",
      "Pasal 3",
    ]);
  });

  it("takes the unnumbered bold caption above a Pasal as its judul", () => {
    expect(k41.pasal.slice(1, 4).map((p) => p.judul)).toEqual(["Prinsip", "Maksud", "Tujuan"]);
    expect(k41.pasal[1]?.bagian?.judul).toBe("Prinsip, Maksud Dan Tujuan");
    expect(k41.pasal[1]?.ayat.at(-1)?.text).not.toContain("Maksud");
  });

  it("keeps title, Menimbang and Mengingat in the pembukaan and the signature in the penutup", () => {
    expect(k37.pembukaan.startsWith("WALI KOTA KENDARI\nPROVINSI SULAWESI TENGGARA\nPERATURAN WALI KOTA KENDARI\nNOMOR 37 TAHUN 2024")).toBe(true);
    expect(k37.pembukaan.endsWith("Menetapkan : PERATURAN WALI KOTA TENTANG INTEGRASI SISTEM LAYANAN PUBLIK MELALUI APLIKASI CHATINA.")).toBe(true);
    expect(k37.pembukaan).not.toContain("id: kendari-37-2024");
    expect(k37.pasal[9]?.text).toBe("Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.");
    expect(k37.penutup.split("\n")[0]).toBe(
      "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Wali Kota ini dengan penempatannya dalam Berita Daerah Kota Kendari.",
    );
    expect(k37.penutup.split("\n").at(-1)).toBe("BERITA DAERAH KOTA KENDARI TAHUN 2024 NOMOR 37");
    expect(k37.penutup).not.toContain("PARAF");
    expect(k37.penjelasan).toBeNull();
  });

  it("splits each Lampiran at its lettered headings", () => {
    expect(k1.lampiran.map((s) => `${s.nomor} ${s.heading}`)).toEqual([
      "I A. PEDOMAN TEKNIS PEMBANGUNAN TEKNOLOGI INFORMASI DAN KOMUNIKASI",
      "I B. STANDARISASI PEMBANGUNAN TEKNOLOGI INFORMASI DAN KOMUNIKASI",
      "II A. PEDOMAN TEKNIS PENGELOLAAN TIK",
      "III A. PENDAHULUAN",
      "III B. TUJUAN MONITORING DAN EVALUASI",
      "III C. TAHAPAN MONITORING DAN EVALUASI TIK",
      "III D. TINJAUAN MONITORING DAN EVALUASI TIK",
      "III E. STANDARISASI MONITORING DAN EVALUASI",
    ]);
    expect(k1.lampiran[0]?.judul).toBe("PEDOMAN TEKNIS PEMBANGUNAN TIK");
    expect(k1.lampiran[0]?.text).toContain("g. Pengembangan TIK harus merujuk pada peraturan perundang-undangan terkait yang berlaku (compliance);");
    expect(k1.lampiran.some((s) => s.text.includes("PARAF") || s.text.includes("NOMOR : 1 TAHUN 2022"))).toBe(false);
    expect(k1.penutup).not.toContain("LAMPIRAN");
  });
});

describe("parseLegalText on OCR variations", () => {
  it("does not take a Pasal reference in running text for a heading", () => {
    const doc = parseLegalText(
      [
        "BAB I",
        "UMUM",
        "",
        "Pasal 5",
        "",
        "Ketentuan lebih lanjut diatur dalam",
        "Pasal 6",
        "sampai dengan Pasal 7.",
        "",
        "Pasal 6",
        "",
        "(1) Selain koordinasi sebagaimana dimaksud dalam Pasal 5, Dinas bertugas.",
        "(2) Tugas sebagaimana dimaksud dalam",
        "Pasal 5",
        "dilaporkan.",
      ].join("\n"),
    );
    expect(doc.pasal.map((p) => p.nomor)).toEqual(["5", "6"]);
    expect(doc.pasal[0]?.text).toBe("Ketentuan lebih lanjut diatur dalam Pasal 6 sampai dengan Pasal 7.");
    expect(doc.pasal[1]?.ayat[1]?.text).toBe("(2) Tugas sebagaimana dimaksud dalam Pasal 5 dilaporkan.");
  });

  it("reads hash-marked, bold and letter-suffixed Pasal headings", () => {
    const doc = parseLegalText("## BAB I KETENTUAN UMUM\n\n#### **Pasal 1**\n\nSatu.\n\n**Pasal 1A**\n\nSatu A.\n\nPasal 2**\n\nDua.");
    expect(doc.pasal.map((p) => [p.nomor, p.text])).toEqual([
      ["1", "Satu."],
      ["1A", "Satu A."],
      ["2", "Dua."],
    ]);
  });

  it("reads an unnumbered Lampiran without its header and signature", () => {
    const doc = parseLegalText(
      "Pasal 1\n\nIsi.\n\nDitetapkan di Ternate\n\nLAMPIRAN\nPERATURAN WALI KOTA TERNATE\nNOMOR 43 TAHUN 2023\nTENTANG PEDOMAN\n\nALUR LAYANAN\n\nSurat masuk dicatat\n\noleh operator.\n\nWALI KOTA TERNATE,\n\nttd\n\nM. TAUHID SOLEMAN",
    );
    expect(doc.lampiran).toEqual([{ nomor: null, judul: "ALUR LAYANAN", heading: "ALUR LAYANAN", text: "Surat masuk dicatat oleh operator." }]);
    expect(doc.penutup).toBe("Ditetapkan di Ternate");
  });

  it("keeps a Penjelasan apart from the Pasal", () => {
    const doc = parseLegalText("Pasal 1\n\nIsi.\n\nBERITA DAERAH KOTA X\n\nPENJELASAN\nATAS\nPERATURAN WALI KOTA X\n\nPasal 1\nCukup jelas.");
    expect(doc.pasal.map((p) => p.text)).toEqual(["Isi."]);
    expect(doc.penjelasan).toBe("PENJELASAN\nATAS\nPERATURAN WALI KOTA X\nPasal 1\nCukup jelas.");
    expect(doc.penutup).toBe("BERITA DAERAH KOTA X");
  });

  it("puts a document without BAB or Pasal entirely in the pembukaan", () => {
    const doc = parseLegalText("PERATURAN WALI KOTA X\nTENTANG\nSESUATU");
    expect(doc.pembukaan).toBe("PERATURAN WALI KOTA X\nTENTANG\nSESUATU");
    expect(doc.pasal).toEqual([]);
  });
});
