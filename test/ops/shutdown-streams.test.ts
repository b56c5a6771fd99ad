import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LiveStreams } from "../../src/http/live-streams.js";
import { createLogger } from "../../src/observability/logger.js";
import { gracefulShutdown } from "../../src/observability/shutdown.js";
import { testApp, type TestApp } from "../helpers/app.js";

describe("shutdown with a live widget stream open", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({}, { forms: true });
  });
  afterAll(() => t.cleanup());

  it("ends the open SSE stream, completes server.close() and exits 0 before the timeout", async () => {
    const liveStreams = new LiveStreams();
    const { createApp } = await import("../../src/http/app.js");
    const { DbFeedbackStore } = await import("../../src/feedback/store.js");
    const s = t.services;
    const app = createApp({ env: s.env, engine: s.engine, index: s.index, feedback: new DbFeedbackStore(s.db), forms: s.forms!, liveStreams });
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }) as Server;
    await new Promise((r) => server.once("listening", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { sessionId } = (await (
      await fetch(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "halo" }) })
    ).json()) as { sessionId: string };
    const events = await fetch(`${base}/api/chat/events?session=${encodeURIComponent(sessionId)}`);
    expect(events.status).toBe(200);
    expect(liveStreams.size).toBe(1);
    const body = events.text(); // resolves when the server ends the stream
    const exits: number[] = [];
    const exited = new Promise<void>((resolve) => {
      const stop = gracefulShutdown({
        server,
        timeoutMs: 5000,
        logger: createLogger({ level: "silent" }),
        endStreams: () => liveStreams.endAll(),
        steps: [],
        exit: (code) => (exits.push(code), resolve()),
      });
      void stop("SIGTERM");
    });
    const t0 = Date.now();
    await exited;
    expect(exits).toEqual([0]);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(await body).toContain(": open");
  });
});
