/**
 * `npm run ingest [-- --full] [--json]`: refresh the index from `corpus/` incrementally.
 * Prints {added, updated, unchanged, removed}; exits 1 when any file was skipped.
 */
import { SingleBar, Presets } from "cli-progress";
import { loadEnv } from "../src/config/env.js";
import { dataPaths } from "../src/config/paths.js";
import { createEmbedder, hnswOptions } from "../src/index/embedders/from-env.js";
import { pdfLimitsFromEnv } from "../src/pdf/extract.js";
import { indexChannel, publishIndexVersion } from "../src/scale/index-notify.js";
import { connectRedis } from "../src/scale/redis.js";
import { runIngest } from "./run.js";
import { INGEST_LOCK, whileLocked } from "../src/scale/lock.js";

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  const env = loadEnv();
  const paths = dataPaths(env);
  const embedder = createEmbedder(env);
  const bar =
    process.stderr.isTTY && !args.has("--json")
      ? new SingleBar({ format: "embedding {bar} {value}/{total} chunks", stream: process.stderr }, Presets.shades_classic)
      : null;
  let started = false;
  // With REDIS_URL, running servers hear of the new version at once; without it they watch CURRENT.
  const redis = env.REDIS_URL ? await connectRedis({ url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX }) : undefined;
  // One writer of the shared index directory at a time: a re-index job or another ingest finishes first.
  const report = await whileLocked(redis, INGEST_LOCK, () =>
    runIngest({
      corpusDir: paths.corpus,
      indexDir: paths.index,
      embedder,
      hnsw: hnswOptions(env),
      full: args.has("--full"),
      batchSize: env.EMBEDDINGS_BATCH_SIZE,
      pdf: { limits: pdfLimitsFromEnv(env) },
      onProgress: (done, total) => {
        if (!bar || total === 0) return;
        if (!started) bar.start(total, 0), (started = true);
        bar.update(done);
      },
      ...(redis ? { publish: publishIndexVersion(redis, indexChannel(env.REDIS_KEY_PREFIX)) } : {}),
      probe: process.env.INGEST_CRASH_AT ? (step) => step === process.env.INGEST_CRASH_AT && process.kill(process.pid, "SIGKILL") : undefined,
    }),
  );
  if (started) bar?.stop();
  await redis?.quit();
  if (report.publishError) console.error(`index written but not announced: ${report.publishError}`);
  if (args.has("--json")) {
    console.log(JSON.stringify(report));
  } else {
    if (report.rebuiltBecause) console.error(`Full rebuild: ${report.rebuiltBecause}`);
    for (const p of report.problems) console.error(`SKIPPED ${p.file}: ${p.problem}`);
    console.log(JSON.stringify(report.counts));
    console.log(
      `index ${report.version ?? "(none)"}: ${report.documentCount} documents, ${report.chunkCount} chunks, ${report.durationMs} ms (embedder ${embedder.id})`,
    );
  }
  return report.problems.length > 0 || report.publishError ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`ingest failed: ${(err as Error).message}`);
    process.exit(2);
  },
);
