import type { Services } from "../src/services.js";
import { hnswOptions } from "../src/index/embedders/from-env.js";
import { IndexMismatchError } from "../src/index/manifest.js";
import { pdfLimitsFromEnv } from "../src/pdf/extract.js";
import { runIngest, type IngestReport } from "./run.js";

/**
 * Loads the published index version into the live service, without building anything. False when
 * there is none yet or it was built for another embedder (then `ensureIndex` builds one).
 *
 * @example
 * if (!loadPublishedIndex(services)) await ensureIndex(services);
 */
export function loadPublishedIndex(services: Pick<Services, "index">): boolean {
  try {
    return services.index.reload() !== null;
  } catch (err) {
    if (err instanceof IndexMismatchError) return false;
    throw err;
  }
}

/**
 * Loads the index, building it from the corpus first when there is none (a fresh machine), and
 * swaps it into the live service. Returns the ingest report when a build ran.
 *
 * @example
 * await ensureIndex(services); services.index.get()?.size; // 504
 */
export async function ensureIndex(services: Services, log: (line: string) => void = () => {}): Promise<IngestReport | null> {
  try {
    if (services.index.reload()) return null;
    log("No index yet: building it from the corpus…");
  } catch (err) {
    if (!(err instanceof IndexMismatchError)) throw err;
    log(`${err.message}\nRebuilding the index now…`);
  }
  const report = await runIngest({
    corpusDir: services.paths.corpus,
    indexDir: services.paths.index,
    embedder: services.embedder,
    hnsw: hnswOptions(services.env),
    batchSize: services.env.EMBEDDINGS_BATCH_SIZE,
    pdf: { limits: pdfLimitsFromEnv(services.env) },
  });
  for (const p of report.problems) log(`SKIPPED ${p.file}: ${p.problem}`);
  log(`Index built: ${report.documentCount} documents, ${report.chunkCount} chunks in ${report.durationMs} ms.`);
  services.index.reload();
  return report;
}
