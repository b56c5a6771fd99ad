import { describe, expect, it } from "vitest";
import { componentIntents } from "../../src/retrieval/intent.js";
import { missingSlot } from "../../src/retrieval/unlisted.js";
import { chunk } from "../answer/harness.js";

describe("which component a question asks about", () => {
  it("reads how long a document stays valid as the product, not the processing time", () => {
    expect(componentIntents("ktp berlaku berapa lama")).toEqual(["produk"]);
    expect(componentIntents("masa berlaku skck brp lama?")).toEqual(["produk"]);
    expect(componentIntents("berapa lama kartu kuning berlaku?")).toEqual(["produk"]);
    expect(componentIntents("skck brp bayarnya? sekalian nanya berlakunya brp lama")).toEqual(["biaya", "produk"]);
    expect(componentIntents("brp lama bikin kk")).toEqual(["waktu"]);
  });

  it("does not read a deadline the citizen must meet as the processing time", () => {
    expect(componentIntents("akta kematian paling lambat diurus kapan?")).toEqual(["prosedur"]);
    expect(componentIntents("izin keramaian diurus brp hari sebelumnya")).toEqual(["prosedur"]);
    expect(componentIntents("akta kematian brp hari batas waktunya?")).toEqual([]);
    expect(componentIntents("brp lama batasnya hrs dilapor ke dukcapil?")).toEqual([]);
  });

  it("does not read registering a death or a birth ('lapor kematian ke dukcapil') as a complaint", () => {
    expect(componentIntents("ada batas waktu nggak buat lapor ke dukcapil?")).toEqual([]);
    expect(componentIntents("lapor kematian paling lambat kapan?")).toEqual([]);
    expect(componentIntents("mau lapor pungli di kelurahan")).toEqual(["pengaduan"]);
  });

  it("reads money an officer asked for as the complaint, not the fee, unless the asker only fears it", () => {
    expect(componentIntents("staf kelurahan minta uang 50 ribu buat sktm, mau lapor ya")).toEqual(["pengaduan"]);
    expect(componentIntents("ktp ilang, cetak ulang bayar ka tdk? takut dimintai uang")).toContain("biaya");
  });

  it("reads the legal basis however the question inflects it", () => {
    expect(componentIntents("sktm itu dasar hukumnya peraturan apa?")).toEqual(["dasar_hukum"]);
    expect(componentIntents("penerbitan KIA berpedoman pada peraturan apa saja?")).toEqual(["dasar_hukum"]);
  });

  it('reads "urus" or "mengajukan" as a how-to only when nothing more specific is asked', () => {
    expect(componentIntents("mau urus ktp hilang")).toEqual(["prosedur"]);
    expect(componentIntents("akte kematian kalo diurus brp hari jadinya?")).toEqual(["waktu"]);
    expect(componentIntents("ktp 3 hari jadi kan?")).toEqual(["waktu"]);
    expect(componentIntents("kalau sy mengajukan kartu kuning hari ini, brp hari jadinya?")).toEqual(["waktu"]);
    expect(componentIntents("mau mengajukan izin keramaian")).toEqual(["prosedur"]);
    expect(componentIntents("berapa hari kerja KK selesai setelah berkas saya lengkap?")).toEqual(["waktu"]);
    expect(componentIntents("berkas apa yang dibawa?")).toEqual(["persyaratan"]);
  });

  it("reads an address as the location and 'membawa' as what to bring, but not the English lexicon's 'aplikasi permohonan' as the app", () => {
    expect(componentIntents("alamat dan nomor telepon kantor disdukcapil?")).toEqual(["lokasi"]);
    expect(componentIntents("alamat email pengaduannya apa?")).not.toContain("lokasi");
    expect(componentIntents("perlu membawa kk?")).toEqual(["persyaratan"]);
    expect(componentIntents("untuk aplikasi permohonan visa")).toEqual([]);
    expect(componentIntents("daftar lewat aplikasi apa?")).toContain("sarana");
  });

  it("reads 'prosesnya' beside a duration as the processing time, and with a how-to word as the procedure too", () => {
    expect(componentIntents("surat pindah prosesnya 30 hari kerja ya?")).toEqual(["waktu"]);
    expect(componentIntents("bagaimana prosesnya dan berapa lama?")).toEqual(["waktu", "prosedur"]);
  });

  it("reads a bare 'berapa' closing the question as the fee, but not an age, a number or a Pasal", () => {
    expect(componentIntents("bikin skck brp skrg?")).toEqual(["biaya"]);
    expect(componentIntents("ktp baru brp?")).toEqual(["biaya"]);
    expect(componentIntents("umur brp bisa bikin ktp?")).toEqual([]);
    expect(componentIntents("perwali 37 ada pasal brp")).toEqual([]);
  });

  it("reads 'waktu' before a verb or a pronoun as 'when', not as the processing time", () => {
    expect(componentIntents("waktu urus akte anak, ada oknum minta uang. lapornya ke mana?")).toEqual(["pengaduan", "lokasi"]);
    expect(componentIntents("waktu penyelesaian akta berapa?")).toEqual(["waktu"]);
  });
});

describe("a typed value the passages must hold", () => {
  const days = chunk("jam", { text: "Jam layanan:\nLoket buka 7 hari dalam seminggu. Jam buka kantor belum tercantum dalam sumber kami." });
  const clock = chunk("jam2", { text: "Jam layanan:\nSenin–Jumat pukul 08.00–16.00." });

  it("is missing when no passage holds one: clock hours, an exact amount, a sanction", () => {
    expect(missingSlot("dukcapil buka jam berapa?", [days])?.slot).toBe("hours");
    expect(
      missingSlot("berapa rupiah retribusi pbg?", [
        chunk("b", { text: "Biaya/tarif:\n1. Retribusi dihitung dari indeks × luas × tarif.\n2. Izin lainnya gratis." }),
      ])?.slot,
    ).toBe("amount");
    expect(missingSlot("what's the website to download portal emas?", [chunk("w", { text: "Pasal 3:\nPortal Emas adalah aplikasi pengaduan." })])?.slot).toBe(
      "web",
    );
    expect(missingSlot("apa sanksinya kalau opd tidak lapor?", [chunk("p", { text: "Pasal 9:\nOPD wajib menyerahkan kode sumber." })])?.slot).toBe("sanction");
  });

  it("is there when a passage holds one, or when the question asks for none", () => {
    expect(missingSlot("dukcapil buka jam berapa?", [days, clock])).toBeNull();
    expect(missingSlot("berapa rupiah biaya ktp?", [chunk("g", { text: "Biaya/tarif:\nGratis (tidak dipungut biaya)." })])).toBeNull();
    expect(missingSlot("loket buka hari minggu gk?", [days])).toBeNull();
    expect(
      missingSlot("chatina bisa didownload dmn?", [chunk("c", { text: "Pasal 4:\n(1) Aplikasi Chatina dapat di download melalui play store." })]),
    ).toBeNull();
  });

  it("takes a sanction only from a sentence about what the question is about", () => {
    const officers = chunk("j", {
      text: "Jaminan pelayanan:\n- Pejabat atau petugas yang memungut biaya dapat dipidana penjara paling lama 6 tahun dan/atau denda paling banyak Rp75 juta.",
    });
    expect(missingSlot("telat lapor kelahiran anak udh 1 thn, kena denda brp?", [officers])?.slot).toBe("sanction");
    expect(missingSlot("kalau petugas memungut biaya, sanksinya apa?", [officers])).toBeNull();
  });

  it("takes a named office's phone number or address only from a sentence about that office", () => {
    const complaints = chunk("adu", {
      text: [
        "Penanganan pengaduan:",
        "- Sampaikan langsung ke kantor Disdukcapil Kota Kendari, telepon (0401) 3125337.",
        "- SMS ke 1708 dengan format LAPOR, atau aplikasi LAPOR!. Diskominfo Kota Kendari memverifikasi aduan.",
        "- Ombudsman RI Perwakilan Sulawesi Tenggara, yang juga hadir di Mal Pelayanan Publik (MPP) Balai Kota.",
      ].join("\n"),
    });
    const office = chunk("lok", { text: "Lokasi layanan:\n- Kantor Disdukcapil Kota Kendari, Jl. Balai Kota III No. 52B, Kadia. Telepon (0401) 3125337." });
    expect(missingSlot("What is the phone number of the Ombudsman office in Southeast Sulawesi?", [complaints])?.slot).toBe("phone");
    expect(missingSlot("nomor wa service desk diskominfo brp?", [complaints])?.slot).toBe("phone");
    expect(missingSlot("nomor telepon dukcapil kendari brp?", [complaints])).toBeNull();
    expect(missingSlot("nomor telepon dukcapil kendari brp?", [office])).toBeNull();
    expect(missingSlot("alamat kantor dukcapil di mana?", [office])).toBeNull();
    expect(missingSlot("alamat kantor ombudsman di mana?", [office])?.slot).toBe("address");
  });
});
