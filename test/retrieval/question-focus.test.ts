import { describe, expect, it } from "vitest";
import { questionFocus } from "../../src/retrieval/question-focus.js";

describe("the question inside a message", () => {
  it("is the asking sentence of a story", () => {
    expect(questionFocus("Sy baru lahiran bulan lalu di RS. Suami kerja di luar daerah. Syarat akta lahir apa aja ya?")).toBe("Syarat akta lahir apa aja ya?");
  });

  it("drops a trailing remark after the question from ten words on", () => {
    expect(questionFocus("prinsip2 penyelenggaraan SPBE di kendari apa aja sih? lg ngerjain tugas kuliah nih")).toBe(
      "prinsip2 penyelenggaraan SPBE di kendari apa aja sih?",
    );
  });

  it("drops the reason given for asking, unless it is itself a question", () => {
    expect(questionFocus("KTP-el saya patah. Kalau ganti, kira-kira jadinya berapa lama? Soalnya lusa saya harus urus pinjaman.")).toBe(
      "Kalau ganti, kira-kira jadinya berapa lama?",
    );
    expect(questionFocus("Anak saya mau daftar sekolah besok. Karena harus bawa SKTM, syaratnya apa?")).toBe("Karena harus bawa SKTM, syaratnya apa?");
  });

  it("keeps the sentence a question points back to ('yang dimaksud dengan itu apa?', 'allow that?')", () => {
    expect(questionFocus("Dalam Perwali Kendari 41 Tahun 2021 ada istilah 'Resipitori'. Yang dimaksud dengan itu apa ya?")).toBe(
      "Dalam Perwali Kendari 41 Tahun 2021 ada istilah 'Resipitori'. Yang dimaksud dengan itu apa ya?",
    );
    expect(questionFocus("Kami mau pakai server di Singapura karena lebih murah dan cepat sekali. Vendor bilang aman. Does the regulation allow that?")).toBe(
      "Vendor bilang aman. Does the regulation allow that?",
    );
    expect(questionFocus("Sy baru lahiran bulan lalu di RS. Suami kerja di luar daerah. Syarat akta lahir apa aja ya?")).toBe("Syarat akta lahir apa aja ya?");
  });

  it("keeps a short message whole", () => {
    expect(questionFocus("syarat ktp baru apa? makasih min")).toBe("syarat ktp baru apa? makasih min");
  });
});
