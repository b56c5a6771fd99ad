import { describe, expect, it } from "vitest";
import { answerHash, sseEvents } from "../../channels/web/widget/api.js";

/** A body that arrives in the given pieces, as a slow network delivers it. */
function body(pieces: Array<string | Uint8Array>): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const p of pieces) controller.enqueue(typeof p === "string" ? enc.encode(p) : p);
      controller.close();
    },
  });
}

async function collect(pieces: Array<string | Uint8Array>) {
  const out: Array<{ event: string; data: string }> = [];
  for await (const e of sseEvents(body(pieces))) out.push(e);
  return out;
}

describe("the widget's SSE parser", () => {
  it("reassembles events split across network chunks, including a multi-byte character", async () => {
    const text = 'event: token\ndata: {"text":"Biaya "}\n\nevent: token\ndata: {"text":"Rp0 — gratis"}\n\nevent: done\ndata: {"status":"answered"}\n\n';
    const bytes = new TextEncoder().encode(text);
    const dash = new TextEncoder().encode(text.slice(0, text.indexOf("—"))).length;
    const pieces = [bytes.slice(0, 10), bytes.slice(10, dash + 1), bytes.slice(dash + 1)]; // the 3-byte dash is cut after its first byte
    expect(await collect(pieces)).toEqual([
      { event: "token", data: '{"text":"Biaya "}' },
      { event: "token", data: '{"text":"Rp0 — gratis"}' },
      { event: "done", data: '{"status":"answered"}' },
    ]);
  });

  it("passes reset through and accepts CRLF line endings", async () => {
    expect(await collect(['event: token\r\ndata: {"text":"x"}\r\n\r\nevent: reset\r\ndata: {}\r\n\r\n'])).toEqual([
      { event: "token", data: '{"text":"x"}' },
      { event: "reset", data: "{}" },
    ]);
  });

  it("hashes an answer to the same 8 hex digits every time", () => {
    expect(answerHash("Gratis (tidak dipungut biaya)")).toMatch(/^[0-9a-f]{8}$/);
    expect(answerHash("a")).toBe(answerHash("a"));
    expect(answerHash("a")).not.toBe(answerHash("b"));
  });
});
