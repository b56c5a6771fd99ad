import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnv } from "../../src/config/env.js";
import { createApp } from "../../src/http/app.js";
import { ANSWERED, fakeEngine } from "../channels/fakes.js";
import { redisAvailable, redisScope } from "./redis-helper.js";

const available = await redisAvailable();

describe.skipIf(!available)("rate limit shared through Redis", () => {
  const scope = redisScope();
  afterAll(() => scope.cleanup());

  async function replica() {
    const env = loadEnv({ DATA_DIR: "/nonexistent", RATE_LIMIT_PER_MINUTE: "3" });
    return createApp({ env, engine: fakeEngine(ANSWERED).engine, index: { get: () => null }, redis: await scope.client() });
  }
  const chat = (app: Awaited<ReturnType<typeof replica>>) =>
    app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "syarat ktp" }) });

  let a: Awaited<ReturnType<typeof replica>>;
  let b: Awaited<ReturnType<typeof replica>>;
  beforeAll(async () => {
    a = await replica();
    b = await replica();
  });

  it("gives exactly the limit's 200s across two replicas, then 429 with Retry-After on both", async () => {
    const responses = [];
    for (let i = 0; i < 8; i++) responses.push(await chat(i % 2 === 0 ? a : b));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 429, 429, 429, 429, 429]);
    const limited = responses[3]!;
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toBe(`Terlalu banyak permintaan. Coba lagi dalam ${retryAfter} detik. (Too many requests; retry in ${retryAfter} s.)`);
  });
});
