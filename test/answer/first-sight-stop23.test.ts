import { describe, expect, it } from "vitest";
import { canned } from "../../src/answer/statuses.js";
import { askCorpus } from "../helpers/corpus.js";

describe("what the first wave of stop 23's fresh writers found: abbreviations, comparisons, 'is that the official price?'", () => {
  const { ask } = askCorpus();

  it("reads 'psl' as Pasal, so a Pasal that does not exist is said to be missing, not quoted around", async () => {
    const r = await ask("perwali 37 thn 2024 psl 15 ayat 2 bunyinya gmn? mau sy kutip");
    expect(r.status).toBe("no_answer");
    expect(r.answer).toBe(
      "Tidak ada pasal bernomor 15 dalam Peraturan Wali Kota Kendari Nomor 37 Tahun 2024 tentang Integrasi Sistem Layanan Publik melalui Aplikasi Chatina. Peraturan ini memuat Pasal 1 sampai Pasal 10.",
    );
  });

  it("does not answer another agency's errand from a service of ours named only to compare", async () => {
    const r = await ask("perpanjang SIM C di polresta brp skrg? bisa di MPP jg gak kayak skck?");
    expect([r.status, r.citations]).toEqual(["no_answer", []]);
    // Named as the errand itself, the same service is answered.
    const own = await ask("bikin skck di polresta brp skrg? bisa di MPP jg gak?");
    expect(own.status).toBe("answered");
    expect(own.citations.map((c) => c.label)).toContain("Standar Pelayanan Surat Keterangan Catatan Kepolisian (SKCK), Biaya/tarif");
  });

  it("does not confirm a fee asked as 'is that the official price?', told two sentences before", async () => {
    const r = await ask(
      "A friend said the kelurahan charges Rp20.000 for an SKTM if you want it today. Is that the official price? Please confirm, I need it tomorrow.",
      "en",
    );
    expect(r.status).toBe("refused");
    expect(r.answer.startsWith(canned("unconfirmed_claim", "en"))).toBe(true);
    expect(r.citations[0]?.label).toBe("Standar Pelayanan Surat Keterangan Tidak Mampu (SKTM), Biaya/tarif");
  });
});
