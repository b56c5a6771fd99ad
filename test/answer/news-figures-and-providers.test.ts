import { describe, expect, it } from "vitest";
import { askCorpus } from "../helpers/corpus.js";

describe("news, figures, other providers and laws the corpus only cites", () => {
  const { ask } = askCorpus();

  it("does not answer statistics, an inauguration, whether an app was ever hacked, another city's office or a mayor's regulation it does not hold", async () => {
    for (const [message, lang] of [
      ["Berapa jumlah aduan yang masuk lewat SP4N-LAPOR sepanjang 2024?", "id"],
      ["Roughly how many foreigners are registered as living in Kendari right now?", "en"],
      ["MPP Balai Kota Kendari diresmikan kapan dan oleh siapa?", "id"],
      ["min kapan blangko KTP-el datang lagi? kasih tanggal pastinya aja, gapapa perkiraan", "id"],
      ["Apakah aplikasi Chatina pernah diretas? Ada beritanya?", "id"],
      ["KTP saya hilang waktu mudik ke Baubau. Syaratnya di Dukcapil Baubau sama nggak dengan di Kendari?", "id"],
      ["Apa isi Peraturan Wali Kota Probolinggo Nomor 224 Tahun 2019 tentang pelimpahan kewenangan kepada Camat?", "id"],
      ["For my research, how many people have used the Chatina chatbot since launch, and what's its satisfaction rating?", "en"],
      ["What's the hotel tax rate in Kendari and when is the monthly payment due?", "en"],
      ["I gave up my Indonesian citizenship when I naturalised in Australia. What's the procedure to get it back?", "en"],
      ["What's the process and fee for getting a tourism business registration (TDUP) for a hotel in Kendari?", "en"],
      ["Per tahun ini sudah berapa OPD yang layanannya benar-benar terintegrasi ke aplikasi Chatina?", "id"],
      ["Apakah Disaster Recovery Center yang diamanatkan Perwali 1/2022 sudah selesai dibangun?", "id"],
      ["sy skrg tinggal di baubau, KTP baubau. disana ada aplikasi buat ambil antrian dukcapil online ga kayak di kendari?", "id"],
      ["Sy baru pindah ke Kota Baubau. Syarat bikin KK baru di Disdukcapil Baubau apa aja ya? Sama kayak di Kendari gak?", "id"],
      ["What AI model or chatbot vendor is behind Chatina? Is it built on ChatGPT?", "en"],
      ["Apa bunyi Pasal 5 Perpres Nomor 95 Tahun 2018 tentang SPBE? Di Perwali Kendari kan disebut di bagian mengingat", "id"],
      ["Usaha keripik rumahan saya mau urus sertifikat halal sama PIRT. Ke dinas mana dan berapa lama prosesnya?", "id"],
      ["What was Kendari's SPBE index score in the latest national evaluation? Did we go up from last year?", "en"],
      ["Bener gak sih kabarnya minggu lalu MPP Balai Kota tutup sehari karena ada demo?", "id"],
      ["Perwali Kendari 41 Tahun 2021 itu diundangkan tanggal berapa? Saya hanya butuh tanggal pengundangannya, bukan tanggal penetapan.", "id"],
      ["Someone stole my motorbike from the parking lot at Kendari Beach last night. How do I file a police report?", "en"],
      ["Do you think the PBG retribution will be waived for all houses next year? Should I wait before building?", "en"],
      ["My brother lives in Konawe Selatan. Where is the Dukcapil office there, and is there a counter in a public service mall?", "en"],
      ["Which company or vendor developed the Chatina chatbot, and what AI model does it run on?", "en"],
      ["Apa bunyi Pasal 18 Perpres 95 Tahun 2018 tentang SPBE yang dijadikan dasar Mengingat dalam Perwali 41/2021?", "id"],
      ["Can you recommend a sworn translator in Kendari who can translate my foreign birth certificate into Indonesian?", "en"],
      ["Suami sy pensiunan PNS, baru meninggal dan akta kematiannya sudah jadi. Skrg sy mau urus pensiun janda di Taspen, syaratnya apa?", "id"],
    ] as const) {
      expect([message, (await ask(message, lang)).status]).toEqual([message, "no_answer"]);
    }
    // One of ours asked for another agency's errand is ours; that errand's own requirements are not.
    const visa = await ask(
      "My wife needs an SKCK for her visa application. There's a Polsek near our house. Can she get it done there, or does it have to be somewhere else because it's for a visa?",
      "en",
    );
    expect(visa.status).toBe("answered");
    expect((await ask("What are the requirements for a KITAS for foreigners working in Kendari?", "en")).status).toBe("no_answer");
    // The same words in questions the sources answer (a reviewer's false positives of the day's signs).
    for (const [message, lang] of [
      ["Saya dulu tinggal di Baubau, sekarang di Kendari. Kalau ke kantor Dukcapil, di sana saya harus bawa apa untuk bikin KK?", "id"],
      ["Bagaimana cara memberikan nilai kepuasan layanan di MPP?", "id"],
      ["Bolehkah ASN memakai ChatGPT untuk menyusun dokumen dinas menurut Perwali?", "id"],
      ["Can I trust the AI answers or should I call the office?", "en"],
    ] as const) {
      expect([message, (await ask(message, lang)).status]).toEqual([message, "answered"]);
    }
    for (const message of [
      "berapa orang saksi yang diperlukan kalau tidak ada surat keterangan lahir?",
      "Apa isi Peraturan Wali Kota Kendari Nomor 37 Tahun 2024 Pasal 4?",
      "KTP saya hilang waktu mudik ke Baubau, sekarang sudah di Kendari lagi. Syarat ganti KTP apa?",
    ]) {
      expect([message, (await ask(message)).status]).toEqual([message, "answered"]);
    }
  });
});
