import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIngest } from "../../ingest/run.js";
import { CorpusIndex } from "../../src/index/corpus-index.js";
import { LocalHashEmbedder } from "../../src/index/embedders/local.js";
import { IndexMismatchError } from "../../src/index/manifest.js";
import { embedder, HNSW, tempWorkspace } from "../helpers/corpus.js";

describe("incremental ingest", () => {
  let ws: ReturnType<typeof tempWorkspace>;
  const ingest = (extra: Partial<Parameters<typeof runIngest>[0]> = {}) =>
    runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW, ...extra });

  beforeEach(() => {
    ws = tempWorkspace();
  });
  afterEach(() => ws.cleanup());

  it("indexes the whole corpus on the first run and nothing on an unchanged second run", async () => {
    const first = await ingest();
    expect(first.problems).toEqual([]);
    expect(first.counts).toEqual({ added: first.chunkCount, updated: 0, unchanged: 0, removed: 0 });
    expect(first.documentCount).toBe(readdirSync(join(ws.corpus, "regulations")).length + readdirSync(join(ws.corpus, "services")).length);

    const second = await ingest();
    expect(second.counts).toEqual({ added: 0, updated: 0, unchanged: first.chunkCount, removed: 0 });
    expect(second.version).toBe(first.version);
  });

  it("re-embeds only the edited ayat and keeps its id", async () => {
    const first = await ingest();
    const file = join(ws.corpus, "regulations", "kendari-41-2021.md");
    const before = CorpusIndex.load(ws.index, embedder, HNSW)!.chunk("kendari-41-2021#pasal-14-ayat-8")!;
    const original = readFileSync(file, "utf8");
    const sentence = before.text
      .split("\n")
      .find((l) => l.startsWith("(8)"))!
      .slice(4, 40);
    expect(original).toContain(sentence);
    writeFileSync(file, original.replace(sentence, `${sentence} dan diperiksa oleh tim zamrud`));

    const second = await ingest();
    expect(second.counts).toEqual({ added: 0, updated: 1, unchanged: first.chunkCount - 1, removed: 0 });
    const after = CorpusIndex.load(ws.index, embedder, HNSW)!;
    expect(after.chunk("kendari-41-2021#pasal-14-ayat-8")!.text).toContain("dan diperiksa oleh tim zamrud");
    const hit = after.lexical.search("tim zamrud", 1).hits[0];
    expect(hit?.id).toBe("kendari-41-2021#pasal-14-ayat-8");
  });

  it("drops the chunks of a removed document", async () => {
    await ingest();
    const skck = CorpusIndex.load(ws.index, embedder, HNSW)!;
    const skckChunks = [...skck.chunks()].filter((c) => c.docId === "service:skck").length;
    expect(skckChunks).toBeGreaterThan(5);
    rmSync(join(ws.corpus, "services", "skck.yaml"));
    const second = await ingest();
    expect(second.counts.removed).toBe(skckChunks);
    expect(CorpusIndex.load(ws.index, embedder, HNSW)!.document("service:skck")).toBeUndefined();
  });

  it("names each bad file and its problem, indexes the rest, and keeps the last good version of a broken file", async () => {
    await ingest();
    const services = join(ws.corpus, "services");
    writeFileSync(join(services, "kia.yaml"), "id: kia\nnama: [unclosed\n");
    writeFileSync(join(services, "baru.yaml"), "id: layanan-baru\nnama: Layanan Baru\nopd: disdukcapil\nopd_nama: Disdukcapil\npersyaratan: [KTP]\n");
    writeFileSync(
      join(ws.corpus, "regulations", "tanpa-id.md"),
      "---\njenis: Peraturan Wali Kota\nnomor: 9\ntahun: 2025\njudul: Uji\ndaerah: Kota Kendari\n---\nPasal 1\nUji.\n",
    );
    writeFileSync(join(ws.corpus, "regulations", "rusak.pdf"), "%PDF-1.4 not really");
    writeFileSync(
      join(ws.corpus, "regulations", "rusak.yaml"),
      "id: kendari-8-2025\njenis: Peraturan Wali Kota\nnomor: 8\ntahun: 2025\njudul: Uji\ndaerah: Kota Kendari\n",
    );

    const report = await ingest();
    const problems = Object.fromEntries(report.problems.map((p) => [p.file.slice(ws.corpus.length + 1), p.problem]));
    expect(Object.keys(problems).sort()).toEqual(["regulations/rusak.pdf", "regulations/tanpa-id.md", "services/baru.yaml", "services/kia.yaml"]);
    expect(problems["services/kia.yaml"]).toMatch(/^invalid YAML: /);
    expect(problems["services/baru.yaml"]).toContain("prosedur: ");
    expect(problems["services/baru.yaml"]).toContain("biaya: ");
    expect(problems["regulations/tanpa-id.md"]).toBe("invalid metadata: id: Invalid input: expected string, received undefined");
    expect(problems["regulations/rusak.pdf"]).toBe("unreadable PDF: Invalid PDF structure.");
    const index = CorpusIndex.load(ws.index, embedder, HNSW)!;
    expect(index.document("service:kia")?.kind).toBe("service");
    expect(index.document("service:layanan-baru")).toBeUndefined();
  });

  it("leaves the previous index live and loadable when the write fails midway", async () => {
    const first = await ingest();
    writeFileSync(
      join(ws.corpus, "regulations", "kendari-37-2024.md"),
      readFileSync(join(ws.corpus, "regulations", "kendari-37-2024.md"), "utf8").replace("Chatina", "Chatina Baru"),
    );
    await expect(
      ingest({
        probe: (step) => {
          if (step === "lexical") throw new Error("disk full");
        },
      }),
    ).rejects.toThrow("disk full");
    const live = CorpusIndex.load(ws.index, embedder, HNSW)!;
    expect(live.version).toBe(first.version);
    expect(live.size).toBe(first.chunkCount);
    expect([...live.chunks()].some((c) => c.text.includes("Chatina Baru"))).toBe(false);

    const retry = await ingest();
    expect(retry.counts.updated).toBeGreaterThan(0);
    expect(readdirSync(ws.index).filter((n) => n.endsWith(".partial"))).toEqual([]);
  });

  it("refuses an index built by another embedder with a message to re-run the ingest, and rebuilds on ingest", async () => {
    await ingest();
    const other = new LocalHashEmbedder({ dimensions: 128 });
    expect(() => CorpusIndex.load(ws.index, other, HNSW)).toThrow(IndexMismatchError);
    expect(() => CorpusIndex.load(ws.index, other, HNSW)).toThrow(
      `The index was built with embedder "${embedder.id}" (256 dimensions), but the service is configured with "${other.id}" (128 dimensions). Re-run the ingest with the current settings: npm run ingest -- --full`,
    );
    const rebuilt = await ingest({ embedder: other });
    expect(rebuilt.rebuiltBecause).toContain(embedder.id);
    expect(rebuilt.counts.added).toBe(rebuilt.chunkCount);
    expect(CorpusIndex.load(ws.index, other, HNSW)?.size).toBe(rebuilt.chunkCount);
  });
});
