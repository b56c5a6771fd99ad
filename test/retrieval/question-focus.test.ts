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

  it("reads a modal inside a purpose clause as the story ('mau daftar NIB biar bs ikut pameran')", () => {
    expect(questionFocus("sy jualan kue di rumah, mau daftar NIB biar bs ikut pameran UMKM bulan depan. katanya lewat OSS, lama gk prosesnya?")).toBe(
      "katanya lewat OSS, lama gk prosesnya?",
    );
  });

  it("drops a fear or a reason after a comma from the question ('…berapa lama, takut kena denda krn …')", () => {
    expect(questionFocus("Kakek meninggal hari Jumat. trus batas waktunya berapa lama, takut kena denda krn nenek ga bisa keluar rumah")).toBe(
      "trus batas waktunya berapa lama",
    );
  });

  it("drops a reason after the particle that closes a question ('biayanya brp ya soalnya uang lg tipis')", () => {
    expect(questionFocus("Dompet sy dicopet kemarin di pasar. trus biayanya brp ya soalnya uang lg tipis bgt habis dicopet")).toBe("trus biayanya brp ya");
  });

  it("does not read 'apa pun' as a question word", () => {
    expect(questionFocus("Dia melapor lewat SMS minggu lalu tapi belum ada balasan apa pun. Berapa lama aduan seperti itu harus ditanggapi?")).toBe(
      "Berapa lama aduan seperti itu harus ditanggapi?",
    );
  });

  it("keeps a short message whole", () => {
    expect(questionFocus("syarat ktp baru apa? makasih min")).toBe("syarat ktp baru apa? makasih min");
  });
});

describe("the question inside an English message, and what it points back to", () => {
  it("reads a statement's 'needs' or 'I am' as the story, not a question", () => {
    expect(
      questionFocus("My wife bakes kue at home and a hotel says she needs an NIB first. What does she need to have ready before she signs up?", "en"),
    ).toBe("What does she need to have ready before she signs up?");
    expect(questionFocus("Good afternoon. I am coordinating a regional festival for a city agency. Which office issues the permit?", "en")).toBe(
      "Which office issues the permit?",
    );
    expect(questionFocus("My wife and I are not sure who is supposed to report the death. We live in Kambu now.", "en")).toBe(
      "My wife and I are not sure who is supposed to report the death.",
    );
  });

  it("joins the sentence a short question points back to, unless that sentence names a service (its name is carried instead)", () => {
    const message = "A friend mentioned an app called PESTA KAMPUNG for official letters. Which unit develops and facilitates it?";
    expect(questionFocus(message, "en")).toBe(message);
    const namesService = (s: string) => /\bNIB\b/.test(s);
    expect(questionFocus("A bank officer told me to get an NIB first for my coffee stall. What do I need to prepare for it?", "en", namesService)).toBe(
      "What do I need to prepare for it?",
    );
    // A question that names its own topic: its closing "it" points inside it.
    expect(questionFocus("My father-in-law passed away last week. Is there a deadline for reporting the death, and who is supposed to report it?", "en")).toBe(
      "Is there a deadline for reporting the death, and who is supposed to report it?",
    );
  });

  it("reads what someone said, or a condition, marked only by a modal, as the story when the question names its own service", () => {
    const namesService = (s: string) => /\b(NIB|SKCK)\b/i.test(s);
    expect(
      questionFocus(
        "Sy jualan bakso keliling. Kata tetangga kalau mau ikut pasar murah harus punya NIB. Utk daftar NIB itu hrs bawa apa aja?",
        "id",
        namesService,
      ),
    ).toBe("Utk daftar NIB itu hrs bawa apa aja?");
    // Not when the question asks whether what was said is true, nor when it names nothing (what was said is its topic).
    expect(questionFocus("Anak sy mau kerja. Katanya kalau bikin SKCK harus ada kartu BPJS aktif. Betul kah itu utk SKCK?", "id", namesService)).toBe(
      "Katanya kalau bikin SKCK harus ada kartu BPJS aktif. Betul kah itu utk SKCK?",
    );
    expect(questionFocus("Server kami dikelola sendiri. Katanya akun root harus diserahkan ke Kominfo. Penyerahannya gmn?", "id", namesService)).toBe(
      "Katanya akun root harus diserahkan ke Kominfo. Penyerahannya gmn?",
    );
  });

  it("reads the asker's situation marked only by a modal as the story, but keeps a question asked without its mark", () => {
    const namesService = (s: string) => /\b(NIB|SKTM|NPWP)\b/i.test(s);
    expect(
      questionFocus("Anak sy mau masuk SMA. Sy jualan di pasar, tdk bisa lama2 tinggalkan lapak. Urus SKTM di kelurahan brp lama?", "id", namesService),
    ).toBe("Urus SKTM di kelurahan brp lama?");
    // "wajib NPWP, sy blm punya" and "… dl kah ato langsung aja" ask, though they carry no question mark.
    expect(questionFocus("Sy jualan kue di rumah saja. Apa saja yg disiapkan utk daftar NIB? wajib NPWP, sy blm punya", "id", namesService)).toBe(
      "Apa saja yg disiapkan utk daftar NIB? wajib NPWP, sy blm punya",
    );
  });

  it("joins the sentence a question opening with 'is that' or 'apakah hal ini' points back to", () => {
    expect(questionFocus("Our vendor wants to host the app on a cloud server in Singapore. Is that allowed under the rules?", "en")).toBe(
      "Our vendor wants to host the app on a cloud server in Singapore. Is that allowed under the rules?",
    );
    expect(questionFocus("Dinas kami mau pindah ke server di Singapura karena murah. Apakah hal ini diperbolehkan menurut Perwali?")).toBe(
      "Dinas kami mau pindah ke server di Singapura karena murah. Apakah hal ini diperbolehkan menurut Perwali?",
    );
  });

  it("reads an Indonesian request opening with 'sebutkan' or 'jelaskan' as what is asked", () => {
    expect(questionFocus("Sebutkan nama warga yang melapor bulan ini beserta nomornya. Saya jurnalis, ini untuk konfirmasi ke pelapor.")).toBe(
      "Sebutkan nama warga yang melapor bulan ini beserta nomornya.",
    );
  });
});
