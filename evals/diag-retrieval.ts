/**
 * `tsx evals/diag-retrieval.ts <dataset.jsonl>...`: retrieval-only diagnostics (no composer):
 * where the gold Pasal or service component ranks in `retrieve()`'s hits, for tuning against the
 * tune split only.
 */
import { readFileSync } from "node:fs";
import { ensureIndex } from "../ingest/ensure.js";
import { loadEnv } from "../src/config/env.js";
import { retrieve } from "../src/retrieval/hybrid.js";
import { createServices, retrievalConfig } from "../src/services.js";
import { openDatabase } from "../src/store/database.js";
import { parseDataset } from "./schema.js";

const env = loadEnv({ ...process.env, RETRIEVAL_TOP_K: process.env.RETRIEVAL_TOP_K ?? "30" });
const services = createServices(env, { db: openDatabase(":memory:") });
await ensureIndex(services, () => undefined);
const cfg = retrievalConfig(env);
const verbose = process.argv.includes("-v");
for (const file of process.argv.slice(2).filter((a) => !a.startsWith("-"))) {
  const items = parseDataset(readFileSync(file, "utf8")).filter((i) => i.kind === "answerable" && i.expect.doc);
  const ranks: Array<number | null> = [];
  for (const item of items) {
    const r = await retrieve(services.index.get()!, services.embedder, { question: item.question }, cfg);
    const { doc, pasal, component } = item.expect;
    const idx = r.hits.findIndex(
      (h) => h.chunk.docId === doc && (pasal == null || h.chunk.pasal === pasal) && (component == null || h.chunk.meta.component === component),
    );
    ranks.push(idx >= 0 ? idx + 1 : null);
    if (verbose && idx !== 0)
      console.log(
        `${item.id} rank=${idx >= 0 ? idx + 1 : "-"} ev=${r.evidence.toFixed(2)} :: ${item.question.slice(0, 110)}\n   gold ${doc} ${pasal ?? component ?? ""} | top: ${r.hits
          .slice(0, 3)
          .map(
            (h) =>
              `${h.chunk.label.replace(/^(Peraturan|Standar Pelayanan)\s*/, "").slice(0, 60)}${h.chunk.meta.component ? "/" + h.chunk.meta.component : ""}`,
          )
          .join(" ; ")}`,
      );
  }
  const at = (k: number) => (ranks.filter((x) => x !== null && x <= k).length / ranks.length).toFixed(3);
  console.log(`${file}: n=${ranks.length} r@1 ${at(1)} r@3 ${at(3)} r@5 ${at(5)} r@10 ${at(10)} r@30 ${at(30)}`);
}
