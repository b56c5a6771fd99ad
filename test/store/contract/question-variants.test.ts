import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { QuestionVariants, reviewResolutions } from "../../../src/admin/question-variants.js";
import type { VariantTarget } from "../../../src/admin/variant-targets.js";
import { readQuestionVariants } from "../../../src/corpus/question-variants.js";
import type { Db } from "../../../src/store/database.js";
import { describeEachDialect } from "../../helpers/dialects.js";

const curator = { id: "key_c", name: "Kurator Diskominfo", role: "curator" as const };
const pasal7: VariantTarget = {
  docId: "kendari-37-2024",
  pasal: "7",
  component: null,
  chunkId: "kendari-37-2024#pasal-7",
  label: "Peraturan Wali Kota Kendari Nomor 37 Tahun 2024, Pasal 7",
};
const tick = () => new Promise((r) => setTimeout(r, 3));

describeEachDialect("QuestionVariants", (open) => {
  let db: Db;
  let close: () => Promise<void>;
  let corpus: string;
  afterEach(async () => {
    await close();
    rmSync(corpus, { recursive: true, force: true });
  });
  const setup = async () => {
    ({ db, close } = await open());
    corpus = mkdtempSync(join(tmpdir(), "lt-variants-"));
    return new QuestionVariants(db, corpus);
  };

  it("stores a link with who and when, returns it and rewrites the corpus mirror", async () => {
    const variants = await setup();
    const v = await variants.link(curator, "kalau chatina kena hack siapa yg tanggung jawab?", pasal7);
    expect(v).toMatchObject({
      question: "kalau chatina kena hack siapa yg tanggung jawab?",
      docId: "kendari-37-2024",
      pasal: "7",
      component: null,
      chunkId: "kendari-37-2024#pasal-7",
      label: pasal7.label,
      actor: { id: "key_c", name: "Kurator Diskominfo" },
    });
    expect(v.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await variants.list()).toEqual([v]);
    expect(readQuestionVariants(corpus)).toEqual([
      {
        question: v.question,
        doc_id: "kendari-37-2024",
        pasal: "7",
        component: null,
        chunk_id: "kendari-37-2024#pasal-7",
        linked_by: "Kurator Diskominfo",
        linked_at: v.createdAt,
      },
    ]);
  });

  it("lists oldest first; parallel links all reach the mirror", async () => {
    const variants = await setup();
    const linked = await Promise.all(Array.from({ length: 8 }, (_, i) => variants.link(curator, `pertanyaan ${i}`, pasal7)));
    const listed = await variants.list();
    expect(listed.map((v) => v.id)).toEqual([...linked.map((v) => v.id)].sort((a, b) => a - b));
    expect(
      readQuestionVariants(corpus)
        .map((v) => v.question)
        .sort(),
    ).toEqual(linked.map((v) => v.question).sort());
  });

  it("marks a question out of scope; the resolutions hold links and marks with their times", async () => {
    const variants = await setup();
    const v = await variants.link(curator, "syarat skck?", { ...pasal7, pasal: null, component: "persyaratan", chunkId: null, docId: "service:skck" });
    await tick();
    const m = await variants.markOutOfScope(curator, "siapa wali kota sekarang?");
    expect(m).toMatchObject({ question: "siapa wali kota sekarang?", actor: { id: "key_c", name: "Kurator Diskominfo" } });
    expect(m.id).toBeGreaterThan(0);
    expect(await variants.resolutions()).toEqual([
      { question: "syarat skck?", kind: "linked", at: v.createdAt },
      { question: "siapa wali kota sekarang?", kind: "out_of_scope", at: m.createdAt },
    ]);
    expect(await reviewResolutions(db)).toEqual(await variants.resolutions());
  });
});
