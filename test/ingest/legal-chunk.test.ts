import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { chunkRegulation } from "../../ingest/legal/chunk.js";
import { RegulationMetaSchema, type RegulationMeta } from "../../src/corpus/regulation.js";

function fixture(name: string): { meta: RegulationMeta; body: string } {
  const body = readFileSync(new URL(`../fixtures/regulations/${name}.md`, import.meta.url), "utf8");
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(body)?.[1] ?? "";
  return { meta: RegulationMetaSchema.parse(parseYaml(frontMatter)), body };
}

const k37 = fixture("kendari-37-2024");
const k41 = fixture("kendari-41-2021");
const k1 = fixture("kendari-1-2022");
const K37 = "Peraturan Wali Kota Kendari Nomor 37 Tahun 2024";
const AYAT_7_1 = [
  "(1) Dinas melalui melalui Computer Security Incident Response Team memastikan keamanan sistem elektronik Aplikasi Chatina dengan melakukan:",
  "a. pencegahan insiden dengan cara melakukan penilaian dan deteksi ancaman, serta uji keamanan secara berkala terhadap Aplikasi Chatina;",
  "b. memantau dan memonitor keamanan serta melindungi Aplikasi Chatina; dan",
  "c. menanggapi dan menyelidiki secara komprehensif apabila terjadi insiden keamanan siber terhadap Aplikasi Chatina.",
].join("\n");

describe("chunkRegulation on Perwali Kendari 37/2024", () => {
  const chunks = chunkRegulation(k37.meta, k37.body);

  it("makes a pembukaan, one chunk per definition and one per short Pasal", () => {
    expect(chunks.map((c) => c.id.replace("kendari-37-2024#", ""))).toEqual([
      "pembukaan",
      ...Array.from({ length: 9 }, (_, i) => `pasal-1-angka-${i + 1}`),
      ...Array.from({ length: 9 }, (_, i) => `pasal-${i + 2}`),
    ]);
  });

  it("labels a short Pasal as a whole, with its BAB in the heading path", () => {
    const pasal7 = chunks.find((c) => c.id === "kendari-37-2024#pasal-7");
    expect(pasal7).toEqual({
      id: "kendari-37-2024#pasal-7",
      docId: "kendari-37-2024",
      title: `${K37} tentang Integrasi Sistem Layanan Publik melalui Aplikasi Chatina`,
      headingPath: ["BAB IV KEAMANAN DATA", "Pasal 7"],
      pasal: "7",
      ayat: null,
      label: `${K37}, Pasal 7`,
      text: `Pasal 7\n${AYAT_7_1}\n(2) Apabila dari hasil penilaian dan deteksi ancaman, serta uji keamanan sebagaimana dimaksud pada ayat (1) huruf a ditemukan kesalahan/ kelemahan/ kerentanan dalam Aplikasi Chatina, maka Dinas selaku pengelola wajib segera memperbaikinya.`,
      meta: { sourceType: "regulation", city: "kendari", status: "berlaku", opd: ["diskominfo"], unit: "pasal" },
    });
  });

  it("answers 'tentang apa' from a pembukaan chunk that starts with the full title", () => {
    const pembukaan = chunks[0];
    expect(pembukaan?.label).toBe(`${K37} (Pembukaan)`);
    expect(pembukaan?.text.split("\n").slice(0, 3)).toEqual([
      `${K37} tentang Integrasi Sistem Layanan Publik melalui Aplikasi Chatina`,
      "WALI KOTA KENDARI",
      "PROVINSI SULAWESI TENGGARA",
    ]);
    expect([pembukaan?.pasal, pembukaan?.ayat, pembukaan?.meta.unit]).toEqual([null, null, "pembukaan"]);
    expect(pembukaan?.text).toContain("Mengingat : 1. Pasal 18 ayat (6)");
  });

  it("strips markdown emphasis without changing words", () => {
    expect(chunks.find((c) => c.pasal === "4")?.text.split("\n")[1]).toBe(
      "(1) Aplikasi Chatina diakses melalui website kendarikota.go.id serta dapat di download melalui play store pada handphone Android.",
    );
    expect(chunks.some((c) => /[*#]|\s{2}/.test(c.text))).toBe(false);
  });
});

describe("chunkRegulation on long Pasal", () => {
  it("splits a long Pasal into ayat chunks that start with the Pasal heading", () => {
    const pasal7 = chunkRegulation(k37.meta, k37.body, { maxPasalChars: 500 }).filter((c) => c.pasal === "7");
    expect(pasal7.map((c) => [c.id, c.label, c.headingPath, c.ayat])).toEqual([
      ["kendari-37-2024#pasal-7-ayat-1", `${K37}, Pasal 7 ayat (1)`, ["BAB IV KEAMANAN DATA", "Pasal 7", "ayat (1)"], "1"],
      ["kendari-37-2024#pasal-7-ayat-2", `${K37}, Pasal 7 ayat (2)`, ["BAB IV KEAMANAN DATA", "Pasal 7", "ayat (2)"], "2"],
    ]);
    expect(pasal7[0]?.text).toBe(`Pasal 7\n${AYAT_7_1}`);
    expect(pasal7[0]?.meta.unit).toBe("ayat");
  });

  it("splits a still-long ayat into its huruf under the ayat's sentence", () => {
    const ayat1 = chunkRegulation(k37.meta, k37.body, { maxPasalChars: 300 }).filter((c) => c.pasal === "7" && c.ayat === "1");
    expect(ayat1.map((c) => c.label)).toEqual([`${K37}, Pasal 7 ayat (1) huruf a`, `${K37}, Pasal 7 ayat (1) huruf b`, `${K37}, Pasal 7 ayat (1) huruf c`]);
    expect(ayat1[1]?.id).toBe("kendari-37-2024#pasal-7-ayat-1-huruf-b");
    expect(ayat1[1]?.text).toBe(`Pasal 7\n${AYAT_7_1.split("\n")[0]}\n${AYAT_7_1.split("\n")[2]}`);
  });

  it("groups the huruf of a long Pasal without ayat under its intro", () => {
    const items = ["a", "b", "c", "d", "e", "f"].map((h) => `- ${h}. kegiatan nomor ${h} yang dilaksanakan oleh Dinas;`).join("\n");
    const chunks = chunkRegulation(k37.meta, `BAB I\nUMUM\n\nPasal 3\n\nDinas melaksanakan:\n\n${items}`, { maxPasalChars: 180 });
    expect(chunks.filter((c) => c.pasal === "3").map((c) => [c.id, c.label, c.text])).toEqual([
      [
        "kendari-37-2024#pasal-3-huruf-a",
        `${K37}, Pasal 3 huruf a sampai dengan huruf c`,
        "Pasal 3\nDinas melaksanakan:\na. kegiatan nomor a yang dilaksanakan oleh Dinas;\nb. kegiatan nomor b yang dilaksanakan oleh Dinas;\nc. kegiatan nomor c yang dilaksanakan oleh Dinas;",
      ],
      [
        "kendari-37-2024#pasal-3-huruf-d",
        `${K37}, Pasal 3 huruf d sampai dengan huruf f`,
        "Pasal 3\nDinas melaksanakan:\nd. kegiatan nomor d yang dilaksanakan oleh Dinas;\ne. kegiatan nomor e yang dilaksanakan oleh Dinas;\nf. kegiatan nomor f yang dilaksanakan oleh Dinas;",
      ],
    ]);
  });
});

describe("chunkRegulation ids", () => {
  it("gives the same ids and texts on every run", () => {
    expect(chunkRegulation(k41.meta, k41.body)).toEqual(chunkRegulation(k41.meta, k41.body));
  });

  it("keeps an ayat's id when its text is edited", () => {
    const edited = k37.body.replace("wajib segera memperbaikinya", "wajib memperbaikinya dalam 3 (tiga) hari");
    const before = chunkRegulation(k37.meta, k37.body, { maxPasalChars: 500 });
    const after = chunkRegulation(k37.meta, edited, { maxPasalChars: 500 });
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    const changed = after.filter((c, i) => c.text !== before[i]?.text);
    expect(changed.map((c) => c.id)).toEqual(["kendari-37-2024#pasal-7-ayat-2"]);
  });

  it("suffixes the id of a unit the source numbers twice", () => {
    const chunks = chunkRegulation(k1.meta, k1.body);
    const angka6 = chunks.filter((c) => c.label === "Peraturan Wali Kota Kendari Nomor 1 Tahun 2022, Pasal 1 angka 6");
    expect(angka6.map((c) => [c.id, c.text.slice(0, 40)])).toEqual([
      ["kendari-1-2022#pasal-1-angka-6", "Pasal 1 angka 6: Teknologi Informasi dan"],
      ["kendari-1-2022#pasal-1-angka-6~2", "Pasal 1 angka 6: Tata Kelola TIK adalah "],
    ]);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
  });
});

describe("chunkRegulation on definitions, Mengingat and Lampiran", () => {
  it("gives a Ketentuan Umum definition its own citable chunk", () => {
    const walidata = chunkRegulation(k41.meta, k41.body).filter((c) => c.text.includes("Walidata adalah"));
    expect(walidata).toEqual([
      {
        id: "kendari-41-2021#pasal-1-angka-35",
        docId: "kendari-41-2021",
        title: "Peraturan Wali Kota Kendari Nomor 41 Tahun 2021 tentang Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik",
        headingPath: ["BAB I KETENTUAN UMUM", "Bagian Kesatu Pengertian", "Pasal 1", "angka 35"],
        pasal: "1",
        ayat: null,
        label: "Peraturan Wali Kota Kendari Nomor 41 Tahun 2021, Pasal 1 angka 35",
        text: "Pasal 1 angka 35: Walidata adalah simpul jaringan yang bertugas mengelola data termasuk menyempurkan isi dari meta data dan memberlakukan standar penyebaran data.",
        meta: { sourceType: "regulation", city: "kendari", status: "berlaku", opd: ["diskominfo"], unit: "definisi" },
      },
    ]);
  });

  it("moves a long Mengingat out of the pembukaan chunk", () => {
    const pembukaan = chunkRegulation(k41.meta, k41.body).filter((c) => c.meta.unit === "pembukaan");
    expect(pembukaan.map((c) => [c.id, c.label])).toEqual([
      ["kendari-41-2021#pembukaan", "Peraturan Wali Kota Kendari Nomor 41 Tahun 2021 (Pembukaan)"],
      ["kendari-41-2021#pembukaan-mengingat", "Peraturan Wali Kota Kendari Nomor 41 Tahun 2021 (Pembukaan, Mengingat)"],
      ["kendari-41-2021#pembukaan-mengingat-2", "Peraturan Wali Kota Kendari Nomor 41 Tahun 2021 (Pembukaan, Mengingat)"],
    ]);
    expect(pembukaan[0]?.text).toContain("Menimbang : a. bahwa kemajuan teknologi informasi");
    expect(pembukaan[0]?.text).not.toContain("Mengingat");
    expect(pembukaan[1]?.text.split("\n")[1]).toBe("Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Negara Republik Indonesia Tahun 1945;");
  });

  it("splits the Lampiran at its headings and cites each section", () => {
    const lampiran = chunkRegulation(k1.meta, k1.body).filter((c) => c.meta.unit === "lampiran");
    const name = "Peraturan Wali Kota Kendari Nomor 1 Tahun 2022";
    expect([...new Set(lampiran.map((c) => c.label))]).toEqual([
      `${name}, Lampiran I, A. PEDOMAN TEKNIS PEMBANGUNAN TEKNOLOGI INFORMASI DAN KOMUNIKASI`,
      `${name}, Lampiran I, B. STANDARISASI PEMBANGUNAN TEKNOLOGI INFORMASI DAN KOMUNIKASI`,
      `${name}, Lampiran II, A. PEDOMAN TEKNIS PENGELOLAAN TIK`,
      `${name}, Lampiran III, A. PENDAHULUAN`,
      `${name}, Lampiran III, B. TUJUAN MONITORING DAN EVALUASI`,
      `${name}, Lampiran III, C. TAHAPAN MONITORING DAN EVALUASI TIK`,
      `${name}, Lampiran III, D. TINJAUAN MONITORING DAN EVALUASI TIK`,
      `${name}, Lampiran III, E. STANDARISASI MONITORING DAN EVALUASI`,
    ]);
    const tujuan = lampiran.find((c) => c.id === "kendari-1-2022#lampiran-5");
    expect(tujuan?.headingPath).toEqual(["Lampiran III PEDOMAN TEKNIS MONITORING DAN EVALUASI TIK", "B. TUJUAN MONITORING DAN EVALUASI"]);
    expect(tujuan?.text.split("\n").slice(0, 4)).toEqual([
      "Lampiran III PEDOMAN TEKNIS MONITORING DAN EVALUASI TIK",
      "B. TUJUAN MONITORING DAN EVALUASI",
      "Monitoring dan evaluasi TIK di Pemerintah Kota Kendari bertujuan antara lain:",
      "1. Meningkatkan perlindungan atas aset TIK Pemerintah Kota Kendari yang merupakan kekayaan negara, atau dengan kata lain aset milik publik;",
    ]);
    expect(lampiran.filter((c) => c.id.startsWith("kendari-1-2022#lampiran-2")).map((c) => c.id)).toEqual([
      "kendari-1-2022#lampiran-2",
      "kendari-1-2022#lampiran-2-part-2",
      "kendari-1-2022#lampiran-2-part-3",
      "kendari-1-2022#lampiran-2-part-4",
    ]);
  });
});

describe("chunkRegulation end to end", () => {
  it("chunks whole regulations into non-empty, bounded, uniquely identified chunks", () => {
    const counts = [k37, k41, k1].map(({ meta, body }) => {
      const chunks = chunkRegulation(meta, body);
      expect(chunks.filter((c) => c.text.trim() === "" || c.text.length > 2500)).toEqual([]);
      expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
      return [meta.id, new Set(chunks.map((c) => c.pasal).filter(Boolean)).size, chunks.length];
    });
    expect(counts).toEqual([
      ["kendari-37-2024", 10, 19],
      ["kendari-41-2021", 44, 176],
      ["kendari-1-2022", 19, 79],
    ]);
  });

  it("describes a revoked regulation from its metadata when the body is empty", () => {
    const meta = RegulationMetaSchema.parse({
      id: "kendari-51-2019",
      jenis: "Peraturan Wali Kota",
      nomor: "51",
      tahun: 2019,
      judul: "Penyelenggaraan Pemerintahan Berbasis Elektronik",
      daerah: "Kota Kendari",
      status: "dicabut",
      dicabut_oleh: "kendari-41-2021",
      opd: ["diskominfo"],
    });
    expect(chunkRegulation(meta, "---\nid: kendari-51-2019\n---\n\n")).toEqual([
      {
        id: "kendari-51-2019#pembukaan",
        docId: "kendari-51-2019",
        title: "Peraturan Wali Kota Kendari Nomor 51 Tahun 2019 tentang Penyelenggaraan Pemerintahan Berbasis Elektronik",
        headingPath: ["Pembukaan"],
        pasal: null,
        ayat: null,
        label: "Peraturan Wali Kota Kendari Nomor 51 Tahun 2019 (Pembukaan)",
        text: "Peraturan Wali Kota Kendari Nomor 51 Tahun 2019 tentang Penyelenggaraan Pemerintahan Berbasis Elektronik. Status: dicabut oleh kendari-41-2021.",
        meta: { sourceType: "regulation", city: "kendari", status: "dicabut", opd: ["diskominfo"], unit: "pembukaan" },
      },
    ]);
  });
});
