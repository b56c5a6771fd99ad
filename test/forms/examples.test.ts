import { describe, expect, it } from "vitest";
import { maskPersonalData } from "../../src/privacy/mask.js";

describe("documented examples in the output guard", () => {
  it("leaves a whole 'Contoh: <value>' line of a reply unmasked", () => {
    const prompt = '(2/6) NIK\nNomor Induk Kependudukan 16 digit.\nContoh: 7471085203950001\n\nKetik "batal" untuk membatalkan.';
    expect(maskPersonalData(prompt, { keepExamples: true }).text).toBe(prompt);
    expect(maskPersonalData("Alamat email tidak valid.\nContoh: nama@contoh.com", { keepExamples: true }).text).toBe(
      "Alamat email tidak valid.\nContoh: nama@contoh.com",
    );
    expect(maskPersonalData("A phone number contains digits only.\nExample: 081234567890", { keepExamples: true }).text).toBe(
      "A phone number contains digits only.\nExample: 081234567890",
    );
  });

  it("still masks a real number anywhere else, even beside the marker", () => {
    const keep = { keepExamples: true };
    expect(maskPersonalData("NIK saya 7471085203950021\nContoh: 7471085203950001", keep).text).toBe("NIK saya 7471********0021\nContoh: 7471085203950001");
    expect(maskPersonalData("Contoh: 7471085203950021 milik saya", keep).text).toBe("Contoh: 7471********0021 milik saya");
    expect(maskPersonalData("Contoh: 7471085203950021, 081234567801", keep).text).toBe("Contoh: 7471********0021, 0812******01");
    expect(maskPersonalData("Pesan: Contoh: 7471085203950021", keep).text).toBe("Pesan: Contoh: 7471********0021");
  });

  it("masks an example like any number where examples are not allowed (a user's message)", () => {
    expect(maskPersonalData("Contoh: 7471085203950001").text).toBe("Contoh: 7471********0001");
  });
});
