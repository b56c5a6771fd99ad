import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminApp, finishJob, keyFor, send, type AdminTestApp } from "./helpers.js";

type Reply = { status: string; answer: string; citations: Array<{ docId: string; label: string }> };

const QUESTION = "kalau chatina kena hack siapa yg tanggung jawab?";
const PASAL_7 = "Peraturan Wali Kota Kendari Nomor 37 Tahun 2024, Pasal 7";
const UNRELATED = "berapa biaya akta kelahiran?";

describe("a curator links an unanswered question to the Pasal that answers it", () => {
  let t: AdminTestApp;
  let curator: Awaited<ReturnType<typeof keyFor>>;
  const chat = async (message: string) => (await (await t.post("/api/chat", { message })).json()) as Reply;

  beforeAll(async () => {
    t = await adminApp();
    curator = await keyFor(t, "curator", "Kurator Diskominfo");
  });
  afterAll(() => t.cleanup());

  it("answers the question from the linked Pasal after the re-index, and leaves an unrelated answer as it was", async () => {
    const before = await chat(QUESTION);
    // Today the bot cites another regulation first (or nothing): the link must change that.
    expect(before.citations[0]?.label).not.toBe(PASAL_7);
    const unrelatedBefore = await chat(UNRELATED);

    const res = await send(t, "POST", "/api/admin/review/links", curator.headers, { question: QUESTION, docId: "kendari-37-2024", pasal: "Pasal 7" });
    expect(res.status).toBe(201);
    const { variant, jobId } = (await res.json()) as { variant: Record<string, unknown>; jobId: string };
    expect(variant).toMatchObject({
      question: QUESTION,
      docId: "kendari-37-2024",
      pasal: "7",
      component: null,
      chunkId: null,
      label: PASAL_7,
      actor: { id: curator.id, name: "Kurator Diskominfo" },
    });
    const job = await finishJob(t, jobId, curator.headers);
    expect(job.status).toBe("done");

    const after = await chat(QUESTION);
    expect(after.status).toBe("answered");
    expect(after.citations[0]?.label).toBe(PASAL_7);
    expect(after.answer).toContain("Computer Security Incident Response Team");
    // Only the linked chunk changed its digest and was re-indexed.
    expect(job.counts).toEqual({ added: 0, updated: 1, unchanged: expect.any(Number), removed: 0 });

    const unrelatedAfter = await chat(UNRELATED);
    expect({ status: unrelatedAfter.status, answer: unrelatedAfter.answer, citations: unrelatedAfter.citations }).toEqual({
      status: unrelatedBefore.status,
      answer: unrelatedBefore.answer,
      citations: unrelatedBefore.citations,
    });
  });

  it("stores the variant with who and when, mirrors it into the corpus and writes an audit row", async () => {
    const row = await t.services.db
      .selectFrom("question_variants")
      .select(["question", "doc_id", "pasal", "actor_id", "actor_name", "created_at"])
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ question: QUESTION, doc_id: "kendari-37-2024", pasal: "7", actor_id: curator.id, actor_name: "Kurator Diskominfo" });
    expect(row.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const mirror = readFileSync(join(t.workspace.corpus, "question-variants.yaml"), "utf8");
    expect(mirror).toContain(`question: ${QUESTION}`);
    expect(mirror).toContain("doc_id: kendari-37-2024");
    const [audit] = await t.admin.audit.list({ action: "review.link" });
    expect(audit).toMatchObject({
      actor: { id: curator.id, role: "curator" },
      action: "review.link",
      target: "variant:1",
      details: { docId: "kendari-37-2024", pasal: "7" },
    });
  });

  it("refuses an operator key with 403 and stores nothing", async () => {
    const op = await keyFor(t, "operator", "Loket Dukcapil", "disdukcapil");
    const res = await send(t, "POST", "/api/admin/review/links", op.headers, { question: "syarat skck?", docId: "service:skck", component: "persyaratan" });
    expect(res.status).toBe(403);
    const out = await send(t, "POST", "/api/admin/review/out-of-scope", op.headers, { question: "siapa wali kota sekarang?" });
    expect(out.status).toBe(403);
    const count = (table: "question_variants" | "review_out_of_scope") =>
      t.services.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
    expect(await count("question_variants")).toEqual({ n: 1 });
    expect(await count("review_out_of_scope")).toEqual({ n: 0 });
  });

  it("answers 404 for a Pasal the document does not have", async () => {
    const res = await send(t, "POST", "/api/admin/review/links", curator.headers, { question: "apa isi pasal 99?", docId: "kendari-37-2024", pasal: "99" });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "Pasal 99 tidak ada di kendari-37-2024. (No such Pasal in that document.)",
    );
  });
});

describe("a curator's link outranks the scope model", () => {
  let t: AdminTestApp;
  let curator: Awaited<ReturnType<typeof keyFor>>;
  const chat = async (message: string) => (await (await t.post("/api/chat", { message })).json()) as Reply;
  const ADDRESS = "alamat lengkap kantor disdukcapil kendari dmn?";
  const LOKASI = "Standar Pelayanan Penerbitan Kartu Keluarga (KK) Baru, Perubahan Data, dan Penggantian KK Hilang atau Rusak, Lokasi layanan";

  beforeAll(async () => {
    t = await adminApp();
    curator = await keyFor(t, "curator", "Kurator Diskominfo");
  });
  afterAll(() => t.cleanup());

  it("answers a question the model places outside once a curator links it to the section that answers it", async () => {
    // The scope model takes an address question for another office's (test/answer/scope-gate.test.ts).
    expect((await chat(ADDRESS)).status).toBe("no_answer");
    const res = await send(t, "POST", "/api/admin/review/links", curator.headers, { question: ADDRESS, docId: "service:kartu-keluarga", component: "lokasi" });
    expect(res.status).toBe(201);
    expect((await finishJob(t, ((await res.json()) as { jobId: string }).jobId, curator.headers)).status).toBe("done");
    const after = await chat(ADDRESS);
    expect([after.status, after.citations[0]?.label]).toEqual(["answered", LOKASI]);
    expect(after.answer).toContain("Jl. Balai Kota III No. 52B");
  });
});
