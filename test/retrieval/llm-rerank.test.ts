import { join } from "node:path";
import { delay, http, HttpResponse } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../ingest/run.js";
import { loadEnv } from "../../src/config/env.js";
import { createServices, type Services } from "../../src/services.js";
import { openDatabase } from "../../src/store/database.js";
import { embedder, HNSW, tempWorkspace } from "../helpers/corpus.js";
import { server } from "../setup/msw-server.js";

const BASE = "https://llm.kendari.test/v1";
const CHAT = `${BASE}/chat/completions`;
/** A question whose answering Pasal (43: PSE have two years to comply) the offline ranking puts below others. */
const QUESTION = "PSE wajib menyesuaikan dengan perwali spbe kapan?";
const RIGHT = "Peraturan Walikota Kendari Nomor 41 Tahun 2021, Pasal 43";

/** An OpenAI chat completion (non-streaming) with this content. */
function completion(content: string) {
  return HttpResponse.json({
    id: "chatcmpl-1",
    object: "chat.completion",
    created: 1,
    model: "qwen-test",
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: { prompt_tokens: 900, completion_tokens: 12, total_tokens: 912 },
  });
}

/** The user prompt of a chat request. */
async function userPrompt(request: Request): Promise<string> {
  const body = (await request.json()) as { messages: Array<{ role: string; content: string }> };
  return body.messages.find((m) => m.role === "user")?.content ?? "";
}

/** What a model that knows the answer would reply: the ids of the candidates, the right Pasal first. */
function rankRightFirst(prompt: string): number[] {
  const ids = [...prompt.matchAll(/^\[(\d+)\] (.*)$/gm)].map((m) => ({ id: Number(m[1]), label: m[2]! }));
  const right = ids.filter((c) => c.label.startsWith(RIGHT)).map((c) => c.id);
  return [...right, ...ids.map((c) => c.id).filter((id) => !right.includes(id))];
}

describe("LLM rerank (OpenAI-compatible server, mocked with msw)", () => {
  const ws = tempWorkspace();
  let offline: Services;
  let llm: Services;
  let offlineFirst: string;

  beforeAll(async () => {
    await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW });
    const base = {
      DATA_DIR: join(ws.root, "data"),
      CORPUS_DIR: ws.corpus,
      LOCAL_EMBEDDER_DIMENSIONS: "256",
      ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    };
    offline = createServices(loadEnv(base), { db: openDatabase(":memory:") });
    const llmEnv = {
      ...base,
      LLM_PROVIDER: "openai",
      LLM_BASE_URL: BASE,
      LLM_API_KEY: "sk-llm-test",
      LLM_MODEL: "qwen-test",
      LLM_QUERY_REWRITE: "false",
      LLM_RERANK_TIMEOUT_MS: "300",
    };
    llm = createServices(loadEnv(llmEnv), { db: openDatabase(":memory:") });
    offline.index.reload();
    llm.index.reload();
    const reply = await offline.engine.answer({ message: QUESTION });
    offlineFirst = reply.citations[0]!.label;
  });
  afterAll(() => ws.cleanup());

  it("offline, another Pasal comes first (the case the reranker is for)", () => {
    expect(offlineFirst).not.toContain(RIGHT);
  });

  it("cites first the Pasal the model ranks first", async () => {
    let prompt = "";
    server.use(
      http.post(CHAT, async ({ request }) => {
        prompt = await userPrompt(request);
        return completion(`\`\`\`json\n${JSON.stringify(rankRightFirst(prompt))}\n\`\`\``);
      }),
    );
    const { response, trace } = await llm.engine.turn({ message: QUESTION });
    expect(prompt).toContain(`Question: ${QUESTION}`);
    expect(response.status).toBe("answered");
    expect(response.citations[0]?.label).toMatch(new RegExp(`^${RIGHT}\\b`));
    expect(trace.retrievalFallback).toBeUndefined();
  });

  it("keeps the offline order when the server answers 500", async () => {
    server.use(http.post(CHAT, () => HttpResponse.json({ error: { message: "upstream overloaded" } }, { status: 500 })));
    const { response, trace } = await llm.engine.turn({ message: QUESTION });
    expect(response.citations[0]?.label).toBe(offlineFirst);
    expect(trace.retrievalFallback).toMatch(/^rerank: /);
  });

  it("keeps the offline order when the model is slower than LLM_RERANK_TIMEOUT_MS", async () => {
    server.use(
      http.post(CHAT, async ({ request }) => {
        const order = rankRightFirst(await userPrompt(request));
        await delay(1500);
        return completion(JSON.stringify(order));
      }),
    );
    const started = performance.now();
    const { response, trace } = await llm.engine.turn({ message: QUESTION });
    expect(performance.now() - started).toBeLessThan(1200);
    expect(response.citations[0]?.label).toBe(offlineFirst);
    expect(trace.retrievalFallback).toMatch(/rerank: .*timed out/);
  });

  it("keeps the offline order when the reply is not a JSON list of ids", async () => {
    server.use(http.post(CHAT, () => completion("Maaf, saya tidak dapat menentukan urutan pasal tersebut.")));
    const { response, trace } = await llm.engine.turn({ message: QUESTION });
    expect(response.citations[0]?.label).toBe(offlineFirst);
    expect(trace.retrievalFallback).toMatch(/^rerank: /);
  });

  it("keeps the offline order when the list names no candidate", async () => {
    server.use(http.post(CHAT, () => completion('[0, 97, "x"]')));
    const { response } = await llm.engine.turn({ message: QUESTION });
    expect(response.citations[0]?.label).toBe(offlineFirst);
  });
});
