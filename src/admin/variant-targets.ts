import type { CorpusIndex } from "../index/corpus-index.js";
import type { Chunk } from "../index/types.js";
import { tokenize } from "../text/normalize.js";

/** What a curator links a question to, checked against the live index. */
export interface VariantTarget {
  docId: string;
  pasal: string | null;
  component: string | null;
  chunkId: string | null;
  /** The citation label of the passage. */
  label: string;
}

/** The passage as the curator names it: a chunk from the search, or a document id + Pasal/component. */
export type TargetInput = { chunkId: string } | { docId: string; pasal: string } | { docId: string; component: string };

type Resolved = { ok: true; target: VariantTarget } | { ok: false; message: string };

const PASAL_TAIL = /,? (ayat|angka|huruf) .*$/;

/**
 * Resolves what a curator typed or picked to a passage of the live index: a chunk id, every chunk
 * of a Pasal (`"Pasal 7"` or `"7"`), or a service component (`service:` prefix optional).
 *
 * @example
 * resolveTarget(index, { docId: "kendari-37-2024", pasal: "Pasal 7" })
 * // { ok: true, target: { docId: "kendari-37-2024", pasal: "7", component: null, chunkId: null, label: "…Nomor 37 Tahun 2024, Pasal 7" } }
 */
export function resolveTarget(index: CorpusIndex, input: TargetInput): Resolved {
  if ("chunkId" in input) {
    const c = index.chunk(input.chunkId.trim());
    if (!c) return { ok: false, message: `Bagian ${input.chunkId} tidak ada di indeks. (No such chunk in the index.)` };
    return { ok: true, target: { docId: c.docId, pasal: null, component: null, chunkId: c.id, label: c.label } };
  }
  const raw = input.docId.trim();
  const docId = index.document(raw) ? raw : index.document(`service:${raw}`) ? `service:${raw}` : null;
  if (!docId) return { ok: false, message: `Dokumen ${raw} tidak ada di indeks. (No such document in the index.)` };
  const chunks = [...index.chunks()].filter((c) => c.docId === docId);
  if ("pasal" in input) {
    const pasal = input.pasal.trim().replace(/^pasal\s+/i, "");
    const of = chunks.filter((c) => c.pasal === pasal);
    const main = of.find((c) => c.meta.unit === "pasal") ?? of[0];
    if (!main) return { ok: false, message: `Pasal ${pasal} tidak ada di ${docId}. (No such Pasal in that document.)` };
    return { ok: true, target: { docId, pasal, component: null, chunkId: null, label: main.label.replace(PASAL_TAIL, "") } };
  }
  const component = input.component.trim().toLowerCase();
  const c = chunks.find((x) => x.meta.component === component);
  if (!c) {
    const known = chunks
      .map((x) => x.meta.component)
      .filter(Boolean)
      .join(", ");
    return { ok: false, message: `Komponen ${component} tidak ada di ${docId} (ada: ${known}). (No such component.)` };
  }
  return { ok: true, target: { docId, pasal: null, component, chunkId: null, label: c.label } };
}

/** One search result for the console's link picker. */
export interface ChunkOption {
  id: string;
  label: string;
  /** The start of the passage, to recognise it. */
  preview: string;
}

const haystack = (c: Chunk) => new Set(tokenize([c.label, c.docId, c.headingPath.join(" "), c.title].join(" ")));

/**
 * Finds passages for the link picker: chunks whose label, id or heading holds every word typed
 * ("37 2024 pasal 7", "akta kelahiran biaya"); when none does, a BM25 search over the text
 * (so typing the question itself also finds candidates).
 *
 * @example
 * searchChunks(index, "37 2024 pasal 7")[0]?.id // "kendari-37-2024#pasal-7"
 */
export function searchChunks(index: CorpusIndex, query: string, limit = 10): ChunkOption[] {
  const words = tokenize(query);
  if (words.length === 0) return [];
  const option = (c: Chunk): ChunkOption => ({ id: c.id, label: c.label, preview: c.text.replace(/\s+/g, " ").slice(0, 160) });
  const byLabel = [...index.chunks()].filter((c) => {
    const h = haystack(c);
    return words.every((w) => h.has(w));
  });
  if (byLabel.length > 0) return byLabel.slice(0, limit).map(option);
  return index.lexical
    .search(query, limit)
    .hits.map((h) => index.chunk(h.id))
    .filter((c): c is NonNullable<typeof c> => c !== undefined)
    .map(option);
}
