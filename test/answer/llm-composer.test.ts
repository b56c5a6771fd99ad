import { join } from "node:path";
import { delay, http, HttpResponse } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../ingest/run.js";
import { createComposer } from "../../src/answer/composers/from-env.js";
import { ungroundedFigures } from "../../src/answer/composers/grounding.js";
import { LlmComposer } from "../../src/answer/composers/llm.js";
import type { ComposeInput } from "../../src/answer/composers/types.js";
import { userPrompt } from "../../src/answer/prompts.js";
import { loadEnv } from "../../src/config/env.js";
import type { CorpusIndex } from "../../src/index/corpus-index.js";
import type { StoredChunk } from "../../src/index/manifest.js";
import type { RetrievalResult } from "../../src/retrieval/hybrid.js";
import { createServices, type Services } from "../../src/services.js";
import { openDatabase } from "../../src/store/database.js";
import { embedder, HNSW, tempWorkspace } from "../helpers/corpus.js";
import { server } from "../setup/msw-server.js";

const BASE = "https://llm.kendari.test/v1";
const CHAT = `${BASE}/chat/completions`;
const encoder = new TextEncoder();

const event = (delta: Record<string, string>, finish: string | null) =>
  `data: ${JSON.stringify({ id: "x", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;

/** An OpenAI-style SSE reply with one chunk per piece; `stallAfter` stops sending for 2 s after that many pieces. */
function sse(pieces: string[], stallAfter?: number): HttpResponse<ReadableStream> {
  const body = new ReadableStream({
    async start(controller) {
      for (const [i, piece] of pieces.entries()) {
        if (i === stallAfter) await delay(2000);
        controller.enqueue(encoder.encode(event({ content: piece }, null)));
      }
      controller.enqueue(encoder.encode(event({}, "stop")));
      controller.enqueue(encoder.encode("data: [DONE]\n\n"));
      controller.close();
    },
  });
  return new HttpResponse(body, { headers: { "Content-Type": "text/event-stream" } });
}

function chunk(component: string, label: string, text: string): StoredChunk {
  return {
    id: `service:ktp-el-baru#${component}`,
    docId: "service:ktp-el-baru",
    title: "Standar Pelayanan Penerbitan KTP-el Baru",
    headingPath: ["Penerbitan KTP-el Baru", label],
    pasal: null,
    ayat: null,
    label: `Standar Pelayanan Penerbitan KTP-el Baru, ${label}`,
    text: `Penerbitan KTP-el Baru — ${label}:\n${text}`,
    meta: { sourceType: "service", city: "kendari", status: "berlaku", opd: ["disdukcapil"], component, serviceId: "ktp-el-baru", unit: "komponen" },
    digest: `digest-${component}`,
    vectorLabel: 0,
  };
}

const BIAYA = chunk("biaya", "Biaya/tarif", "Gratis (tidak dipungut biaya).");
const WAKTU = chunk("waktu", "Jangka waktu penyelesaian", "Paling lama 14 (empat belas) hari kerja.");
const SYARAT = chunk("persyaratan", "Persyaratan", "1. Fotokopi KK.\n2. Berusia 17 tahun.");
const QUESTION = "berapa biaya ktp baru?";

function input(chunks: StoredChunk[], tokens: string[] = [], evidence = 1): ComposeInput {
  // Only the fields a composer reads; retrieval adds more (scope decisions) that composers ignore.
  const retrieval = {
    hits: chunks.map((c) => ({ chunk: c, score: 1, coverage: 1, support: 2 })),
    evidence,
    scope: { cities: [], regulations: [], asksStatus: false, prefersRegulation: false, asksDefinition: false },
    revoked: [],
    services: ["ktp-el-baru"],
    components: ["biaya"],
  } as unknown as RetrievalResult;
  const index = { size: chunks.length, document: () => undefined } as unknown as CorpusIndex;
  return { question: QUESTION, lang: "id", retrieval, index, minEvidence: 0.5, onToken: (t) => tokens.push(t) };
}

const composer = (timeoutMs = 5000) => new LlmComposer({ baseURL: BASE, apiKey: "sk-llm-test", model: "qwen-test", temperature: 0, timeoutMs });

describe("LlmComposer (OpenAI-compatible server, mocked with msw)", () => {
  it("streams the tokens in order and answers with exactly their concatenation", async () => {
    const pieces = ["Pembuatan KTP-el baru ", "tidak dipungut biaya", " (Gratis) [1]."];
    server.use(http.post(CHAT, () => sse(pieces)));
    const tokens: string[] = [];
    const out = await composer().compose(input([BIAYA, WAKTU], tokens));
    expect(tokens).toEqual(pieces);
    expect(out).toEqual({ status: "answered", answer: "Pembuatan KTP-el baru tidak dipungut biaya (Gratis) [1].", used: [BIAYA] });
  });

  it("uses the passages it cites, in order of first citation", async () => {
    server.use(http.post(CHAT, () => sse(["Selesai paling lama 14 hari kerja [2]."])));
    const out = await composer().compose(input([BIAYA, WAKTU, SYARAT]));
    expect(out).toEqual({ status: "answered", answer: "Selesai paling lama 14 hari kerja [2].", used: [WAKTU] });

    server.use(http.post(CHAT, () => sse(["Bawa fotokopi KK [3]; ", "gratis [1][3]."])));
    const both = await composer().compose(input([BIAYA, WAKTU, SYARAT]));
    expect(both.status === "answered" && both.used).toEqual([SYARAT, BIAYA]);
  });

  it("drops a marker that names no passage, also before streaming it", async () => {
    server.use(http.post(CHAT, () => sse(["Gratis [", "1] [", "7]."])));
    const tokens: string[] = [];
    const out = await composer().compose(input([BIAYA, WAKTU], tokens));
    expect(out).toEqual({ status: "answered", answer: "Gratis [1].", used: [BIAYA] });
    expect(tokens.join("")).toBe("Gratis [1].");
  });

  it("sends the model, stream: true, the numbered passages and the API key", async () => {
    const seen: Array<{
      auth: string | null;
      body: { model: string; stream: boolean; temperature: number; messages: Array<{ role: string; content: string }> };
    }> = [];
    server.use(
      http.post(CHAT, async ({ request }) => {
        seen.push({ auth: request.headers.get("authorization"), body: (await request.json()) as (typeof seen)[number]["body"] });
        return sse(["Gratis [1]."]);
      }),
    );
    await composer().compose(input([BIAYA, WAKTU]));
    expect(seen).toHaveLength(1);
    const { auth, body } = seen[0]!;
    expect(auth).toBe("Bearer sk-llm-test");
    expect(body).toMatchObject({ model: "qwen-test", stream: true, temperature: 0 });
    expect(body.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(body.messages[0]!.content).toContain("reply with exactly NO_ANSWER");
    expect(body.messages[1]!.content).toBe(userPrompt(QUESTION, [BIAYA, WAKTU]));
    expect(body.messages[1]!.content).toContain("[1] Standar Pelayanan Penerbitan KTP-el Baru, Biaya/tarif\n");
    expect(body.messages[1]!.content).toContain("[2] Standar Pelayanan Penerbitan KTP-el Baru, Jangka waktu penyelesaian\n");
  });

  it("declines with model_declined on NO_ANSWER and streams none of it", async () => {
    server.use(http.post(CHAT, () => sse(["NO_", "ANS", "WER"])));
    const tokens: string[] = [];
    expect(await composer().compose(input([BIAYA], tokens))).toEqual({ status: "no_answer", reason: "model_declined" });
    expect(tokens).toEqual([]);
  });

  it("answers weak_evidence without calling the model", async () => {
    let calls = 0;
    server.use(
      http.post(CHAT, () => {
        calls++;
        return sse(["Gratis [1]."]);
      }),
    );
    expect(await composer().compose(input([BIAYA], [], 0.2))).toEqual({ status: "no_answer", reason: "weak_evidence" });
    expect(calls).toBe(0);
  });

  it("rejects on an HTTP 500, so the compose step falls back", async () => {
    server.use(http.post(CHAT, () => HttpResponse.json({ error: { message: "model overloaded" } }, { status: 500 })));
    await expect(composer().compose(input([BIAYA]))).rejects.toThrow("model overloaded");
  });

  it("rejects within the time budget when the server stalls before answering", async () => {
    server.use(
      http.post(CHAT, async () => {
        await delay(2000);
        return sse(["Gratis [1]."]);
      }),
    );
    const started = performance.now();
    await expect(composer(200).compose(input([BIAYA]))).rejects.toThrow("LLM timed out after 200 ms");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("rejects, rather than answering half, when the server stalls mid-stream", async () => {
    server.use(http.post(CHAT, () => sse(["Pembuatan KTP-el ", "gratis [1]."], 1)));
    const tokens: string[] = [];
    const started = performance.now();
    await expect(composer(200).compose(input([BIAYA], tokens))).rejects.toThrow("LLM timed out after 200 ms");
    expect(performance.now() - started).toBeLessThan(1000);
    expect(tokens).toEqual(["Pembuatan KTP-el "]);
  });

  it("rejects an answer that cites no passage", async () => {
    server.use(http.post(CHAT, () => sse(["KTP-el baru gratis."])));
    await expect(composer().compose(input([BIAYA]))).rejects.toThrow("LLM answer cited no passage");
  });

  it("rejects a fee the cited passage does not state", async () => {
    server.use(http.post(CHAT, () => sse(["Biayanya Rp50.000 [1]."])));
    await expect(composer().compose(input([BIAYA]))).rejects.toThrow("LLM answer has an ungrounded figure: Rp50.000");
  });
});

describe("ungroundedFigures", () => {
  it("accepts figures written in the passages, whatever the separators", () => {
    expect(
      ungroundedFigures("Selesai 14 hari kerja [1], denda Rp 75 juta [2].", ["paling lama 14 (empat belas) hari kerja", "denda paling banyak Rp75 juta"]),
    ).toEqual([]);
    expect(ungroundedFigures("Retribusi Rp30.000,00 atau 2,5% [1].", ["Rp 30.000", "sebesar 2,5 persen"])).toEqual([]);
    expect(ungroundedFigures("Menurut Perwali Nomor 37 Tahun 2024 [1].", ["Pasal 7"])).toEqual([]);
  });

  it("names each figure that no passage contains, once, in order", () => {
    expect(ungroundedFigures("Biayanya Rp50.000 [1].", ["Biaya/tarif:\nGratis"])).toEqual(["Rp50.000"]);
    expect(ungroundedFigures("Selesai 3 hari kerja, berlaku 6 bulan, 3 hari kerja lagi.", ["14 hari kerja"])).toEqual(["3 hari", "6 bulan"]);
    expect(ungroundedFigures("Denda Rp75 ribu dan 10% [1].", ["denda paling banyak Rp75 juta, 15%"])).toEqual(["Rp75 ribu", "10%"]);
  });
});

describe("createComposer", () => {
  it("builds the LLM composer only when LLM_PROVIDER is openai", () => {
    expect(createComposer(loadEnv({ LLM_PROVIDER: "openai", LLM_BASE_URL: BASE, LLM_MODEL: "qwen-test" }))?.name).toBe("llm");
    expect(createComposer(loadEnv({}))).toBeUndefined();
  });
});

describe("LlmComposer in the real pipeline", () => {
  const ws = tempWorkspace();
  let services: Services;
  const BIAYA_LABEL = "Standar Pelayanan Penerbitan KTP Elektronik (KTP-el) Baru, Biaya/tarif";

  beforeAll(async () => {
    await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW });
    const env = loadEnv({ DATA_DIR: join(ws.root, "data"), CORPUS_DIR: ws.corpus, LOCAL_EMBEDDER_DIMENSIONS: "256" });
    services = createServices(env, { db: openDatabase(":memory:"), composer: composer(2000) });
    services.index.reload();
  });
  afterAll(() => ws.cleanup());

  it("answers with the model's cited text and the cited passage's label", async () => {
    server.use(http.post(CHAT, () => sse(["Pembuatan KTP-el baru ", "gratis, tidak dipungut biaya [1]."])));
    const out = await services.engine.answer({ message: QUESTION });
    expect(out.status).toBe("answered");
    expect(out.answer).toBe("Pembuatan KTP-el baru gratis, tidak dipungut biaya [1].");
    expect(out.citations.map((c) => c.label)).toEqual([BIAYA_LABEL]);
  });

  it("falls back to the extractive answer when the model server fails", async () => {
    server.use(http.post(CHAT, () => HttpResponse.json({ error: { message: "down" } }, { status: 500 })));
    const out = await services.engine.answer({ message: QUESTION });
    expect(out.status).toBe("answered");
    expect(out.answer.startsWith("Berdasarkan sumber resmi:")).toBe(true);
    expect(out.citations[0]!.label).toBe(BIAYA_LABEL);
  });
});
