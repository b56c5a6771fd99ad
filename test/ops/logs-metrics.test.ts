import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.js";
import { createLogger } from "../../src/observability/logger.js";
import { createMetrics, type Metrics } from "../../src/observability/metrics.js";
import { observeTurns } from "../../src/observability/turns.js";
import { testApp, type TestApp } from "../helpers/app.js";

const NIK = "7471085203950001";

/** A pino destination that keeps every line. */
function memory() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { stream, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("request logs and /metrics", () => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  let metrics: Metrics;
  const out = memory();
  beforeAll(async () => {
    metrics = createMetrics();
    const logger = createLogger({ level: "info", destination: out.stream, pretty: false });
    t = await testApp({ RATE_LIMIT_PER_MINUTE: "3", METRICS_TOKEN: "tok-metrik" }, { onTurn: observeTurns({ metrics, logger }) });
    metrics.watchIndex({ get: () => t.services.index.get() });
    app = createApp({ env: t.services.env, engine: t.services.engine, index: t.services.index, logger, metrics });
  });
  afterAll(() => t.cleanup());
  const chat = (message: string, path = "/api/chat") =>
    app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message }) });

  it("writes one JSON line per request with route, status, latency, answer status and channel, and no clear NIK", async () => {
    const before = out.lines.length;
    const res = await chat(`nik saya ${NIK}, berapa biaya kia?`);
    expect(res.status).toBe(200);
    const body = await res.json();
    const lines = out
      .records()
      .slice(before)
      .filter((r) => r.msg === "request");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      method: "POST",
      route: "/api/chat",
      path: "/api/chat",
      status: 200,
      answerStatus: body.status,
      channel: "web",
      requestId: res.headers.get("x-request-id"),
    });
    expect(typeof lines[0]!.ms).toBe("number");
    expect(out.lines.join("\n")).not.toContain(NIK);
  });

  it("logs a streamed answer once, when the stream has ended, with its answer status", async () => {
    const before = out.lines.length;
    const res = await chat("berapa biaya kia?", "/api/chat/stream");
    expect(await res.text()).toContain("event: done");
    const lines = out
      .records()
      .slice(before)
      .filter((r) => r.msg === "request");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ route: "/api/chat/stream", status: 200, answerStatus: "answered", channel: "web" });
  });

  it("masks personal data in any logged text", async () => {
    const before = out.lines.length;
    createLogger({ level: "info", destination: out.stream, pretty: false }).info({ note: `hp 0812-3456-7890 nik ${NIK}` }, `pesan dari ${NIK}`);
    await new Promise((resolve) => setImmediate(resolve));
    const [line] = out.records().slice(before);
    expect(line).toMatchObject({ note: "hp 0812******90 nik 7471********0001", msg: "pesan dari 7471********0001" });
  });

  it("counts a chat answer by status and channel on /metrics, behind the token", async () => {
    expect((await app.request("/metrics")).status).toBe(401);
    expect((await app.request("/metrics", { headers: { authorization: "Bearer salah" } })).status).toBe(401);
    const read = async () => (await app.request("/metrics", { headers: { authorization: "Bearer tok-metrik" } })).text();
    const count = (text: string, status: string) =>
      Number(new RegExp(`^layanan_answers_total\\{status="${status}",channel="web"\\} (\\d+)$`, "m").exec(text)?.[1] ?? 0);
    const before = await read();
    expect((await (await chat("apa ibukota prancis?")).json()).status).toBe("no_answer");
    const after = await read();
    expect(count(after, "no_answer")).toBe(count(before, "no_answer") + 1);
    expect(after).toMatch(/^layanan_http_request_duration_seconds_count\{method="POST",route="\/api\/chat",status="200"\} \d+$/m);
    expect(after).toMatch(new RegExp(`^layanan_index_chunks ${t.services.index.get()!.size}$`, "m"));
    expect(after).toMatch(/^layanan_answer_evidence_count\{channel="web"\} \d+$/m);
    expect(after).toMatch(/^layanan_no_answer_ratio 0\.\d+$/m);
  });

  it("counts rate-limit rejections", async () => {
    for (let i = 0; i < 4; i++) await chat("halo");
    const text = await (await app.request("/metrics", { headers: { authorization: "Bearer tok-metrik" } })).text();
    expect(text).toMatch(/^layanan_rate_limit_rejections_total\{route="\/api\/chat"\} [1-9]\d*$/m);
  });
});
