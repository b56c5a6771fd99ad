/**
 * Real server processes for the scale tests and the bench: each replica is `src/main.ts` in its own
 * Node process, on one PostgreSQL schema and one Redis key prefix, sharing a data directory (the
 * published index) and a copy of the corpus.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import pg from "pg";
import { runIngest } from "../../ingest/run.js";
import { POSTGRES_TEST_URL } from "./dialects.js";
import { embedder, HNSW, tempWorkspace } from "./corpus.js";

const ROOT = resolve(import.meta.dirname, "../..");

export interface Replica {
  name: string;
  role: string;
  /** http://127.0.0.1:<port> (API roles only). */
  url: string;
  process: ChildProcess;
  /** Everything the process printed, for failure messages. */
  output: () => string;
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });
}

/** The knobs the test index was built with; every replica must load it with the same ones. */
export const INDEX_ENV = { LOCAL_EMBEDDER_DIMENSIONS: "256", HNSW_EF_CONSTRUCTION: "100", HNSW_EF_SEARCH: "64" };

/**
 * A deployment for replicas: a private PostgreSQL schema, a Redis key prefix, a corpus copy and a
 * data directory with the index already built (replicas never race to build it).
 */
export async function clusterEnv(extra: Record<string, string> = {}) {
  const ws = tempWorkspace();
  const dataDir = join(ws.root, "data");
  await runIngest({ corpusDir: ws.corpus, indexDir: join(dataDir, "index"), embedder, hnsw: HNSW });
  const schema = `r_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const databaseUrl = `${POSTGRES_TEST_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const env: Record<string, string> = {
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    DATA_DIR: dataDir,
    CORPUS_DIR: ws.corpus,
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379",
    REDIS_KEY_PREFIX: `lt-replicas-${schema}:`,
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    HOST: "127.0.0.1",
    ...INDEX_ENV,
    ...extra,
  };
  return {
    env,
    workspace: ws,
    schema,
    databaseUrl,
    async cleanup(): Promise<void> {
      const c = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
      ws.cleanup();
    },
  };
}

/**
 * Starts `src/main.ts` with `ROLE=role`; resolves when an API replica answers `/readyz` 200, or when a
 * worker or WhatsApp process logs that it is ready.
 */
export async function startReplica(name: string, role: "all" | "api" | "worker" | "whatsapp", env: Record<string, string>): Promise<Replica> {
  const port = role === "api" || role === "all" ? await freePort() : 0;
  const { CI: _ci, VITEST: _v, VITEST_POOL_ID: _p, VITEST_WORKER_ID: _w, ...parent } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/main.ts")], {
    cwd: ROOT,
    env: { ...parent, ...env, ROLE: role, PORT: String(port), ENV_FILE: "/dev/null" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => void (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => void (out += d.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const url = `http://127.0.0.1:${port}`;
  const replica: Replica = {
    name,
    role,
    url,
    process: child,
    output: () => out,
    exited,
    async kill(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
  const started = Date.now();
  let gone = false;
  void exited.then(() => void (gone = true));
  while (Date.now() - started < 60_000) {
    if (gone) throw new Error(`${name} (${role}) exited before it was ready:\n${out}`);
    if (port) {
      const ok = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return replica;
    } else if (/"event":"ready"/.test(out)) {
      return replica;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await replica.kill("SIGKILL");
  throw new Error(`${name} (${role}) was not ready within 60 s:\n${out}`);
}
