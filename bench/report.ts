import type { ApiReport } from "./api.js";
import type { IngestBenchReport } from "./ingest.js";
import type { RetrievalReport } from "./retrieval.js";
import type { ScaleReport } from "./scale.js";

/** Everything one `npm run bench` measured; written as JSON and rendered as the table. */
export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memGb: number; node: string; platform: string };
  config: { durationS: number; concurrency: number[]; scaleChunks: number; embedder: string };
  retrieval?: RetrievalReport;
  api?: ApiReport;
  ingest?: IngestBenchReport;
  scale?: ScaleReport;
  targets: Target[];
  totalMs: number;
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  pass: boolean;
  /** False when the run was too small to judge (e.g. BENCH_SCALE_CHUNKS below 100k): printed as n/a. */
  applicable?: boolean;
}

const f = (x: number, d = 3) => x.toFixed(d);
const pad = (cells: Array<string | number>, widths: number[]) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 10)).join(" ");

/**
 * Checks the targets of issue 8 against the results (only for the sections that ran).
 *
 * @example
 * targets(results).filter((t) => !t.pass); // the MISSes
 */
export function targets(r: Omit<BenchResults, "targets" | "totalMs">): Target[] {
  const out: Target[] = [];
  if (r.retrieval) {
    const ours = r.retrieval.rows[0]!;
    const stock = r.retrieval.rows[1]!;
    const gain = (ours.hit5 - stock.hit5) * 100;
    out.push({
      name: "retrieval hit@5 vs stock LangChain",
      goal: ">= +15 points",
      measured: `${gain >= 0 ? "+" : ""}${gain.toFixed(1)} points (${f(ours.hit5)} vs ${f(stock.hit5)})`,
      pass: gain >= 15,
    });
  }
  if (r.api) {
    const c16 = r.api.rows.find((x) => x.connections === 16 && x.route === "POST /api/chat");
    if (c16) out.push({ name: "/api/chat p99 at concurrency 16", goal: "<= 50 ms", measured: `${c16.p99Ms} ms`, pass: c16.p99Ms <= 50 });
    const ratio = r.api.chatToTrivialRatio["c16"];
    if (ratio !== undefined)
      out.push({ name: "chat throughput / trivial route (c16)", goal: ">= 30%", measured: `${(ratio * 100).toFixed(1)}%`, pass: ratio >= 0.3 });
  }
  if (r.ingest) {
    out.push({
      name: "incremental refresh of one document",
      goal: "<= 2 s",
      measured: `${(r.ingest.refresh.ms / 1000).toFixed(2)} s`,
      pass: r.ingest.refresh.ms <= 2000,
    });
  }
  if (r.scale) {
    const at = r.scale.results.filter((x) => x.ef === r.scale!.hnsw.efSearch);
    const p99 = Math.max(...at.map((x) => x.p99Ms));
    const rec = Math.min(...at.map((x) => x.recallAt10));
    const note = r.scale.chunks === 100_000 ? "" : ` [only ${r.scale.chunks} chunks]`;
    out.push({
      name: `${r.scale.chunks}-chunk query p99 (ef ${r.scale.hnsw.efSearch})`,
      goal: "<= 20 ms",
      measured: `${p99} ms${note}`,
      pass: p99 <= 20,
      applicable: !note,
    });
    out.push({
      name: `${r.scale.chunks}-chunk recall@10 (ef ${r.scale.hnsw.efSearch}, worst set)`,
      goal: ">= 0.95",
      measured: `${rec}${note}`,
      pass: rec >= 0.95,
      applicable: !note,
    });
  }
  return out;
}

/** Renders the results as the plain-text table printed by `npm run bench` (and pasted in docs). */
export function renderTable(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(
    `npm run bench — ${r.date} — ${r.machine.cpus} CPUs (${r.machine.cpuModel}), ${r.machine.memGb} GB, Node ${r.machine.node}, embedder ${r.config.embedder}`,
  );
  if (r.retrieval) {
    const w = [34, 6, 7, 7, 7, 9, 9];
    lines.push("", `1. Retrieval — ${r.retrieval.dataset}, ${r.retrieval.questions} answerable questions (gold doc + pasal)`);
    lines.push(pad(["system", "chunks", "hit@1", "hit@5", "MRR@10", "p50 ms", "p99 ms"], w));
    for (const x of r.retrieval.rows) lines.push(pad([x.system, x.chunks, f(x.hit1), f(x.hit5), f(x.mrr), f(x.p50Ms, 2), f(x.p99Ms, 2)], w));
  }
  if (r.api) {
    const w = [16, 5, 9, 8, 8, 9, 7, 7];
    lines.push(
      "",
      `2. API — real server in its own process (startup + index build ${r.api.startupMs} ms), autocannon ${r.config.durationS} s per row, ${r.api.questions} rotating questions`,
    );
    lines.push(pad(["route", "conc", "req/s", "p50 ms", "p99 ms", "requests", "errors", "non2xx"], w));
    for (const x of r.api.rows) lines.push(pad([x.route, x.connections, f(x.reqPerSec, 1), x.p50Ms, x.p99Ms, x.requests, x.errors, x.non2xx], w));
    lines.push(
      `chat / trivial throughput: ${Object.entries(r.api.chatToTrivialRatio)
        .map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`)
        .join(", ")}`,
    );
  }
  if (r.ingest) {
    const g = r.ingest;
    const c = (x: typeof g.full.counts) => `+${x.added} ~${x.updated} =${x.unchanged} -${x.removed}`;
    lines.push("", "3. Ingest — private copy of corpus/ (counts: +added ~updated =unchanged -removed)");
    lines.push(
      `full build     ${f(g.full.ms, 0).padStart(6)} ms  ${g.full.documentCount} docs, ${g.full.chunkCount} chunks, ${g.full.chunksPerSecond} chunks/s  [${c(g.full.counts)}]`,
    );
    lines.push(`no-change run  ${f(g.noop.ms, 0).padStart(6)} ms  [${c(g.noop.counts)}]`);
    lines.push(`refresh 1 doc  ${f(g.refresh.ms, 0).padStart(6)} ms  edited ${g.refresh.editedFile}  [${c(g.refresh.counts)}]`);
  }
  if (r.scale) {
    const s = r.scale;
    lines.push(
      "",
      `4. Scale — ${s.chunks} synthetic chunks (${s.vocabulary} corpus words, ${s.topics} corpus passages as topics), dim ${s.dimensions}, HNSW M ${s.hnsw.m} efC ${s.hnsw.efConstruction}, ef ${s.hnsw.efSearch}`,
    );
    lines.push(`embed ${s.embedMs} ms (${s.embedPerChunkUs} µs/chunk); index build ${s.buildMs} ms; query embed p50 ${s.embedQueryP50Ms} ms`);
    lines.push(
      `peak RSS of the scale process (its own child): ${s.maxRssMbBefore} MB at start, ${s.maxRssMbAfterBuild} MB after build + queries, ${s.maxRssMbEnd} MB with the exact index`,
    );
    const w = [14, 5, 9, 9, 10];
    lines.push(
      pad(["query set", "ef", "p50 ms", "p99 ms", "recall@10"], w) + `  (${s.queries} timed queries, recall over ${s.recallQueries} vs BruteforceSearch)`,
    );
    for (const x of s.results) lines.push(pad([x.set, x.ef, f(x.p50Ms), f(x.p99Ms), f(x.recallAt10, 4)], w));
    if (s.hybrid)
      lines.push(
        `hybrid retrieve() over a ${s.chunks}-chunk CorpusIndex (BM25 build ${s.hybrid.lexicalBuildMs} ms): p50 ${s.hybrid.p50Ms} ms, p99 ${s.hybrid.p99Ms} ms over ${s.hybrid.queries} on-topic queries`,
      );
  }
  lines.push("", "Targets");
  for (const t of r.targets)
    lines.push(`${t.applicable === false ? "n/a " : t.pass ? "PASS" : "MISS"}  ${t.name.padEnd(44)} goal ${t.goal.padEnd(14)} measured ${t.measured}`);
  lines.push(`(total ${(r.totalMs / 1000).toFixed(0)} s)`);
  return lines.join("\n");
}
