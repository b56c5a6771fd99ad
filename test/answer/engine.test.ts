import { describe, expect, it } from "vitest";
import type { Step } from "../../src/answer/context.js";
import { defaultSteps } from "../../src/answer/engine.js";
import { CANNED } from "../../src/answer/statuses.js";
import { chunk, failingComposer, harness, indexWith, retrievalOf, retrieved, scriptedComposer } from "./harness.js";

const NIK = "7471085203950001";

describe("the engine masks once, at entry, before any step", () => {
  it("stores an over-long message that held a NIK masked, with the clear too-long reply", async () => {
    const h = harness({ steps: defaultSteps(), maxChars: 30 });
    const reply = await h.engine.answer({ message: `nik saya ${NIK}, tolong cek sy punya data kependudukan lengkap` });
    expect(reply.status).toBe("no_answer");
    expect(reply.answer).toBe(
      'Maaf, pesan Anda terlalu panjang (maksimal 30 karakter). Mohon ringkas pertanyaan Anda, misalnya "syarat akta kelahiran apa saja?".',
    );
    const [row] = h.turns();
    expect(row!.question).toBe("nik saya 7471********0001, tol");
    expect(JSON.stringify(await h.db.selectFrom("turns").selectAll().execute())).not.toContain("52039");
  });

  it("never shows a step the raw message, however the NIK is grouped", async () => {
    const seen: string[] = [];
    const spy: Step = async function spy(ctx) {
      seen.push(ctx.request.message, ctx.question, ctx.normalized, String(ctx.input), JSON.stringify(ctx.input));
      ctx.finish({ status: "form", answer: "ok" });
    };
    const h = harness({ steps: [...defaultSteps({ beforeRoute: [spy] })] });
    await h.engine.answer({ message: "nik saya 747108 520395 0021 tolong dicatat" });
    expect(seen).toHaveLength(5);
    for (const s of seen) expect(s.replace(/\D/g, "")).not.toContain("520395");
  });

  it("stores a keyed hash of each NIK in the message, and never the number", async () => {
    const h = harness({ steps: defaultSteps(), maxChars: 30 });
    await h.engine.answer({ message: `nik 747108 520395 0021 dan kk ${NIK}` });
    const [row] = h.turns();
    expect(h.subjects()).toEqual([
      { turnId: Number(row!.id), subject: "h(7471085203950021)" },
      { turnId: Number(row!.id), subject: `h(${NIK})` },
    ]);
  });
});

describe("steps finish or fail, and failures leave a trace", () => {
  it("stores the failed step and its error when a step throws, and replies with the error text", async () => {
    const boom: Step = async function boom() {
      throw new Error("database is locked");
    };
    const h = harness({ steps: [boom] });
    const reply = await h.engine.answer({ message: "halo" });
    expect(reply).toMatchObject({ status: "error", answer: CANNED.error.id, citations: [] });
    const [row] = h.turns();
    expect(row!.status).toBe("error");
    expect(row!.trace).toMatchObject({ failedStep: "boom", error: "database is locked", steps: [{ name: "boom" }] });
  });

  it("never throws, even for a message that is not text", async () => {
    const h = harness({ steps: defaultSteps() });
    const reply = await h.engine.answer({ message: undefined as unknown as string, sessionId: "s-bad-1" });
    expect(reply).toMatchObject({ sessionId: "s-bad-1", status: "error", answer: CANNED.error.id });
  });

  it("records a step's own failure (no index loaded) with its name", async () => {
    const h = harness({ steps: defaultSteps(), index: null });
    const reply = await h.engine.answer({ message: "syarat ktp baru apa saja" });
    expect(reply.answer).toBe(CANNED.error.id);
    expect(h.turns()[0]!.trace).toMatchObject({ failedStep: "retrieve", error: "no corpus index is loaded" });
    const names = h.turns()[0]!.trace.steps.map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(["normalize", "guardInput", "route"]);
    expect(names.at(-1)).toBe("retrieve");
  });

  it("returns the trace to callers that log, and keeps it out of the public reply", async () => {
    const used = [chunk("c1")];
    const h = harness({
      steps: [retrieved(retrievalOf(used)), ...defaultSteps().slice(-1)],
      composer: failingComposer("LLM timed out after 200 ms"),
      fallbackComposer: scriptedComposer("extractive", ["Gratis [1]."], used),
    });
    const done = await h.engine.turn({ message: "biaya ktp" });
    expect(done.response.status).toBe("answered");
    expect(done.trace.composerFallback).toBe("llm: LLM timed out after 200 ms");
    expect(Object.keys(done.response)).not.toContain("trace");
    expect(h.turns()[0]!.trace.composerFallback).toBe("llm: LLM timed out after 200 ms");
  });

  it("keeps the typed memory: the topic of an answered question and its service for the next turn", async () => {
    const used = [chunk("c1")];
    const h = harness({
      steps: [retrieved(retrievalOf(used)), ...defaultSteps().slice(-1)],
      composer: scriptedComposer("extractive", ["Gratis [1]."], used),
      index: indexWith(),
    });
    const reply = await h.engine.answer({ message: "berapa biaya ktp baru", sessionId: "s-topic-1" });
    expect((await h.store.get(reply.sessionId))?.memory).toEqual({ topic: { words: "biaya ktp baru", serviceId: "ktp-el-baru" } });
  });
});
