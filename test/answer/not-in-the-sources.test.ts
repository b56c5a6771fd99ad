import { describe, expect, it } from "vitest";
import { askCorpus } from "../helpers/corpus.js";

describe("questions outside the sources: other offices, places, laws, people, practice and news", () => {
  const { ask } = askCorpus();

  it("does not answer from a law the corpus never mentions, but does from one a standard cites", async () => {
    const pdp = await ask("Apa sanksi pidana menurut UU Pelindungan Data Pribadi?");
    expect([pdp.status, pdp.citations]).toEqual(["no_answer", []]);
    const which = await ask("uu yang mengatur akta kelahiran apa?");
    expect(which.status).toBe("answered");
    const adminduk = await ask("menurut UU 24/2013 akta kelahiran gratis gk?");
    expect(adminduk.status).toBe("answered");
    expect(adminduk.citations[0]?.label).toBe("Standar Pelayanan Penerbitan Akta Kelahiran, Biaya/tarif");
  });

  it("leaves a BPJS branch office's service to BPJS", async () => {
    const r = await ask("sy mau pindah faskes bpjs dr puskesmas ke klinik, caranya gmn?");
    expect([r.status, r.citations]).toEqual(["no_answer", []]);
  });

  it("leaves another city's office, a business letter and inheritance to others, but answers a move from another city", async () => {
    for (const message of [
      "kak klo bikin ktp-el di dukcapil kota makassar brp lama ya jadinya? sy msh ktp sulsel tp kerja di kendari",
      "kak sa mo urus surat keterangan usaha (SKU) di kelurahan, syaratnya apa?",
      "bapak sy meninggal, kami ribut soal pembagian warisan rumah, gmn cara urus surat keterangan ahli waris?",
      "sktm di kota baubau jadinya brp lama ya? sama kayak di kendari ga?",
      "Kalau di Kota Probolinggo, syarat bikin KTP-el baru lewat Portal Emas apa saja?",
    ]) {
      expect([message, (await ask(message)).status]).toEqual([message, "no_answer"]);
    }
    const portal = await ask("Pengaduan masyarakat lewat Portal Emas Probolinggo itu sifatnya terbuka untuk umum atau rahasia?");
    expect([portal.status, portal.citations[0]?.docId]).toEqual(["answered", "probolinggo-107-2021"]);
    const move = await ask("sy pindah dari makassar ke kendari, syarat pindah datang apa aja?");
    expect(move.status).toBe("answered");
    expect(move.citations[0]?.docId).toBe("service:pindah-datang");
  });

  it("does not answer how things stand right now (stock, shortages) or its own opinion, but answers a message that only says 'abis lahiran'", async () => {
    for (const [message, lang] of [
      ["blangko ktp-el di dukcapil kendari lagi kosong ka minggu ini? sa mo rekam anak sa yg baru 17", "id"],
      ["Is there a shortage of blank e-KTP cards in Kendari right now?", "en"],
      ["Sekarang blangko KTP-el di Dukcapil Kendari tersedia atau kosong?", "id"],
      ["Menurut kamu, apakah aplikasi Chatina bakal dihapus kalau wali kotanya ganti?", "id"],
    ] as const) {
      const r = await ask(message, lang);
      expect([message, r.status, r.citations]).toEqual([message, "no_answer", []]);
    }
    expect((await ask("menurut anda syarat ktp baru apa?")).status).toBe("answered");
    const story = await ask("bikin akte lahir bayar brp ya? lg bokek abis lahiran");
    expect([story.status, story.citations[0]?.label]).toEqual(["answered", "Standar Pelayanan Penerbitan Akta Kelahiran, Biaya/tarif"]);
  });

  it("leaves another office's act on one of our documents, or a document of the same family, to that office", async () => {
    for (const [message, lang] of [
      ["Mau legalisir fotokopi akta kelahiran, bisa di Dukcapil Kendari? bayar gk?", "id"],
      ["Bagaimana cara mendapatkan akta perceraian di Dukcapil dan berapa lama?", "id"],
      ["Untuk NIB kan butuh NPWP, nah cara bikin NPWP pribadi gimana?", "id"],
      ["min sy mau daftar BPJS mandiri kelas 2, iurannya brp per org?", "id"],
      ["I live in Kendari with a KITAP. Can I get a KTP-el for foreigners?", "en"],
      ["Saya dokter baru pindah ke Kendari, mau praktik mandiri. Gimana cara urus Surat Izin Praktik (SIP) dan berapa lama prosesnya?", "id"],
      ["Saya WNA yang menikah dengan warga Kendari. Bisa tidak saya masuk ke KK istri saya, syaratnya apa?", "id"],
      ["Iuran BPJS Kesehatan mandiri kelas 1 sekarang berapa per orang per bulan?", "id"],
      ["Gimana cara dapat surat keterangan domisili dari kelurahan? Syaratnya apa saja?", "id"],
      ["Keluarga kami butuh surat izin pemakaman di TPU Punggolaka. Diurus ke mana dan bayar berapa?", "id"],
      ["Saya bidan, mau buka praktik mandiri di Kendari. Cara urus izin praktiknya di Dinas Kesehatan bagaimana?", "id"],
      ["Syarat jadi ketua RT di Kendari apa saja? Ada batas umur minimal?", "id"],
      ["UMK Kota Kendari tahun 2025 berapa ya?", "id"],
      ["Aula Balai Kota Kendari boleh disewa warga gak, dan berapa biaya sewanya per hari?", "id"],
      ["Can I rent server space at the Pemkot Kendari data center for my business?", "en"],
    ] as const) {
      const r = await ask(message, lang);
      expect([message, r.status, r.citations]).toEqual([message, "no_answer", []]);
    }
    for (const message of [
      "bikin KK baru setelah cerai perlu akta perceraian gk?",
      "daftar NIB butuh NPWP gak?",
      "sebagai orang tua, syarat akta kelahiran anak apa saja?",
    ]) {
      expect([message, (await ask(message)).status]).toEqual([message, "answered"]);
    }
  });

  it("does not answer how far the rules have been carried out, what came of them in a year, or news of an incident", async () => {
    for (const [message, lang] of [
      ["Apakah aplikasi kepegawaian Pemkot sudah terintegrasi ke dalam Chatina?", "id"],
      ["OPD mana saja yang layanannya sudah benar-benar terintegrasi di Chatina sampai hari ini?", "id"],
      ["Arsitektur SPBE Kota Kendari sudah ditetapkan belum?", "id"],
      ["Hasil audit keamanan aplikasi khusus Pemkot Kendari tahun 2024 bagaimana?", "id"],
      ["Apa benar ada kebocoran data di server Pemkot Kendari bulan lalu?", "id"],
      ["Has Kendari already implemented the SPBE architecture?", "en"],
    ] as const) {
      const r = await ask(message, lang);
      expect([message, r.status, r.citations]).toEqual([message, "no_answer", []]);
    }
    // What the rules require of a system, a regulation's own status, a citation's year: answered.
    for (const message of [
      "Arsitektur SPBE pemerintah daerah ditetapkan dengan apa?",
      "apakah perwali 37 tahun 2024 masih berlaku?",
      "Apa isi Peraturan Wali Kota Kendari Nomor 37 Tahun 2024 tentang hasil layanan Chatina?",
      "aplikasi yang wajib terintegrasi dengan SPBE apa saja menurut perwali?",
      "Sampai sekarang akta kelahiran masih gratis kah?",
      "Pendaftaran NIB sudah terintegrasi online lewat OSS ya? Caranya gimana?",
      "Kalau sistem diretas, PSE wajib lapor ke siapa menurut Perwali 41/2021?",
      "Nilai-nilai asas penyelenggaraan TIK dalam Perwali 1/2022 apa saja?",
      "Siapa lurah yang tanda tangan SKTM, lurah sesuai domisili saya?",
      "Menurut kamu, cara terbaik ganti KTP hilang itu gimana?",
      "Anak saya lahir di rumah sakit swasta, syarat akta kelahirannya apa?",
      "KIA anak 6 tahun perlu berapa buah pas foto?",
      "Untuk daftar NIB perlu alamat email atau nomor HP aktif?",
      "Apa nomor SK atau peraturan yang mengatur Chatina?",
    ]) {
      expect([message, (await ask(message)).status]).toEqual([message, "answered"]);
    }
  });

  it("names no office holder, vendor or best place, leaves a Pergub, crimes and hospital cover to others, and knows the asker's own role", async () => {
    for (const [message, lang] of [
      ["Who is the head of the Kendari manpower office (Disnaker)? I want to send my CV directly to him.", "en"],
      ["Siapa vendor yang membangun aplikasi Chatina?", "id"],
      ["Honest opinion: which kelurahan in Kendari is the nicest and safest to live in?", "en"],
      ["Apakah ada Peraturan Gubernur Sulawesi Tenggara tentang SPBE? nomornya berapa?", "id"],
      ["Does BPJS Kesehatan cover giving birth at a private hospital?", "en"],
      ["skrg antrian di loket dukcapil MPP udh nomor brp?", "id"],
      ["Min antrean di MPP Balai Kota pagi ini masih panjang ndak? sdh sampai nomor berapa loket dukcapil?", "id"],
      ["Sy mau urus perceraian. Akta cerainya diurus di mana dan berapa lama keluarnya?", "id"],
    ] as const) {
      const r = await ask(message, lang);
      expect([message, r.status, r.citations]).toEqual([message, "no_answer", []]);
    }
    for (const message of [
      "sy ketua RT, ada warga meninggal minggu lalu. Katanya RT yg wajib lapor ke dukcapil ya? batas waktunya berapa hari?",
      "ktp saya dicuri, perlu surat kehilangan dari polisi?",
    ]) {
      expect([message, (await ask(message)).status]).toEqual([message, "answered"]);
    }
  });

  it("does not answer a rule on a topic the corpus never names, a dated schedule, a job fair, a live queue or a premium class", async () => {
    for (const [message, lang] of [
      ["Does Kendari have any regulation on civil servants using ChatGPT or other generative AI tools at work?", "en"],
      ["Apakah ada aturan tentang penggunaan ChatGPT oleh ASN?", "id"],
      ["Kapan jadwal Disdukcapil jemput bola perekaman KTP-el ke kelurahan kami bulan ini? Banyak warga lansia yang tidak bisa ke kantor.", "id"],
      ["Ada job fair dari Disnaker Kendari bulan ini kah? sa baru dapat kartu kuning", "id"],
      ["Is the queue at MPP Balai Kota long right now?", "en"],
      ["How much is the monthly BPJS Kesehatan premium for class 1 right now?", "en"],
      ["Untuk legalisir fotokopi akta kelahiran anak, bisa di MPP atau harus ke kantor Dukcapil? bayar tidak?", "id"],
      ["How many people used the Chatina chatbot in 2024, and how much did the city spend to build it?", "en"],
      ["Tahun 2024 Kota Kendari menerima berapa keping blangko KTP-el dari pusat?", "id"],
      ["How much money did the city allocate for the Chatina app in the 2025 budget?", "en"],
      ["min sy sdh masukin berkas ubah data KK minggu lalu. sdh jadi blm ya? bisa diambil kapan?", "id"],
      ["Tolong cek KTP-el saya yang direkam tanggal 3 kemarin di MPP sudah dicetak atau belum.", "id"],
      ["Katanya wali kota baru resmikan MPP cabang di Puuwatu minggu kemarin, benar kah itu?", "id"],
      ["Antrean di loket Dukcapil MPP hari ini panjang nggak? Rencana mau ke sana jam 10.", "id"],
      ["Untuk daftar NIB kan perlu NPWP. Nah saya belum punya NPWP, cara bikinnya gimana?", "id"],
    ] as const) {
      expect([message, (await ask(message, lang)).status]).toEqual([message, "no_answer"]);
    }
    for (const message of [
      "Mohon informasi tata cara penyerahan akun tertinggi (root) server aplikasi OPD kepada Dinas Kominfo. Apakah ada ketentuan mengenai bentuk penyerahannya?",
      "Apakah ada aturan tentang tanda tangan elektronik?",
      "fotokopi ijazah harus dilegalisir gak buat bikin kartu kuning?",
      // A reviewer's false positives of these rules: the asker's own dates and plans, online queues, PBI-JK classes, English glossary words.
      "Kapan batas waktu lapor kelahiran kalau anak saya lahir bulan ini?",
      "Tahun 2025 ini biaya bikin KTP berapa?",
      "Ada rencana bangun rumah tahun depan, izin apa yang perlu diurus?",
      "Hari ini mau urus KK, biar antrean nggak lama ambil nomor di mana?",
      "Peserta PBI-JK itu iuran kelas 3 nya dibayar pemerintah ya?",
      "Antrean online untuk Dukcapil lewat mana? biar gak panjang antrinya",
      // Where the asker is for now is their story, not what they ask about.
      "Sy lagi kerja di Kolaka sampai bulan depan. KTP sy hilang kemarin, syarat ganti ktp hilang apa aja?",
      // A document the asker lacks is their situation, not another office's errand.
      "anak ku lahir di rumah dibantu dukun beranak jadi nda ada surat keterangan lahir. trus kami cuma nikah siri jadi belum ada buku nikah. masih bisa ji bikin akte lahirnya? apa yg harus disiapkan",
    ]) {
      expect([message, (await ask(message)).status]).toEqual([message, "answered"]);
    }
    for (const message of [
      "When I go to the kelurahan tomorrow for an SKTM, what documents should I bring?",
      "Is there a rule on whether I need an RT letter for my first KTP?",
    ]) {
      expect([message, (await ask(message, "en")).status]).toEqual([message, "answered"]);
    }
  });

  it("takes a complaint that names no service to the complaints service's channels, under the hedge, but leaves a tax return and a ticket's progress to others", async () => {
    const r = await ask("mau lapor pelayanan publik yg jelek lewat mana min");
    expect([r.status, r.confidence]).toEqual(["answered", "low"]);
    expect(r.citations[0]?.label).toBe("Standar Pelayanan Pengaduan Pelayanan Publik melalui SP4N-LAPOR!, Lokasi layanan");
    expect(r.answer).toContain("2. SMS ke 1708 dengan format LAPOR (spasi) isi aduan.");
    // A complaint about a named service keeps that service's own complaints section.
    const named = await ask("petugas dukcapil minta uang pas urus akta kelahiran, lapor ke mana?");
    expect(named.citations[0]?.label).toBe("Standar Pelayanan Penerbitan Akta Kelahiran, Penanganan pengaduan, saran dan masukan");
    for (const message of [
      "batas lapor SPT tahunan pribadi di KPP pratama kendari tgl brp ya?",
      "Aduan saya di LAPOR! nomor tiket 4821937 sudah diproses sampai mana ya?",
    ]) {
      expect([message, (await ask(message)).status]).toEqual([message, "no_answer"]);
    }
  });

  it("answers ordinary questions that use the words these rules look for (a reviewer's false positives)", async () => {
    for (const [message, lang] of [
      ["Apakah anda wajib menyampaikan SKPWNI ke dukcapil tujuan?", "id"],
      ["Menurut Perwali 37/2024, apakah chatbot harus menjawab pertanyaan masyarakat?", "id"],
      ["Pesan untuk chatbot Chatina: KTP saya rusak, gimana gantinya?", "id"],
      ["Mulai hari ini apakah pemerintah mengumumkan pembebasan retribusi PBG?", "id"],
      ["Abaikan pertanyaan sy td min, arahannya utk bikin KIA apa aja syaratnya?", "id"],
      // Found by a false-positive review of this session's rules (stop 19).
      ["Just confirm: is the SKCK fee Rp30,000?", "en"],
      ["Tolong jangan suruh saya tanya ke kelurahan lagi ya, syarat SKTM apa saja?", "id"],
      ["Apakah UU 24/2013 menyatakan bahwa akta kelahiran tidak dipungut biaya?", "id"],
      ["Can I ignore the old documents when I move to Kendari? What do I need for pindah datang?", "en"],
      ["Siapa yang pegang akun root server? Apakah password database aplikasi OPD harus diserahkan ke Kominfo?", "id"],
      ["KK sekarang pakai tanda tangan elektronik. Apakah KK hasil cetak PDF itu tetap asli dan sah dipakai?", "id"],
      ["Saya numpang di rumah teman. Untuk pindah datang, boleh pakai alamat KK teman saya? Syaratnya apa?", "id"],
      ["Tolong kasih tau syarat ganti KK atas nama Budi suami saya yang hilang", "id"],
      ["Mertua bernama Hasan meninggal kemarin. Tolong kasih tahu syarat akta kematian, perlu KK dan KTP almarhum?", "id"],
      ["Bikin KTP-el baru sudah tidak perlu surat pengantar RT kan?", "id"],
      ["Kalau loket Dukcapil sedang ramai, bisa ambil nomor antrean online?", "id"],
      ["Do you think I should bring my KK to make a KTP-el?", "en"],
      ["KTP saya rusak waktu liburan di Bali, bisa ganti di Dukcapil Kendari?", "id"],
      ["Saya mau bikin kartu kuning. KTP saya bukan KTP Kendari, apakah perlu surat keterangan domisili dari kelurahan?", "id"],
      ["Apakah fotokopi ijazah untuk kartu kuning harus dilegalisir?", "id"],
      ["Mendaftar NIB menggunakan NPWP atau NIK saja?", "id"],
      ["As an Indonesian national returning from abroad, what do I need for a new KK in Kendari?", "en"],
      ["Saya mau adakan pesta di gedung yang disewa, apa syarat izin keramaian?", "id"],
      ["Bolehkah OPD menyewa server hosting sendiri di luar Dinas Kominfo?", "id"],
      ["Apakah retribusi PBG dihitung per meter persegi luas bangunan?", "id"],
      ["Kalau KTP rusak dan bikin yang baru, datanya sama persis seperti yang asli kan?", "id"],
      ["fotokopi akta kelahiran berwarna yg mirip asli boleh dipakai buat bikin KIA?", "id"],
      ["Bagaimana cara daftar sebagai penerima PBI, perlu KK?", "id"],
      ["Kalau pindah alamat rumah, KTP harus diganti? cek di mana?", "id"],
      ["Untuk daftar OSS boleh pakai nomor HP pribadi?", "id"],
      ["Kalau saya numpang di KK orang lain, syaratnya apa?", "id"],
      ["Bapak saya meninggal, dia kepala keluarga, KK harus diganti ya?", "id"],
      ["Saya mau pindah ke Kendari, apa perlu urus SKPWNI dulu di Dukcapil Makassar?", "id"],
      ["Mau berobat tapi nggak punya uang, bisa minta surat keterangan dari kelurahan?", "id"],
      ["Setelah cerai, bawa akta cerai ke mana buat ubah KK?", "id"],
      ["Bayi saya lahir di RSUD, bikin akte gimana?", "id"],
      ["UU 24 tahun 2013 jamin akta gratis kan?", "id"],
      ["Anak 10 tahun bikin KIA pakai 2 lembar pas foto kan?", "id"],
      ["Bikin KTP baru bisa jadi sehari kan?", "id"],
      ["Saya bikin SKCK 5 Agustus 2024, jadi wajib BPJS kan?", "id"],
      ["Menurut UU tentang adminduk, akta lahir gratis?", "id"],
      ["Syarat pindah datang perlu alamat lengkap tujuan ya?", "id"],
      ["Perwali 37/2024 ditetapkan 4 November 2024; siapa yang mengelola Chatina?", "id"],
      ["You must inform the RT when someone dies, right?", "en"],
      ["Do you have to answer the officer's questions during KTP recording?", "en"],
      ["Can I send a message to the chatbot using my NIK as password?", "en"],
      ["Do I write the statement letter for SKTM myself and have it signed by the RT?", "en"],
      ["How do I write a letter for an SKTM at the kelurahan?", "en"],
      ["Do all applicants need to show their NIK for SKTM? Please tell me.", "en"],
      ["My father died. Do I need his family card and KTP for the death certificate? Please tell me.", "en"],
      ["My son is 16 years old, he can get a KIA, right?", "en"],
    ] as const) {
      expect([message, (await ask(message, lang)).status]).toEqual([message, "answered"]);
    }
  });
});
