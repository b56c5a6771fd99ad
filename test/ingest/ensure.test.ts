import { afterAll, describe, expect, it } from "vitest";
import { loadPublishedIndex } from "../../ingest/ensure.js";
import { runIngest } from "../../ingest/run.js";
import { LocalHashEmbedder } from "../../src/index/embedders/local.js";
import { LiveIndex } from "../../src/index/live-index.js";
import { embedder, HNSW, tempWorkspace } from "../helpers/corpus.js";

describe("loading the published index at start-up (no build, no lock)", () => {
  const ws = tempWorkspace();
  afterAll(() => ws.cleanup());

  it("is false with no version yet, true once one is published, and false for another embedder's version", async () => {
    const live = new LiveIndex(ws.index, embedder, HNSW);
    expect(loadPublishedIndex({ index: live })).toBe(false);
    await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW });
    expect(loadPublishedIndex({ index: live })).toBe(true);
    expect(live.get()?.size).toBeGreaterThan(0);
    const other = new LiveIndex(ws.index, new LocalHashEmbedder({ dimensions: 128 }), HNSW);
    expect(loadPublishedIndex({ index: other })).toBe(false);
    expect(other.get()).toBeNull();
  });
});
