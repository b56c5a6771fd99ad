import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../ingest/run.js";
import { loadEnv } from "../../src/config/env.js";
import { createServices, type Services } from "../../src/services.js";
import { openDatabase } from "../../src/store/database.js";
import { embedder, HNSW, tempWorkspace } from "../helpers/corpus.js";

const TEST_KEY = Buffer.alloc(32, 7).toString("base64");
const START_AKTA = { id: "form:start:akta-kelahiran", label: "Mulai pengajuan", reply: "mulai" };

describe("the next step offered with an answer (forms enabled)", () => {
  const ws = tempWorkspace();
  let withForms: Services;
  let withoutForms: Services;

  beforeAll(async () => {
    await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW });
    const env = loadEnv({ DATA_DIR: join(ws.root, "data"), CORPUS_DIR: ws.corpus, LOCAL_EMBEDDER_DIMENSIONS: "256", ENCRYPTION_KEY: TEST_KEY });
    withForms = createServices(env, { db: openDatabase(":memory:"), forms: true });
    withoutForms = createServices(env, { db: openDatabase(":memory:") });
    withForms.index.reload();
    withoutForms.index.reload();
  });
  afterAll(() => ws.cleanup());

  it("answers a how-to question about birth certificates with the procedure and the start-form button", async () => {
    const reply = await withForms.engine.answer({ message: "gmn caranya daftar akta lahir?" });
    expect(reply.status).toBe("answered");
    expect(reply.citations[0]?.docId).toBe("service:akta-kelahiran");
    expect(reply.actions).toEqual([START_AKTA]);
  });

  it('starts the offered form when the citizen answers "mulai"', async () => {
    const first = await withForms.engine.answer({ message: "apa saja syarat akta kelahiran?" });
    expect(first.actions).toEqual([START_AKTA]);
    const consent = await withForms.engine.answer({ message: "mulai", sessionId: first.sessionId });
    expect(consent.answer).toMatch(/^Sebelum mengisi formulir /);
    const next = await withForms.engine.answer({ message: "setuju", sessionId: first.sessionId });
    expect(next.status).toBe("form");
    expect(next.answer).toMatch(/^\(1\/\d+\)/);
  });

  it("offers it in English to an English question", async () => {
    const reply = await withForms.engine.answer({ message: "How do I register a birth certificate?", lang: "en" });
    expect(reply.status).toBe("answered");
    expect(reply.actions).toEqual([{ ...START_AKTA, label: "Start the application" }]);
  });

  it("offers nothing with an answer from a regulation", async () => {
    const reply = await withForms.engine.answer({ message: "bagaimana tata cara penyelenggaraan sistem pemerintahan berbasis elektronik?" });
    expect(reply.status).toBe("answered");
    expect(reply.citations[0]?.docId.startsWith("service:")).toBe(false);
    expect(reply.actions).toEqual([]);
  });

  it("offers nothing when the question is not a how-to (the fee)", async () => {
    const reply = await withForms.engine.answer({ message: "berapa biaya akta kelahiran?" });
    expect(reply.status).toBe("answered");
    expect(reply.citations[0]?.docId).toBe("service:akta-kelahiran");
    expect(reply.actions).toEqual([]);
  });

  it("offers nothing for a service without a form", async () => {
    const reply = await withForms.engine.answer({ message: "bagaimana prosedur pengusulan kis?" });
    expect(reply.status).toBe("answered");
    expect(reply.citations[0]?.docId).toBe("service:pbi-jk");
    expect(reply.citations[0]?.docId).not.toMatch(/akta-kelahiran|ktp-el|sktm|pbg|nib|pindah-datang|pengaduan/);
    expect(reply.actions).toEqual([]);
  });

  it("offers nothing when forms are not enabled", async () => {
    const reply = await withoutForms.engine.answer({ message: "gmn caranya daftar akta lahir?" });
    expect(reply.status).toBe("answered");
    expect(reply.actions).toEqual([]);
  });
});
