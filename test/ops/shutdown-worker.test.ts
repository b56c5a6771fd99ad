import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/observability/logger.js";
import { gracefulShutdown } from "../../src/observability/shutdown.js";

describe("shutdown of a process without an HTTP server (ROLE=worker, ROLE=whatsapp)", () => {
  it("runs every step in order, goes on past a failing one, and exits 0 once", async () => {
    const ran: string[] = [];
    const exits: number[] = [];
    const stop = gracefulShutdown({
      timeoutMs: 5_000,
      logger: createLogger({ level: "silent" }),
      steps: [
        { name: "re-index worker", run: async () => void ran.push("re-index worker") },
        {
          name: "live bridges",
          run: () => {
            throw new Error("redis gone");
          },
        },
        { name: "database", run: async () => void ran.push("database") },
      ],
      exit: (code) => void exits.push(code),
    });
    await Promise.all([stop("SIGTERM"), stop("SIGINT")]);
    expect(ran).toEqual(["re-index worker", "database"]);
    expect(exits).toEqual([0]);
  });
});
