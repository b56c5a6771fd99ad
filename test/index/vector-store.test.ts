import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../ingest/run.js";
import { loadEnv } from "../../src/config/env.js";
import { CorpusIndex } from "../../src/index/corpus-index.js";
import { type LabelScore, loadHnswVectors, type VectorStore } from "../../src/index/hnsw.js";
import { retrieve } from "../../src/retrieval/hybrid.js";
import { retrievalConfig } from "../../src/services.js";
import { embedder, HNSW, tempWorkspace } from "../helpers/corpus.js";

/** A store that answers over the network, as pgvector would: every search resolves later. */
function remoteStore(inner: VectorStore, searches: number[][]): VectorStore {
  return {
    dimensions: inner.dimensions,
    get size() {
      return inner.size;
    },
    get tombstones() {
      return inner.tombstones;
    },
    add: (label, vector) => inner.add(label, vector),
    remove: (label) => inner.remove(label),
    vector: (label) => inner.vector(label),
    save: (path) => inner.save(path),
    search: async (query, k): Promise<LabelScore[]> => {
      searches.push(query);
      await new Promise((r) => setTimeout(r, 5));
      return inner.search(query, k);
    },
  };
}

describe("VectorStore: another vector store is a drop-in for hnswlib", () => {
  const ws = tempWorkspace();
  let local: CorpusIndex;
  beforeAll(async () => {
    await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW });
    local = CorpusIndex.load(ws.index, embedder, HNSW)!;
  });
  afterAll(() => ws.cleanup());

  it("answers retrieval from an asynchronous store exactly as from the embedded one", async () => {
    const searches: number[][] = [];
    // The loader a pgvector deployment would pass (ServiceOverrides.vectors / LiveIndex): here it wraps the version's graph.
    const remote = CorpusIndex.load(ws.index, embedder, HNSW, (dir, manifest, hnsw) => remoteStore(loadHnswVectors(dir, manifest, hnsw), searches))!;
    expect(remote.vectors).not.toBe(local.vectors);
    const cfg = retrievalConfig(loadEnv({}));
    for (const question of ["berapa lama pembuatan akta kelahiran?", "what are the requirements for a new ID card?"]) {
      const fromLocal = await retrieve(local, embedder, { question }, cfg);
      const fromRemote = await retrieve(remote, embedder, { question }, cfg);
      expect(fromRemote.hits.map((h) => h.chunk.id)).toEqual(fromLocal.hits.map((h) => h.chunk.id));
      expect(fromRemote.hits.length).toBeGreaterThan(0);
    }
    expect(searches).toHaveLength(2);
  });
});
