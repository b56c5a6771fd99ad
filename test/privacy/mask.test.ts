import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskPersonalData } from "../../src/privacy/mask.js";
import { groupedPhone, grouped16, kkArb, leaks, mobileArb, nikArb, ordinaryArb, wordsArb } from "./arbitraries.js";

const RUNS = { numRuns: 300 };

describe("maskPersonalData: the groupings people type", () => {
  it.each([
    ["NIK saya 747108 520395 0021 ya", "NIK saya 7471********0021 ya", ["nik"], ["7471085203950021"]],
    ["nik 74.71.08.520395.0031", "nik 7471********0031", ["nik"], ["7471085203950031"]],
    ["KK: 7471/0812/3456/0002", "KK: 7471********0002", ["nik"], ["7471081234560002"]],
    ["hubungi (0812) 3456-7801", "hubungi 0812******01", ["phone"], []],
    ["WA +62 812-3456-7801", "WA 0812******01", ["phone"], []],
    ["hp 0812 3456 7801.", "hp 0812******01.", ["phone"], []],
    ["hp (+62) 812.3456.7801", "hp 0812******01", ["phone"], []],
    ["7471085203950001 dan siti@contoh.id", "7471********0001 dan s***@contoh.id", ["nik", "email"], ["7471085203950001"]],
  ])("masks %j", (input, text, found, numbers) => {
    expect(maskPersonalData(input)).toEqual({ text, found, numbers });
  });

  it("leaves ordinary numbers alone: years, Pasal and ayat, rupiah, dates, opening hours, tickets", () => {
    const text =
      "Menurut Pasal 14 ayat (5) Perwali Nomor 12 Tahun 2024, biaya Rp75.000.000 berlaku 01-07-2024; buka 08.00 - 16.00 WITA, jam 08.30 - 12.00 13.00 - 15.30; tiket KDI-2026-000123, tanggal 08/10/2024 - 09/10/2024.";
    expect(maskPersonalData(text)).toEqual({ text, found: [], numbers: [] });
  });
});

describe("maskPersonalData: properties", () => {
  it("no NIK is readable after masking, however it is grouped and whatever surrounds it", () => {
    fc.assert(
      fc.property(
        nikArb.chain((nik) => fc.tuple(fc.constant(nik), grouped16(nik), wordsArb, wordsArb)),
        ([nik, typed, before, after]) => {
          const r = maskPersonalData(`${before} ${typed} ${after}`);
          expect(leaks(r.text, nik), r.text).toBe(false);
          expect(r.numbers).toEqual([nik]);
          expect(r.found).toContain("nik");
        },
      ),
      RUNS,
    );
  });

  it("no KK number is readable after masking, however it is grouped", () => {
    fc.assert(
      fc.property(
        kkArb.chain((kk) => fc.tuple(fc.constant(kk), grouped16(kk), wordsArb)),
        ([kk, typed, before]) => {
          const r = maskPersonalData(`${before} ${typed}`);
          expect(leaks(r.text, kk), r.text).toBe(false);
          expect(r.numbers).toEqual([kk]);
        },
      ),
      RUNS,
    );
  });

  it("no mobile number is readable after masking, with 0, 62 or +62 and any grouping", () => {
    fc.assert(
      fc.property(
        mobileArb.chain((local) => fc.tuple(fc.constant(local), groupedPhone(local), wordsArb, wordsArb)),
        ([local, typed, before, after]) => {
          const r = maskPersonalData(`${before} ${typed} ${after}`);
          expect(leaks(r.text, local), r.text).toBe(false);
          expect(leaks(r.text, `62${local.slice(1)}`), r.text).toBe(false);
          expect(r.found).toEqual(["phone"]);
        },
      ),
      RUNS,
    );
  });

  it("ordinary numbers are not mangled, alone or next to a NIK and a phone number", () => {
    fc.assert(
      fc.property(
        fc.array(ordinaryArb, { minLength: 1, maxLength: 4 }),
        nikArb.chain((nik) => fc.tuple(fc.constant(nik), grouped16(nik))),
        mobileArb.chain((local) => fc.tuple(fc.constant(local), groupedPhone(local))),
        (ordinary, [nik, typedNik], [local, typedPhone]) => {
          expect(maskPersonalData(ordinary.join(", ")).text).toBe(ordinary.join(", "));
          const r = maskPersonalData(`${ordinary.join(" dan ")} NIK ${typedNik} hp ${typedPhone} ok ${ordinary.join(" atau ")}`);
          for (const o of ordinary) expect(r.text).toContain(o);
          // The ordinary numbers may share digits with the NIK by chance; what is left must not show it.
          const rest = ordinary.reduce((t, o) => t.split(o).join(" "), r.text);
          expect(leaks(rest, nik) || leaks(rest, local), r.text).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it("masking twice changes nothing more", () => {
    fc.assert(
      fc.property(
        nikArb.chain((nik) => grouped16(nik)),
        mobileArb.chain((l) => groupedPhone(l)),
        wordsArb,
        (typedNik, typedPhone, words) => {
          const once = maskPersonalData(`${words} ${typedNik} hp ${typedPhone}`).text;
          expect(maskPersonalData(once)).toEqual({ text: once, found: [], numbers: [] });
        },
      ),
      RUNS,
    );
  });
});
