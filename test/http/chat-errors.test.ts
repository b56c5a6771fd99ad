import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/app.js";

describe("POST /api/chat errors", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ RATE_LIMIT_PER_MINUTE: "3", MAX_MESSAGE_CHARS: "1000", MAX_BODY_BYTES: "4096" });
  });
  afterAll(() => t.cleanup());
  let ip = 0;
  const post = (body: unknown) => t.post("/api/chat", body, { "x-forwarded-for": `10.0.0.${++ip}` });

  it("rejects malformed JSON with 400 invalid_json", async () => {
    const res = await post('{"message": "halo"');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("invalid_json");
    expect(body.error.message).toBe("Isi permintaan bukan JSON yang valid. (The request body is not valid JSON.)");
    expect(body.error.requestId).toBe(res.headers.get("x-request-id"));
  });

  it.each([
    ["a missing message", {}, "message", "invalid_request"],
    ["an empty message", { message: "   " }, "message", "invalid_request"],
    ["a message of the wrong type", { message: 42 }, "message", "invalid_request"],
    ["an unknown lang", { message: "halo", lang: "fr" }, "lang", "invalid_request"],
    ["an unknown field", { message: "halo", nik: "7471085203950001" }, "(body)", "invalid_request"],
  ])("rejects %s with 400 and names the field", async (_name, body, field, code) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.error.code).toBe(code);
    expect(Object.keys(json.error.fields)).toContain(field);
  });

  it("rejects a message over the configured length with 400 message_too_long", async () => {
    const res = await post({ message: "a".repeat(1001) });
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.error).toMatchObject({
      code: "message_too_long",
      message: "message terlalu panjang, maksimal 1000 karakter (message is longer than 1000 characters)",
    });
  });

  it("rejects an oversized body with 413", async () => {
    const res = await post({ message: "halo", padding: "x".repeat(5000) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("payload_too_large");
  });

  it("rate-limits a client with 429 and Retry-After, and other clients still get answers", async () => {
    const same = () => t.post("/api/chat", { message: "halo" }, { "x-forwarded-for": "192.0.2.50" });
    for (let i = 0; i < 3; i++) expect((await same()).status).toBe(200);
    const limited = await same();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe("rate_limited");
    expect((await post({ message: "halo" })).status).toBe(200);
  });

  it("answers unknown routes with the error envelope", async () => {
    const res = await t.app.request("/api/nope");
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });
});
