import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { OpenAIEmbedder } from "../../src/index/embedders/openai.js";
import { server } from "../setup/msw-server.js";

const BASE = "https://llm.kendari.test/v1";
const b64 = (v: number[]) => Buffer.from(new Float32Array(v).buffer).toString("base64");

describe("OpenAIEmbedder (OpenAI-compatible server, mocked with msw)", () => {
  it("posts the texts to {baseURL}/embeddings with model, dimensions and key, and returns the vectors", async () => {
    const seen: Array<{ auth: string | null; body: { model: string; input: string[]; dimensions?: number } }> = [];
    server.use(
      http.post(`${BASE}/embeddings`, async ({ request }) => {
        const body = (await request.json()) as { model: string; input: string[]; dimensions?: number };
        seen.push({ auth: request.headers.get("authorization"), body });
        return HttpResponse.json({
          object: "list",
          model: body.model,
          data: body.input.map((_, i) => ({ object: "embedding", index: i, embedding: b64([i + 1, 0, 0, 0.5]) })),
          usage: { prompt_tokens: 1, total_tokens: 1 },
        });
      }),
    );
    const e = new OpenAIEmbedder({ baseURL: BASE, apiKey: "sk-test", model: "bge-m3", dimensions: 4 });
    const vectors = await e.embedDocuments(["syarat KTP", "biaya akta"]);
    expect(vectors).toEqual([
      [1, 0, 0, 0.5],
      [2, 0, 0, 0.5],
    ]);
    expect(e.id).toBe("openai:bge-m3:d4");
    expect(seen[0]!.auth).toBe("Bearer sk-test");
    expect(seen[0]!.body).toMatchObject({ model: "bge-m3", input: ["syarat KTP", "biaya akta"], dimensions: 4 });
  });

  it("fails with a clear message when the server returns vectors of the wrong size", async () => {
    server.use(
      http.post(`${BASE}/embeddings`, () =>
        HttpResponse.json({
          object: "list",
          model: "m",
          data: [{ object: "embedding", index: 0, embedding: b64([1, 2]) }],
          usage: { prompt_tokens: 1, total_tokens: 1 },
        }),
      ),
    );
    const e = new OpenAIEmbedder({ baseURL: BASE, model: "m", dimensions: 4 });
    await expect(e.embedQuery("x")).rejects.toThrow("embedding server returned 2 dimensions, expected 4");
  });

  it("requires the dimension for a model it does not know", () => {
    expect(() => new OpenAIEmbedder({ baseURL: BASE, model: "local-model" })).toThrow('EMBEDDINGS_DIMENSIONS must be set for model "local-model"');
  });
});
