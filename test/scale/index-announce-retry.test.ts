import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runIngest } from "../../ingest/run.js";
import { LiveIndex } from "../../src/index/live-index.js";
import { followIndex, indexChannel, publishIndexVersion } from "../../src/scale/index-notify.js";
import { embedder, HNSW, tempWorkspace } from "../helpers/corpus.js";
import { redisAvailable, redisScope } from "./redis-helper.js";

const available = await redisAvailable();

describe.skipIf(!available)("an announced index version on a shared volume that lags", () => {
  const ws = tempWorkspace();
  const scope = redisScope();
  afterAll(async () => {
    await scope.cleanup();
    ws.cleanup();
  });

  it("is loaded once the volume shows it, without waiting for a poll", async () => {
    await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW });
    const live = new LiveIndex(ws.index, embedder, HNSW);
    const first = live.reload()!.version!;
    const follower = followIndex(live, { redis: await scope.client(), channel: indexChannel(scope.prefix), pollMs: 0 });
    await follower.ready;
    // A new version is written, but this replica's view of the volume still shows the old CURRENT.
    const file = join(ws.corpus, "services", "kia.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^(\s*biaya:\s*).*$/m, '$1"Rp 7.500 per kartu."'));
    const second = (await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW })).version!;
    writeFileSync(join(ws.index, "CURRENT"), first);
    await publishIndexVersion(await scope.client(), indexChannel(scope.prefix))(second);
    await new Promise((r) => setTimeout(r, 400));
    expect(live.get()?.version).toBe(first);
    // The volume catches up; the replica, still retrying the announcement, swaps within a second.
    writeFileSync(join(ws.index, "CURRENT"), second);
    const started = Date.now();
    while (live.get()?.version !== second && Date.now() - started < 3_000) await new Promise((r) => setTimeout(r, 50));
    expect(live.get()?.version).toBe(second);
    await follower.stop();
  });
});
