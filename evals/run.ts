/**
 * `npm run eval -- [--dataset a.jsonl ...] [--json out.json] [--failures]`: runs every question of
 * each dataset through the same engine as `POST /api/chat` (a fresh session each) and prints one
 * table: a row per dataset with hit@1, hit@5, MRR, answered rate, refusal accuracy, violations and
 * latency. Without `--dataset` it runs the regression sets and the tune split. The sealed split
 * (`sealed-c`, `-f`, `-n`, `-o`, `-ad`, `-am`, `-at`, `-ax`, `-ba`, `-bd`, `-bi`, `-bl`, `-bo`, `-bp`, `-bu`, `-bz`, `-cc`, `-cf`, `-ch`, `-cm`, `-cq`, `-cr`, `-cz`, `-dd`, `-dh`, `-dm`, `-dr`, `-ea`, `-ek`) runs only with `--sealed`, and each such run is appended to `evals/sealed-runs.md`.
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { ensureIndex } from "../ingest/ensure.js";
import { createComposer } from "../src/answer/composers/from-env.js";
import { loadEnv } from "../src/config/env.js";
import { createServices } from "../src/services.js";
import { openDatabase } from "../src/store/database.js";
import { type ItemResult, scoreItem, type Summary, summarize } from "./metrics.js";
import { parseDataset } from "./schema.js";

const REGRESSION = [
  "evals/datasets/dev.jsonl",
  "evals/datasets/holdout-sim.jsonl",
  "evals/datasets/tune-a.jsonl",
  "evals/datasets/tune-b.jsonl",
  "evals/datasets/tune-d.jsonl",
  "evals/datasets/tune-e.jsonl",
  "evals/datasets/tune-g.jsonl",
  "evals/datasets/tune-h.jsonl",
  "evals/datasets/tune-i.jsonl",
  "evals/datasets/tune-j.jsonl",
  "evals/datasets/tune-k.jsonl",
  "evals/datasets/tune-l.jsonl",
  "evals/datasets/tune-m.jsonl",
  "evals/datasets/tune-p.jsonl",
  "evals/datasets/tune-q.jsonl",
  "evals/datasets/tune-r.jsonl",
  "evals/datasets/tune-s.jsonl",
  "evals/datasets/tune-t.jsonl",
  "evals/datasets/tune-u.jsonl",
  "evals/datasets/tune-v.jsonl",
  "evals/datasets/tune-w.jsonl",
  "evals/datasets/tune-x.jsonl",
  "evals/datasets/tune-y.jsonl",
  "evals/datasets/tune-z.jsonl",
  "evals/datasets/tune-aa.jsonl",
  "evals/datasets/tune-ab.jsonl",
  "evals/datasets/tune-ac.jsonl",
  "evals/datasets/tune-ae.jsonl",
  "evals/datasets/tune-af.jsonl",
  "evals/datasets/tune-ag.jsonl",
  "evals/datasets/tune-ah.jsonl",
  "evals/datasets/tune-ai.jsonl",
  "evals/datasets/tune-aj.jsonl",
  "evals/datasets/tune-ak.jsonl",
  "evals/datasets/tune-al.jsonl",
  "evals/datasets/tune-an.jsonl",
  "evals/datasets/tune-ao.jsonl",
  "evals/datasets/tune-ap.jsonl",
  "evals/datasets/tune-aq.jsonl",
  "evals/datasets/tune-ar.jsonl",
  "evals/datasets/tune-as.jsonl",
  "evals/datasets/tune-au.jsonl",
  "evals/datasets/tune-av.jsonl",
  "evals/datasets/tune-aw.jsonl",
  "evals/datasets/tune-ay.jsonl",
  "evals/datasets/tune-az.jsonl",
  "evals/datasets/tune-bb.jsonl",
  "evals/datasets/tune-bc.jsonl",
  "evals/datasets/tune-be.jsonl",
  "evals/datasets/tune-bf.jsonl",
  "evals/datasets/tune-bg.jsonl",
  "evals/datasets/tune-bh.jsonl",
  "evals/datasets/tune-bj.jsonl",
  "evals/datasets/tune-bk.jsonl",
  "evals/datasets/tune-bm.jsonl",
  "evals/datasets/tune-bn.jsonl",
  "evals/datasets/tune-bq.jsonl",
  "evals/datasets/tune-br.jsonl",
  "evals/datasets/tune-bs.jsonl",
  "evals/datasets/tune-bt.jsonl",
  "evals/datasets/tune-bv.jsonl",
  "evals/datasets/tune-bw.jsonl",
  "evals/datasets/tune-bx.jsonl",
  "evals/datasets/tune-by.jsonl",
  "evals/datasets/tune-ca.jsonl",
  "evals/datasets/tune-cb.jsonl",
  "evals/datasets/tune-cd.jsonl",
  "evals/datasets/tune-ce.jsonl",
  "evals/datasets/tune-cg.jsonl",
  "evals/datasets/tune-ci.jsonl",
  "evals/datasets/tune-cj.jsonl",
  "evals/datasets/tune-ck.jsonl",
  "evals/datasets/tune-cl.jsonl",
  "evals/datasets/tune-cn.jsonl",
  "evals/datasets/tune-co.jsonl",
  "evals/datasets/tune-cp.jsonl",
  "evals/datasets/tune-cs.jsonl",
  "evals/datasets/tune-ct.jsonl",
  "evals/datasets/tune-cu.jsonl",
  "evals/datasets/tune-cv.jsonl",
  "evals/datasets/tune-cw.jsonl",
  "evals/datasets/tune-cx.jsonl",
  "evals/datasets/tune-cy.jsonl",
  "evals/datasets/tune-da.jsonl",
  "evals/datasets/tune-db.jsonl",
  "evals/datasets/tune-dc.jsonl",
  "evals/datasets/tune-de.jsonl",
  "evals/datasets/tune-df.jsonl",
  "evals/datasets/tune-dg.jsonl",
  "evals/datasets/tune-di.jsonl",
  "evals/datasets/tune-dj.jsonl",
  "evals/datasets/tune-dk.jsonl",
  "evals/datasets/tune-dl.jsonl",
  "evals/datasets/tune-dn.jsonl",
  "evals/datasets/tune-do.jsonl",
  "evals/datasets/tune-dp.jsonl",
  "evals/datasets/tune-dq.jsonl",
  "evals/datasets/tune-ds.jsonl",
  "evals/datasets/tune-dt.jsonl",
  "evals/datasets/tune-du.jsonl",
  "evals/datasets/tune-dv.jsonl",
  "evals/datasets/tune-dw.jsonl",
  "evals/datasets/tune-dx.jsonl",
  "evals/datasets/tune-dy.jsonl",
  "evals/datasets/tune-dz.jsonl",
  "evals/datasets/tune-eb.jsonl",
  "evals/datasets/tune-ec.jsonl",
  "evals/datasets/tune-ed.jsonl",
  "evals/datasets/tune-ee.jsonl",
  "evals/datasets/tune-ef.jsonl",
  "evals/datasets/tune-eg.jsonl",
  "evals/datasets/tune-eh.jsonl",
  "evals/datasets/tune-ei.jsonl",
  "evals/datasets/tune-ej.jsonl",
];
/** The sealed split: one writer each, never studied (`--failures` skips them). */
const SEALED = [
  "evals/datasets/sealed-c.jsonl",
  "evals/datasets/sealed-f.jsonl",
  "evals/datasets/sealed-n.jsonl",
  "evals/datasets/sealed-o.jsonl",
  "evals/datasets/sealed-ad.jsonl",
  "evals/datasets/sealed-am.jsonl",
  "evals/datasets/sealed-at.jsonl",
  "evals/datasets/sealed-ax.jsonl",
  "evals/datasets/sealed-ba.jsonl",
  "evals/datasets/sealed-bd.jsonl",
  "evals/datasets/sealed-bi.jsonl",
  "evals/datasets/sealed-bl.jsonl",
  "evals/datasets/sealed-bo.jsonl",
  "evals/datasets/sealed-bp.jsonl",
  "evals/datasets/sealed-bu.jsonl",
  "evals/datasets/sealed-bz.jsonl",
  "evals/datasets/sealed-cc.jsonl",
  "evals/datasets/sealed-cf.jsonl",
  "evals/datasets/sealed-ch.jsonl",
  "evals/datasets/sealed-cm.jsonl",
  "evals/datasets/sealed-cq.jsonl",
  "evals/datasets/sealed-cr.jsonl",
  "evals/datasets/sealed-cz.jsonl",
  "evals/datasets/sealed-dd.jsonl",
  "evals/datasets/sealed-dh.jsonl",
  "evals/datasets/sealed-dm.jsonl",
  "evals/datasets/sealed-dr.jsonl",
  "evals/datasets/sealed-ea.jsonl",
  "evals/datasets/sealed-ek.jsonl",
];

const args = process.argv.slice(2);
const many = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
const fmt = (x: number | null) => (x === null ? "    - " : x.toFixed(3).padStart(6));

interface Row {
  name: string;
  all: Summary;
  answerable: Summary;
  refusable: Summary;
}

/** The one table the README's quality section reports. */
export function table(rows: Row[]): string {
  const head = "dataset            n   hit@1  hit@5    MRR answered refusal mnm-viol  p50ms  p95ms";
  const lines = rows.map(({ name, all, answerable, refusable }) =>
    [
      name.padEnd(14),
      String(all.n).padStart(5),
      fmt(answerable.hit1),
      fmt(answerable.hit5),
      fmt(answerable.mrr),
      fmt(answerable.falseRefusals === null ? null : 1 - answerable.falseRefusals).padStart(8),
      fmt(refusable.refusalAccuracy).padStart(7),
      String(all.mustNotMentionViolations).padStart(8),
      all.p50Ms.toFixed(1).padStart(6),
      all.p95Ms.toFixed(1).padStart(6),
    ].join(" "),
  );
  return [head, ...lines].join("\n");
}

async function main(): Promise<number> {
  const sealed = args.includes("--sealed");
  const datasets = [...(many("--dataset").length ? many("--dataset") : REGRESSION), ...(sealed ? SEALED : [])];
  const env = loadEnv({ ...process.env, RATE_LIMIT_PER_MINUTE: "100000" });
  const services = createServices(env, { db: openDatabase(":memory:"), composer: createComposer(env) });
  await ensureIndex(services, (l) => console.error(l));
  const rows: Row[] = [];
  const all: Record<string, ItemResult[]> = {};
  for (const dataset of datasets) {
    const results: ItemResult[] = [];
    for (const item of parseDataset(readFileSync(dataset, "utf8"))) {
      const t0 = performance.now();
      const reply = await services.engine.answer({ message: item.question, lang: item.lang, channel: "eval" });
      results.push(scoreItem(item, reply, performance.now() - t0));
    }
    const name = dataset.replace(/^.*\//, "").replace(/\.jsonl$/, "");
    all[name] = results;
    rows.push({
      name,
      all: summarize(results),
      answerable: summarize(results.filter((r) => r.kind === "answerable")),
      refusable: summarize(results.filter((r) => r.kind !== "answerable")),
    });
  }
  const out = table(rows);
  console.log(`embedder ${services.embedder.id}, composer ${env.LLM_PROVIDER === "none" ? "extractive" : env.LLM_MODEL}`);
  console.log(out);
  if (args.includes("--failures")) {
    for (const [name, results] of Object.entries(all)) {
      if (name.startsWith("sealed-")) continue; // the sealed split is reported, never studied
      for (const r of results) {
        const bad = r.kind === "answerable" ? r.rank === null || !r.mentions : !r.refused || r.violation;
        if (bad) console.log(`FAIL ${r.id} [${r.kind}/${r.status}] rank=${r.rank} mention=${r.mentions} :: ${r.question}\n     -> ${r.citations.join(" | ")}`);
      }
    }
  }
  if (sealed) appendFileSync("evals/sealed-runs.md", `\n## ${new Date().toISOString()}\n\n\`\`\`\n${out}\n\`\`\`\n`);
  const json = many("--json")[0];
  if (json) writeFileSync(json, JSON.stringify({ rows, results: all }, null, 2));
  await services.db.destroy();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`eval failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
