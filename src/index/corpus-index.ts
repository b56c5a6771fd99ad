import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type HnswOptions, loadHnswVectors, VECTORS_FILE, type VectorStore, type VectorStoreLoader } from "./hnsw.js";
import { LexicalIndex } from "./lexical.js";
import { beginVersion, commitVersion, currentVersion, newVersionName, pruneVersions, writeFileDurable } from "./files.js";
import { assertCompatible, INDEX_FORMAT_VERSION, type DocumentRecord, type Manifest, type StoredChunk } from "./manifest.js";

const FILES = {
  manifest: "manifest.json",
  chunks: "chunks.json",
  documents: "documents.json",
  vectors: VECTORS_FILE,
  lexical: "lexical.json",
} as const;

/** Hook for tests: called between the steps of a write, so a crash can be simulated at any step. */
export type WriteProbe = (step: "chunks" | "vectors" | "lexical" | "manifest" | "commit") => void;

/**
 * One loaded, immutable index version: chunks, source documents, the vector graph and the
 * BM25 index. The running service swaps whole instances; it never edits one in place.
 *
 * @example
 * const index = CorpusIndex.load("data/index", embedder, hnswOptions);
 * index?.chunk("kendari-37-2024#pasal-7-ayat-1")?.label;
 */
export class CorpusIndex {
  private readonly byId: Map<string, StoredChunk>;
  private readonly byLabel: Map<number, StoredChunk>;
  private readonly docs: Map<string, DocumentRecord>;

  constructor(
    readonly manifest: Manifest,
    chunks: StoredChunk[],
    documents: DocumentRecord[],
    readonly vectors: VectorStore,
    readonly lexical: LexicalIndex,
    readonly version: string | null = null,
  ) {
    this.byId = new Map(chunks.map((c) => [c.id, c]));
    this.byLabel = new Map(chunks.map((c) => [c.vectorLabel, c]));
    this.docs = new Map(documents.map((d) => [d.docId, d]));
  }

  chunk(id: string): StoredChunk | undefined {
    return this.byId.get(id);
  }

  chunkByLabel(label: number): StoredChunk | undefined {
    return this.byLabel.get(label);
  }

  chunks(): IterableIterator<StoredChunk> {
    return this.byId.values();
  }

  document(docId: string): DocumentRecord | undefined {
    return this.docs.get(docId);
  }

  documents(): DocumentRecord[] {
    return [...this.docs.values()];
  }

  get size(): number {
    return this.byId.size;
  }

  /** Loads the current version under `root`, or returns null when there is none yet. */
  static load(
    root: string,
    embedder: { id: string; dimensions: number },
    hnsw: HnswOptions,
    loadVectors: VectorStoreLoader = loadHnswVectors,
  ): CorpusIndex | null {
    const version = currentVersion(root);
    if (!version) return null;
    const dir = join(root, version);
    const manifest = JSON.parse(readFileSync(join(dir, FILES.manifest), "utf8")) as Manifest;
    assertCompatible(manifest, embedder);
    const chunks = JSON.parse(readFileSync(join(dir, FILES.chunks), "utf8")) as StoredChunk[];
    const documents = JSON.parse(readFileSync(join(dir, FILES.documents), "utf8")) as DocumentRecord[];
    const vectors = loadVectors(dir, { dimensions: manifest.embedder.dimensions, tombstones: manifest.tombstones }, hnsw);
    const lexical = LexicalIndex.fromJSON(readFileSync(join(dir, FILES.lexical), "utf8"));
    return new CorpusIndex(manifest, chunks, documents, vectors, lexical, version);
  }

  /**
   * Writes this index as a new version beside the live one, then swaps it in atomically.
   * Returns the version name.
   */
  write(root: string, probe: WriteProbe = () => {}): string {
    const version = newVersionName();
    const dir = beginVersion(root, version);
    probe("chunks");
    writeFileDurable(join(dir, FILES.chunks), JSON.stringify([...this.byId.values()]));
    writeFileDurable(join(dir, FILES.documents), JSON.stringify([...this.docs.values()]));
    probe("vectors");
    this.vectors.save(join(dir, FILES.vectors));
    probe("lexical");
    writeFileDurable(join(dir, FILES.lexical), this.lexical.toJSON());
    probe("manifest");
    const manifest: Manifest = { ...this.manifest, formatVersion: INDEX_FORMAT_VERSION, tombstones: this.vectors.tombstones };
    writeFileDurable(join(dir, FILES.manifest), JSON.stringify(manifest, null, 2));
    probe("commit");
    commitVersion(root, version);
    pruneVersions(root);
    return version;
  }
}
