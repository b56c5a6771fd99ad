/**
 * The shared contract of ingest and retrieval: what a chunk is, and the interfaces of the
 * embedder and the stores. Implementations are chosen in `src/main.ts`.
 */

export type SourceType = "regulation" | "service";
export type DocStatus = "berlaku" | "dicabut" | "diubah";

/** Metadata every chunk carries for filtering and citation. */
export interface ChunkMeta {
  sourceType: SourceType;
  /** City slug, e.g. "kendari". */
  city: string;
  status: DocStatus;
  /** OPD slugs the chunk belongs to (a service's OPD; a regulation's listed OPD). */
  opd: string[];
  /** Service standard component (e.g. "biaya") for service chunks. */
  component?: string;
  /** Service id (without the `service:` prefix) for service chunks. */
  serviceId?: string;
  /** Kind of regulation unit, for ranking and display. */
  unit?: "pasal" | "ayat" | "definisi" | "lampiran" | "pembukaan" | "komponen";
  /** Whether the quoted facts are marked unverified in the corpus. */
  unverified?: boolean;
}

/**
 * One retrievable unit: a Pasal, an ayat, a definition, a Lampiran section or a service component.
 *
 * @example
 * { id: "kendari-37-2024#pasal-7-ayat-1", docId: "kendari-37-2024", pasal: "7", ayat: "1",
 *   headingPath: ["BAB IV KEAMANAN DATA", "Pasal 7", "ayat (1)"],
 *   label: "Peraturan Wali Kota Kendari Nomor 37 Tahun 2024, Pasal 7 ayat (1)", ... }
 */
export interface Chunk {
  /** Stable: the same place in the same document gives the same id on every run. */
  id: string;
  /** Corpus id: `kendari-37-2024`, or `service:<id>` for a service standard. */
  docId: string;
  /** Document title for display. */
  title: string;
  /** BAB › Bagian › Paragraf › Pasal › ayat (or service › component). */
  headingPath: string[];
  pasal: string | null;
  ayat: string | null;
  /** Ready citation label; the composer never builds its own. */
  label: string;
  /** The text that is embedded, indexed and quoted (keeps the Pasal heading for an ayat). */
  text: string;
  /** Extra search terms that are indexed but never shown (service aliases, BAB titles). */
  keywords?: string[];
  meta: ChunkMeta;
}

/** A chunk plus the digest of everything that affects its index entry. */
export interface IndexedChunk extends Chunk {
  digest: string;
}

/** Turns texts into vectors. The embedded default is local; others call an API. */
export interface Embedder {
  /** Identifies model and settings; stored in the manifest so a mismatched index is refused. */
  readonly id: string;
  readonly dimensions: number;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}
