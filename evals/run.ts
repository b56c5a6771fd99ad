/**
 * `npm run eval -- --dataset evals/datasets/dev.jsonl [--json out.json] [--failures]`: runs every
 * question through the same engine as `POST /api/chat` (a fresh session each) and prints
 * hit@1, hit@5, MRR, must_mention, refusal accuracy, must_not_mention violations and latency.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { ensureIndex } from "../ingest/ensure.js";
import { loadEnv } from "../src/config/env.js";
import { createComposer } from "../src/answer/composers/from-env.js";
import { createServices } from "../src/services.js";
import { openDatabase } from "../src/store/database.js";
import { scoreItem, summarize, type ItemResult, type Summary } from "./metrics.js";
import { parseDataset } from "./schema.js";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const fmt = (x: number | null) => (x === null ? "   -  " : x.toFixed(3).padStart(6));

function table(rows: Array<[string, Summary]>): string {
  const head = "kind           n   hit@1  hit@5    MRR  mention refusal falseRef  mnm-viol  p50ms  p95ms";
  const lines = rows.map(([k, s]) =>
    [k.padEnd(12), String(s.n).padStart(4), fmt(s.hit1), fmt(s.hit5), fmt(s.mrr), fmt(s.mustMention), fmt(s.refusalAccuracy), fmt(s.falseRefusals), String(s.mustNotMentionViolations).padStart(9), s.p50Ms.toFixed(1).padStart(6), s.p95Ms.toFixed(1).padStart(6)].join(" "),
  );
  return [head, ...lines].join("\n");
}

async function main(): Promise<number> {
  const dataset = arg("--dataset") ?? "evals/datasets/dev.jsonl";
  const items = parseDataset(readFileSync(dataset, "utf8"));
  const env = loadEnv({ RATE_LIMIT_PER_MINUTE: "100000", ...process.env });
  const services = createServices(env, { db: openDatabase(":memory:"), composer: createComposer(env) });
  await ensureIndex(services, (l) => console.error(l));
  const results: ItemResult[] = [];
  for (const item of items) {
    const t0 = performance.now();
    const reply = await services.engine.answer({ message: item.question, lang: item.lang, channel: "eval" });
    results.push(scoreItem(item, reply, performance.now() - t0));
  }
  const kinds = ["answerable", "out_of_scope", "adversarial"] as const;
  const rows: Array<[string, Summary]> = [...kinds.map((k) => [k, summarize(results.filter((r) => r.kind === k))] as [string, Summary]), ["overall", summarize(results)]];
  console.log(`dataset ${dataset} (${items.length} questions), embedder ${services.embedder.id}, composer ${env.LLM_PROVIDER === "none" ? "extractive" : env.LLM_MODEL}`);
  console.log(table(rows));
  if (process.argv.includes("--failures")) {
    for (const r of results) {
      const bad = r.kind === "answerable" ? r.rank === null || !r.mentions : !r.refused || r.violation;
      if (bad) console.log(`FAIL ${r.id} [${r.kind}/${r.status}] rank=${r.rank} mention=${r.mentions} :: ${r.question}\n     -> ${r.citations.join(" | ")}`);
    }
  }
  const out = arg("--json");
  if (out) writeFileSync(out, JSON.stringify({ dataset, embedder: services.embedder.id, summary: Object.fromEntries(rows), results }, null, 2));
  services.db.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`eval failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
