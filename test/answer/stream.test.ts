import { describe, expect, it } from "vitest";
import { compose } from "../../src/answer/steps/compose.js";
import { CANNED } from "../../src/answer/statuses.js";
import { chunk, harness, retrievalOf, retrieved, recordingSink, scriptedComposer } from "./harness.js";

describe("streamed tokens pass the output guard", () => {
  it("never streams a NIK in clear, even split across tokens, and ends on the final answer", async () => {
    const used = [chunk("c1")];
    const pieces = ["Contoh: NIK 7471", "085203950001", " dan HP 0812-", "3456-7890 tercatat [1]."];
    const h = harness({ steps: [retrieved(retrievalOf(used)), compose], composer: scriptedComposer("llm", pieces, used) });
    const rec = recordingSink();
    const reply = await h.engine.answer({ message: "contoh" }, rec.sink);
    expect(reply.answer).toBe("Contoh: NIK 7471********0001 dan HP 0812******90 tercatat [1].");
    for (const t of rec.tokens()) expect(t).not.toMatch(/\d{5,}|5203|3456/);
    expect(rec.events).not.toContain("reset");
    expect(rec.shown()).toBe(reply.answer);
  });

  it("resets the stream and sends the final text when finalising changes the status", async () => {
    const h = harness({ steps: [retrieved(retrievalOf([chunk("c1")])), compose], composer: scriptedComposer("llm", ["KTP-el baru ", "gratis."], []) });
    const rec = recordingSink();
    const reply = await h.engine.answer({ message: "biaya ktp" }, rec.sink);
    expect(reply.status).toBe("no_answer");
    expect(rec.events).toContain("reset");
    expect(rec.shown()).toBe(CANNED.no_answer.id);
  });

  it("streams a reply that no composer wrote (a greeting) as its final text", async () => {
    const h = harness({ steps: [async (ctx) => ctx.finish({ status: "answered", answer: "Halo!" })] });
    const rec = recordingSink();
    await h.engine.answer({ message: "halo" }, rec.sink);
    expect(rec.events).toEqual([{ token: "Halo!" }]);
  });
});
