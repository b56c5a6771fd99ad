import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { parseDataset } from "../evals/schema.js";
import { round } from "./stats.js";

export interface LoadRow {
  route: "POST /api/chat" | "GET /healthz";
  connections: number;
  durationS: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

export interface ApiReport {
  /** Time from spawning the server until /readyz answered 200 (includes building the index). */
  startupMs: number;
  questions: number;
  rows: LoadRow[];
  /** Chat req/s divided by /healthz req/s, per concurrency. */
  chatToTrivialRatio: Record<string, number>;
}

/** A port the OS says is free on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(base: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server not ready after ${timeoutMs} ms`);
}

/** Stops the child: SIGTERM, then SIGKILL after 3 s. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
  await exited;
  clearTimeout(timer);
}

async function load(base: string, route: LoadRow["route"], connections: number, durationS: number, bodies: string[]): Promise<LoadRow> {
  const chat = route === "POST /api/chat";
  const r = await autocannon({
    url: base,
    connections,
    duration: durationS,
    timeout: 10,
    requests: chat
      ? bodies.map((body) => ({ method: "POST", path: "/api/chat", headers: { "content-type": "application/json" }, body }))
      : [{ method: "GET", path: "/healthz" }],
  });
  return {
    route,
    connections,
    durationS,
    reqPerSec: round(r.requests.total / r.duration, 1),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/**
 * Starts the real server (`node --import tsx src/main.ts`) in its own process on a free
 * 127.0.0.1 port with a temp data dir, then load-tests POST /api/chat (rotating real questions)
 * and GET /healthz at each concurrency with autocannon. The server is always stopped.
 *
 * @example
 * const r = await benchApi({ dataset: "evals/datasets/dev.jsonl", durationS: 8, concurrency: [1, 16, 64] });
 */
export async function benchApi(options: { dataset: string; durationS: number; concurrency: number[]; repoDir: string }): Promise<ApiReport> {
  const items = parseDataset(readFileSync(options.dataset, "utf8")).filter((i) => i.kind === "answerable");
  const step = Math.max(1, Math.floor(items.length / 20));
  const bodies = items
    .filter((_, i) => i % step === 0)
    .slice(0, 20)
    .map((i) => JSON.stringify({ message: i.question, lang: i.lang }));

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "bench-api-"));
  const t0 = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: options.repoDir,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: "100000000", LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  try {
    await waitReady(base, child, 60_000);
    const startupMs = round(performance.now() - t0, 0);
    await load(base, "POST /api/chat", 16, 2, bodies); // warm-up, not reported
    const rows: LoadRow[] = [];
    for (const c of options.concurrency) {
      rows.push(await load(base, "POST /api/chat", c, options.durationS, bodies));
      rows.push(await load(base, "GET /healthz", c, options.durationS, bodies));
    }
    const ratio: Record<string, number> = {};
    for (const c of options.concurrency) {
      const chat = rows.find((r) => r.connections === c && r.route === "POST /api/chat")!;
      const trivial = rows.find((r) => r.connections === c && r.route === "GET /healthz")!;
      ratio[`c${c}`] = round(chat.reqPerSec / trivial.reqPerSec, 3);
    }
    return { startupMs, questions: bodies.length, rows, chatToTrivialRatio: ratio };
  } finally {
    await stop(child);
    process.removeListener("exit", killOnExit);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
