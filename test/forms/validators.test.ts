import { describe, expect, it } from "vitest";
import type { FormField } from "../../src/forms/definition.js";
import { validateField, validateNik } from "../../src/forms/validators.js";

const field = (type: FormField["type"], constraints: FormField["constraints"] = {}, required = true): FormField => ({
  name: "x",
  type,
  label: "Isian",
  required,
  constraints,
});

describe("validateNik", () => {
  it("accepts a woman's NIK (birth day + 40) typed with spaces and dots", () => {
    expect(validateNik("7471 0852.0395 0001")).toEqual({ ok: true, value: "7471085203950001" });
  });
  it("says how many digits were typed when there are 15", () => {
    expect(validateNik("747108520395001")).toEqual({ ok: false, message: "NIK harus 16 digit angka. Anda mengetik 15 digit." });
  });
  it("rejects month 13", () => {
    expect(validateNik("7471081213950001")).toEqual({
      ok: false,
      message: "Digit ke-9 dan ke-10 NIK adalah bulan lahir (01-12), bukan 13. Periksa kembali NIK Anda.",
    });
  });
  it("rejects serial 0000", () => {
    expect(validateNik("7471085203950000")).toEqual({
      ok: false,
      message: "Empat digit terakhir NIK (nomor urut) tidak boleh 0000. Periksa kembali NIK Anda.",
    });
  });
  it("rejects an unknown province code", () => {
    expect(validateNik("2071085203950001")).toEqual({
      ok: false,
      message: "NIK diawali kode provinsi, tetapi 20 bukan kode provinsi yang berlaku. Periksa kembali dua digit pertama.",
    });
  });
  it("rejects a day that is neither 01-31 nor 41-71", () => {
    expect(validateNik("7471083503950001").ok).toBe(false);
    expect(validateNik("7471083503950001")).toMatchObject({
      message: "Digit ke-7 dan ke-8 NIK adalah tanggal lahir (01-31, atau 41-71 untuk perempuan), bukan 35. Periksa kembali NIK Anda.",
    });
  });
  it("rejects a date that is not in the calendar, also for women (71 Feb = 31 Feb)", () => {
    expect(validateNik("7471087102950001")).toEqual({ ok: false, message: "Tanggal lahir dalam NIK (31-02) tidak ada di kalender. Periksa kembali NIK Anda." });
  });
  it("accepts the groupings people type (spaces, dots, dashes, slashes, parentheses) and keeps the bare 16 digits", () => {
    for (const typed of ["747108 520395 0031", "74.71.08.520395.0031", "7471-0852-0395-0031", "7471/0852/0395/0031", "(7471) 0852 0395 0031"]) {
      expect(validateNik(typed)).toEqual({ ok: true, value: "7471085203950031" });
    }
  });
  it("rejects letters", () => {
    expect(validateNik("7471O85203950001")).toEqual({ ok: false, message: "NIK hanya berisi angka. Silakan ketik 16 digit angka." });
  });
});

describe("validateField", () => {
  it("normalises +62 and 62 phone numbers to 08…", () => {
    expect(validateField(field("phone"), "+62 812-3456-7890", "id")).toEqual({ ok: true, value: "081234567890" });
    expect(validateField(field("phone"), "6281234567890", "id")).toEqual({ ok: true, value: "081234567890" });
    expect(validateField(field("phone"), "0812 3456 7890", "id")).toEqual({ ok: true, value: "081234567890" });
  });
  it("normalises a phone typed with parentheses, slashes or dots, and a KK typed with slashes", () => {
    expect(validateField(field("phone"), "(0812) 3456-7801", "id")).toEqual({ ok: true, value: "081234567801" });
    expect(validateField(field("phone"), "0812/3456/7801", "id")).toEqual({ ok: true, value: "081234567801" });
    expect(validateField(field("phone"), "+62 (812) 3456.7801", "id")).toEqual({ ok: true, value: "081234567801" });
    expect(validateField(field("kk"), "7471/0812/3456/0002", "id")).toEqual({ ok: true, value: "7471081234560002" });
  });
  it("rejects a landline and a short phone number with the reason", () => {
    expect(validateField(field("phone"), "0401 3125337", "id")).toEqual({
      ok: false,
      message: "Nomor HP harus nomor seluler Indonesia yang diawali 08 atau +628.\nContoh: 081234567890",
    });
    expect(validateField(field("phone"), "08123", "id")).toEqual({ ok: false, message: "Nomor HP harus 10 sampai 13 digit. Anda mengetik 5 digit." });
  });
  it("checks a KK's length and province", () => {
    expect(validateField(field("kk"), "7471081234560002", "id")).toEqual({ ok: true, value: "7471081234560002" });
    expect(validateField(field("kk"), "123", "id")).toEqual({ ok: false, message: "KK harus 16 digit angka. Anda mengetik 3 digit." });
  });
  it("accepts DD-MM-YYYY and YYYY-MM-DD and keeps past dates in the past", () => {
    expect(validateField(field("date", { range: "past" }), "05-08-2001", "id")).toEqual({ ok: true, value: "2001-08-05" });
    expect(validateField(field("date"), "2001-08-05", "id")).toEqual({ ok: true, value: "2001-08-05" });
    expect(validateField(field("date", { range: "past" }), "01-01-2999", "id")).toEqual({ ok: false, message: "Tanggal tidak boleh setelah hari ini." });
    expect(validateField(field("date"), "31-02-2001", "id")).toEqual({
      ok: false,
      message: "Tanggal itu tidak ada di kalender. Periksa kembali tanggal dan bulannya.",
    });
  });
  it("matches a choice by text (any case) or by its number", () => {
    const choice = field("choice", { options: ["hilang", "rusak"] });
    expect(validateField(choice, "RUSAK", "id")).toEqual({ ok: true, value: "rusak" });
    expect(validateField(choice, "2", "id")).toEqual({ ok: true, value: "rusak" });
    expect(validateField(choice, "3", "id")).toEqual({ ok: false, message: "Pilih salah satu (ketik nomor atau teksnya):\n1. hilang\n2. rusak" });
  });
  it("checks e-mail and text length, and lets an optional field be skipped", () => {
    expect(validateField(field("email"), "Siti@Contoh.id", "id")).toEqual({ ok: true, value: "siti@contoh.id" });
    expect(validateField(field("email"), "siti@", "id")).toEqual({ ok: false, message: "Alamat email tidak valid.\nContoh: nama@contoh.com" });
    expect(validateField(field("longtext", { minLength: 20 }), "jalan rusak", "id")).toEqual({
      ok: false,
      message: "Isian terlalu pendek: minimal 20 karakter, Anda mengetik 11.",
    });
    expect(validateField(field("text", {}, false), "-", "id")).toEqual({ ok: true, value: "" });
  });
  it("speaks English when asked to", () => {
    expect(validateField(field("nik"), "747108520395001", "en")).toEqual({ ok: false, message: "NIK must be 16 digits. You typed 15 digits." });
  });
});
