/**
 * `npx tsx bench/hnsw-memory.ts`: what one replica's index costs in memory (ADR 6).
 *
 * Vectors: for each dimension, a fresh process builds the project's HnswVectorIndex with N random
 * unit vectors (M and efConstruction from the config, defaults 16 / 200), then saves it; another
 * fresh process loads that file (what a replica does on a swap). Both report RSS and heap growth
 * measured after a full GC; vectors live in native memory, so the RSS is the number that matters.
 * Text: the real corpus is ingested into a temp directory and its chunks and BM25 (MiniSearch) are
 * loaded in a fresh process; then N synthetic chunks (bench/synthetic.ts) are indexed by BM25.
 * Prints a table and writes bench/results/hnsw-memory-<date>.json.
 *
 * Environment: HNSW_MEMORY_CHUNKS (default 100000), HNSW_MEMORY_DIMS (default "256,512,1536"),
 * HNSW_MEMORY_ONLY ("vectors", "text" or both), HNSW_M / HNSW_EF_CONSTRUCTION as the service reads them.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runIngest } from "../ingest/run.js";
import { loadEnv } from "../src/config/env.js";
import { hnswOptions } from "../src/index/embedders/from-env.js";
import { LocalHashEmbedder } from "../src/index/embedders/local.js";
import { currentVersion } from "../src/index/files.js";
import { HnswVectorIndex, type HnswOptions } from "../src/index/hnsw.js";
import { LexicalIndex } from "../src/index/lexical.js";
import type { StoredChunk } from "../src/index/manifest.js";
import { mb, round, seeded } from "./stats.js";
import { SyntheticCorpus } from "./synthetic.js";

const SELF = fileURLToPath(import.meta.url);
const REPO = resolve(dirname(SELF), "..");

interface Sample {
  rss: number;
  heap: number;
}

/** Memory after full collections (the child runs with --expose-gc). */
function sample(): Sample {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed + m.external };
}

const grew = (from: Sample, to: Sample) => ({ rssMb: mb(to.rss - from.rss), heapMb: mb(to.heap - from.heap) });

/** A random unit vector (uniform in [-1, 1) per coordinate, then L2-normalised, as the embedders' output). */
function randomUnit(rnd: () => number, dim: number): number[] {
  const v = Array.from({ length: dim }, () => rnd() * 2 - 1);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/** Child: builds n random vectors into an HnswVectorIndex and saves it to `file`. */
function buildVectors(dim: number, n: number, hnsw: HnswOptions, file: string) {
  const rnd = seeded(dim);
  const before = sample();
  const t0 = performance.now();
  const index = HnswVectorIndex.create(dim, hnsw, n);
  for (let i = 0; i < n; i++) index.add(i, randomUnit(rnd, dim));
  const buildMs = performance.now() - t0;
  const after = sample();
  index.save(file);
  return {
    dim,
    n,
    buildS: round(buildMs / 1000, 1),
    ...grew(before, after),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    fileMb: mb(statSync(file).size),
  };
}

/** Child: loads a saved graph, as a replica does when it swaps in a new version. */
function loadVectors(dim: number, hnsw: HnswOptions, file: string) {
  const before = sample();
  const t0 = performance.now();
  const index = HnswVectorIndex.load(file, dim, hnsw, 0);
  const loadMs = performance.now() - t0;
  const after = sample();
  return { dim, n: index.size, loadMs: round(loadMs, 0), ...grew(before, after) };
}

/** Child: the chunks and the BM25 index of a built index version, loaded as CorpusIndex.load does. */
function loadText(root: string) {
  const dir = join(root, currentVersion(root)!);
  const size = (f: string) => statSync(join(dir, f)).size;
  const s0 = sample();
  const chunks = JSON.parse(readFileSync(join(dir, "chunks.json"), "utf8")) as StoredChunk[];
  const s1 = sample();
  const lexical = LexicalIndex.fromJSON(readFileSync(join(dir, "lexical.json"), "utf8"));
  const s2 = sample();
  const textChars = chunks.reduce((sum, c) => sum + c.text.length, 0);
  return {
    chunks: chunks.length,
    lexicalDocs: lexical.size,
    avgTextChars: round(textChars / chunks.length, 0),
    files: { chunksMb: mb(size("chunks.json")), lexicalMb: mb(size("lexical.json")), vectorsMb: mb(size("vectors.hnsw")) },
    chunksHeapKbPerChunk: round((s1.heap - s0.heap) / 1024 / chunks.length, 2),
    lexicalHeapKbPerChunk: round((s2.heap - s1.heap) / 1024 / chunks.length, 2),
  };
}

/** A synthetic chunk in the stored shape (a Pasal of a regulation, 100 a document). */
function syntheticChunk(text: string, i: number): StoredChunk {
  const docId = `sintetis-${Math.floor(i / 100)}-2025`;
  const pasal = String((i % 100) + 1);
  const title = `Peraturan Sintetis ${Math.floor(i / 100)}`;
  return {
    id: `${docId}#pasal-${pasal}`,
    docId,
    title,
    headingPath: [`Pasal ${pasal}`],
    pasal,
    ayat: null,
    label: `${title}, Pasal ${pasal}`,
    text,
    digest: "0".repeat(64),
    vectorLabel: i,
    meta: { sourceType: "regulation", city: "kendari", status: "berlaku", opd: [], unit: "pasal" },
  };
}

/** Child: n synthetic chunks held as objects, then indexed by BM25 (the text share at scale). */
function syntheticText(n: number) {
  const gen = SyntheticCorpus.fromCorpus(join(REPO, "corpus"), 20261124);
  const s0 = sample();
  const chunks = Array.from({ length: n }, (_, i) => syntheticChunk(gen.chunk(), i));
  const s1 = sample();
  const t0 = performance.now();
  const lexical = LexicalIndex.build(chunks);
  const buildS = round((performance.now() - t0) / 1000, 1);
  const s2 = sample();
  const json = lexical.toJSON();
  const chunksJson = JSON.stringify(chunks);
  // What a replica's swap does on its event loop (CorpusIndex.load is synchronous).
  const t1 = performance.now();
  JSON.parse(chunksJson);
  const t2 = performance.now();
  LexicalIndex.fromJSON(json);
  const t3 = performance.now();
  return {
    n,
    avgTextChars: round(chunks.reduce((sum, c) => sum + c.text.length, 0) / n, 0),
    chunksHeapMb: mb(s1.heap - s0.heap),
    lexicalHeapMb: mb(s2.heap - s1.heap),
    lexicalBuildS: buildS,
    lexicalJsonMb: mb(json.length),
    chunksJsonMb: mb(chunksJson.length),
    chunksParseMs: round(t2 - t1, 0),
    lexicalLoadMs: round(t3 - t2, 0),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
  };
}

/** Runs one measurement of this file in a fresh Node process and returns its JSON. */
function child<T>(args: string[]): Promise<T> {
  return new Promise((done, fail) => {
    const p = spawn(process.execPath, ["--expose-gc", "--import", "tsx", SELF, ...args], { cwd: REPO, stdio: ["ignore", "pipe", "inherit"] });
    const kill = () => p.kill("SIGKILL");
    process.once("exit", kill);
    let out = "";
    p.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    p.on("error", fail);
    p.on("exit", (code) => {
      process.removeListener("exit", kill);
      if (code !== 0) return fail(new Error(`${args[0]} child exited with ${code}`));
      done(JSON.parse(out) as T);
    });
  });
}

async function main(): Promise<void> {
  const env = loadEnv({ ...process.env, EMBEDDINGS_PROVIDER: "local" });
  const hnsw = hnswOptions(env);
  const n = Number(process.env.HNSW_MEMORY_CHUNKS ?? 100_000);
  const dims = (process.env.HNSW_MEMORY_DIMS ?? "256,512,1536").split(",").map(Number);
  const only = process.env.HNSW_MEMORY_ONLY ?? "vectors,text";
  const log = (s: string) => console.error(`[hnsw-memory] ${s}`);
  const tmp = mkdtempSync(join(tmpdir(), "hnsw-memory-"));
  const machine = `${availableParallelism()} CPUs (${cpus()[0]?.model ?? "?"}), ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.versions.node}`;
  const result: Record<string, unknown> = { date: new Date().toISOString(), machine, hnsw, chunks: n };
  try {
    if (only.includes("vectors")) {
      const rows = [];
      for (const dim of dims) {
        const file = join(tmp, `d${dim}.hnsw`);
        log(`building ${n} vectors at ${dim} dimensions (M ${hnsw.m}, efConstruction ${hnsw.efConstruction})…`);
        const build = await child<ReturnType<typeof buildVectors>>(["build", String(dim), String(n), JSON.stringify(hnsw), file]);
        const load = await child<ReturnType<typeof loadVectors>>(["load", String(dim), String(n), JSON.stringify(hnsw), file]);
        rmSync(file, { force: true });
        rows.push({ dim, build, load, bytesPerVectorLoaded: Math.round((load.rssMb * 1024 * 1024) / n) });
      }
      result.vectors = rows;
    }
    if (only.includes("text")) {
      log("ingesting corpus/ into a temp directory…");
      const indexDir = join(tmp, "data", "index");
      const embedder = new LocalHashEmbedder({ dimensions: env.LOCAL_EMBEDDER_DIMENSIONS });
      await runIngest({ corpusDir: join(REPO, "corpus"), indexDir, embedder, hnsw, full: true, pdf: { cacheDir: null } });
      result.realIndex = await child<ReturnType<typeof loadText>>(["text", indexDir]);
      log(`indexing ${n} synthetic chunks with BM25…`);
      result.syntheticText = await child<ReturnType<typeof syntheticText>>(["synthetic", String(n)]);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(render(result));
  const outDir = join(REPO, "bench/results");
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `hnsw-memory-${String(result.date).replace(/:/g, "-").replace(/\..*$/, "")}.json`);
  writeFileSync(out, JSON.stringify(result, null, 2));
  console.log(`\nwrote ${out}`);
}

function render(r: Record<string, unknown>): string {
  const lines = [`hnsw-memory — ${r.date} — ${r.machine} — ${r.chunks} chunks, HNSW ${JSON.stringify(r.hnsw)}`];
  const vectors = r.vectors as
    | Array<{ dim: number; build: ReturnType<typeof buildVectors>; load: ReturnType<typeof loadVectors>; bytesPerVectorLoaded: number }>
    | undefined;
  for (const v of vectors ?? [])
    lines.push(
      `dim ${String(v.dim).padEnd(5)} build ${v.build.buildS} s, RSS +${v.build.rssMb} MB (heap +${v.build.heapMb} MB, peak ${v.build.peakRssMb} MB); ` +
        `file ${v.build.fileMb} MB; loaded in ${v.load.loadMs} ms: RSS +${v.load.rssMb} MB (heap +${v.load.heapMb} MB) = ${v.bytesPerVectorLoaded} B/vector`,
    );
  if (r.realIndex) lines.push(`real index (corpus/): ${JSON.stringify(r.realIndex)}`);
  if (r.syntheticText) lines.push(`synthetic text: ${JSON.stringify(r.syntheticText)}`);
  return lines.join("\n");
}

const [mode, ...args] = process.argv.slice(2);
const print = (x: unknown) => process.stdout.write(JSON.stringify(x));
if (process.argv[1] === SELF && mode) {
  const hnsw = () => JSON.parse(args[2]!) as HnswOptions;
  if (mode === "build") print(buildVectors(Number(args[0]), Number(args[1]), hnsw(), args[3]!));
  else if (mode === "load") print(loadVectors(Number(args[0]), hnsw(), args[3]!));
  else if (mode === "text") print(loadText(args[0]!));
  else if (mode === "synthetic") print(syntheticText(Number(args[0])));
  else throw new Error(`unknown mode ${mode}`);
} else if (process.argv[1] === SELF) {
  main().catch((err: unknown) => {
    console.error((err as Error).stack ?? String(err));
    process.exit(1);
  });
}
