import { describe, expect, it } from "vitest";
import type { AnswerDeps, Step } from "../../src/answer/context.js";
import { runPipeline } from "../../src/answer/pipeline.js";
import { CANNED } from "../../src/answer/statuses.js";
import { guardOutput } from "../../src/answer/steps/guard-output.js";

const deps = {} as AnswerDeps;

describe("runPipeline", () => {
  it("turns a throwing step into the error status with its canned text, and never throws", async () => {
    const boom: Step = async function boom() {
      throw new Error("database is locked");
    };
    const { result, ctx } = await runPipeline([boom], { message: "halo" }, deps, {});
    expect(result).toEqual({ status: "error", answer: CANNED.error.id, citations: [], actions: [] });
    expect((ctx as { error?: string }).error).toBe("boom: database is locked");
  });

  it("stops at the first abort but still runs the output guard", async () => {
    const calls: string[] = [];
    const first: Step = async function first(ctx) {
      calls.push("first");
      ctx.abort("answered", "NIK Anda 7471085203950001 sudah tercatat.");
    };
    const second: Step = async function second() {
      calls.push("second");
    };
    const { result } = await runPipeline([first, second, guardOutput], { message: "x" }, deps, {});
    expect(calls).toEqual(["first"]);
    expect(result.answer).toBe("NIK Anda 7471********0001 sudah tercatat.");
  });

  it("records how long each step took", async () => {
    const slow: Step = async function slow(ctx) {
      await new Promise((r) => setTimeout(r, 20));
      ctx.abort("no_answer", "-");
    };
    const { ctx } = await runPipeline([slow], { message: "x" }, deps, {});
    expect(ctx.timings.slow).toBeGreaterThanOrEqual(15);
  });
});

describe("message length in the pipeline", () => {
  it("answers an over-long channel message with a clear reply instead of processing it", async () => {
    const { normalize } = await import("../../src/answer/steps/normalize.js");
    const limited = { env: { MAX_MESSAGE_CHARS: 20, DEFAULT_CITY: "kendari" } } as AnswerDeps;
    const { result } = await runPipeline([normalize, guardOutput], { message: "syarat ktp baru apa saja ya kak tolong" }, limited, {});
    expect(result.status).toBe("no_answer");
    expect(result.answer).toBe('Maaf, pesan Anda terlalu panjang (maksimal 20 karakter). Mohon ringkas pertanyaan Anda, misalnya "syarat akta kelahiran apa saja?".');
  });
});
