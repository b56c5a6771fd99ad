import { describe, expect, it } from "vitest";
import { ChatResponseSchema } from "../../src/answer/schemas.js";
import { hasEvidence, SUFFICIENT_SUPPORT } from "../../src/retrieval/evidence.js";

describe("the reply contract and the evidence rule", () => {
  it("infers the reply from its schema: confidence defaults to high, a citation names its component", () => {
    const reply = ChatResponseSchema.parse({
      sessionId: "s",
      status: "answered",
      answer: "Gratis [1].",
      citations: [
        { docId: "service:ktp-el-baru", title: "KTP-el", pasal: null, ayat: null, label: "KTP-el, Biaya/tarif", snippet: "Gratis", component: "biaya" },
      ],
      actions: [],
    });
    expect(reply.confidence).toBe("high");
    expect(reply.citations[0]!.component).toBe("biaya");
    expect(ChatResponseSchema.safeParse({ ...reply, citations: [{ ...reply.citations[0], component: undefined }] }).success).toBe(false);
  });

  it("has one evidence predicate: support of 1 is enough, just below is not", () => {
    expect(SUFFICIENT_SUPPORT).toBe(1);
    expect(hasEvidence(1)).toBe(true);
    expect(hasEvidence(0.99)).toBe(false);
    expect(hasEvidence(0.6, 0.5)).toBe(true);
  });
});
