import { describe, expect, it } from "vitest";
import { quoteRegulation } from "../../src/answer/composers/quote.js";
import { chunk } from "./harness.js";

const pasal = (text: string) => chunk("p", { text });

describe("a long Pasal quoted", () => {
  const asas = pasal(
    [
      "Pasal 2",
      "Asas penyelenggaraan TIK adalah:",
      "a. manfaat, bahwa penyelenggaraan TIK didasarkan pada nilai manfaat bagi seluruh pihak dan dimanfaatkan seoptimal mungkin guna kelancaran pelaksanaan fungsi pemerintahan dan pelayanan publik;",
      "b. efektif dan efisien, bahwa penyelenggaraan TIK menunjang keberhasilan pelaksanaan tugas pokok maupun tugas lainnya secara tepat guna dan tepat waktu serta hemat dalam penggunaan sumber daya;",
      "c. integrasi, bahwa penyelenggaraan TIK berorientasi keterpaduan sistem informasi dengan saling memanfaatkan data sistem informasi lain didukung infrastruktur jaringan; dan",
      "d. kolaborasi, bahwa penyelenggaraan TIK dimanfaatkan secara bersama sebagai satu kesatuan yang utuh;",
    ].join("\n"),
  );

  it("quotes a list whole when its lead-in answers", () => {
    expect(quoteRegulation(asas, "sebutkan asas penyelenggaraan TIK")).toBe(asas.text);
  });

  it("keeps an ayat that carries on a chosen one ('sebagaimana dimaksud ayat (3)')", () => {
    const root = pasal(
      [
        "Pasal 11",
        "(1) Aplikasi yang dibangun dan/atau dikembangkan dengan menggunakan Anggaran Pendapatan dan Belanja Daerah menjadi milik Pemerintah Daerah.",
        "(2) Aplikasi yang digunakan pada server maupun komputer pengguna sedapat mungkin menggunakan aplikasi kode sumber terbuka (open source software).",
        "(3) Akun tertinggi (root) terkait sistem operasi server dan basis data aplikasi yang dikelola OPD diserahkan kepada Dinas Kominfo.",
        "(4) Pada Aplikasi tertentu seperti pengadaan barang/jasa, pengelolaan keuangan, perpajakan, OPD dapat mengelola/menyimpan akun tertinggi (root) secara mandiri dan tetap berkoordinasi dengan Dinas Kominfo.",
        "(5) Penyerahan akun sebagaimana dimaksud ayat (3) disimpan dalam amplop yang tersegel disertai berita acara.",
      ].join("\n"),
    );
    const quote = quoteRegulation(root, "bagaimana tata cara penyerahan akun root server dan basis data OPD ke Dinas Kominfo?");
    expect(quote).toContain("(3) Akun tertinggi (root)");
    expect(quote.endsWith("(5) Penyerahan akun sebagaimana dimaksud ayat (3) disimpan dalam amplop yang tersegel disertai berita acara.")).toBe(true);
    expect(quote).not.toContain("(1) Aplikasi");
  });
});
