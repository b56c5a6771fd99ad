import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempWorkspace } from "../helpers/corpus.js";

const ROOT = resolve(import.meta.dirname, "../..");
const WORDS = "Berdasarkan standar pelayanan, pembuatan KIA tidak dipungut biaya [1].".split(" ");

/** An OpenAI-compatible chat server that streams one word every 250 ms: a slow answer to interrupt. */
function slowModel(): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", async () => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      for (const [i, w] of WORDS.entries()) {
        const chunk = {
          id: "c1",
          object: "chat.completion.chunk",
          created: 0,
          model: "fake",
          choices: [{ index: 0, delta: { content: (i ? " " : "") + w }, finish_reason: null }],
        };
        res.write(`data: ${JSON.stringify(chunk)}\n\n`);
        await new Promise((r) => setTimeout(r, 250));
      }
      res.write(
        `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 0, model: "fake", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`,
      );
      res.end("data: [DONE]\n\n");
    });
  });
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r(server)));
}

const freePort = () =>
  new Promise<number>((r) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => r(port));
    });
  });

/** Every process whose parent chain leads to `pid`. */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of parents) if (parent === p) out.push(child), walk(child);
  };
  walk(pid);
  return out;
}

/** Running (not gone, not a zombie waiting for its parent). */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
};

describe("npm start and SIGTERM", () => {
  let ws: ReturnType<typeof tempWorkspace>;
  let model: Server;
  let child: ChildProcess;
  let port: number;
  let output = "";
  beforeAll(async () => {
    ws = tempWorkspace();
    model = await slowModel();
    port = await freePort();
    const env = {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: join(ws.root, "data"),
      CORPUS_DIR: ws.corpus,
      LLM_PROVIDER: "openai",
      LLM_BASE_URL: `http://127.0.0.1:${(model.address() as AddressInfo).port}/v1`,
      LLM_API_KEY: "test",
      LOG_LEVEL: "info",
      ENV_FILE: join(ws.root, "no.env"),
    };
    child = spawn("npm", ["start", "--silent"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    await new Promise<void>((ok, fail) => {
      const timer = setInterval(() => {
        if (output.includes('"event":"listening"')) clearInterval(timer), ok();
        if (child.exitCode !== null) clearInterval(timer), fail(new Error(`npm start exited: ${output}`));
      }, 100);
    });
  }, 300_000);
  afterAll(() => {
    for (const pid of [...descendants(child.pid!), child.pid!]) if (alive(pid)) process.kill(pid, "SIGKILL");
    model.close();
    ws.cleanup();
  });

  it("finishes the streaming answer, refuses new connections, exits 0 and leaves no process behind", async () => {
    const processes = [child.pid!, ...descendants(child.pid!)];
    expect(processes.length).toBeGreaterThan(1); // npm and the node server it started
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    const res = await fetch(`http://127.0.0.1:${port}/api/chat/stream`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ message: "berapa biaya kia?" }),
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    let signalled = false;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (!signalled && text.includes("event: token")) {
        signalled = true;
        child.kill("SIGTERM"); // to npm, as a process manager would
        await new Promise((r) => setTimeout(r, 300));
        await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      }
    }
    expect(signalled).toBe(true);
    const done = JSON.parse(/event: done\ndata: (.*)\n/.exec(text)![1]!);
    expect(done.status).toBe("answered");
    expect(done.answer).toContain("tidak dipungut biaya");
    expect(await exited).toBe(0);
    // Nothing outlives npm for long (an orphan would keep running and listening).
    for (let i = 0; i < 50 && processes.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
    expect(processes.filter(alive)).toEqual([]);
    expect(output).toContain('"event":"shutdown_done"');
  }, 60_000);
});
