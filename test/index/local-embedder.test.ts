import { describe, expect, it } from "vitest";
import { LocalHashEmbedder } from "../../src/index/embedders/local.js";

const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe("LocalHashEmbedder", () => {
  const e = new LocalHashEmbedder({ dimensions: 512 });

  it("names its model and size for the manifest", () => {
    expect(e.id).toMatch(/^local-hash-v1:d512:id-r\d+-[0-9a-f]{8}$/);
    expect(e.dimensions).toBe(512);
  });

  it("returns unit vectors and the same vector for the same text", async () => {
    const [a, b] = await e.embedDocuments(["Persyaratan KTP-el hilang", "Persyaratan KTP-el hilang"]);
    expect(a).toHaveLength(512);
    expect(cos(a!, a!)).toBeCloseTo(1, 6);
    expect(b).toEqual(a);
  });

  it("puts an informal question closer to the matching text than to an unrelated one", async () => {
    const q = await e.embedQuery("gmn cr urus ktp yg ilang");
    const [match, other] = await e.embedDocuments([
      "Penggantian KTP-el yang hilang atau rusak: surat kehilangan dari kepolisian dan Kartu Keluarga",
      "Retribusi persetujuan bangunan gedung dihitung dari indeks, luas dan tarif",
    ]);
    expect(cos(q, match!)).toBeGreaterThan(cos(q, other!) + 0.2);
  });

  it("tolerates spelling variants through character n-grams", async () => {
    const [a, b, c] = await e.embedDocuments(["kependudukan", "kependudukkan", "perhubungan"]);
    expect(cos(a!, b!)).toBeGreaterThan(cos(a!, c!));
  });
});
