import { regulationName } from "../corpus/regulation.js";
import type { CorpusIndex } from "../index/corpus-index.js";
import type { StoredChunk } from "../index/manifest.js";
import type { RetrievalResult } from "../retrieval/hybrid.js";
import { canned, type Lang } from "./statuses.js";

export interface NotesInput {
  lang: Lang;
  retrieval: Pick<RetrievalResult, "revoked">;
  index: Pick<CorpusIndex, "document">;
}

/**
 * Notes every answer carries, whatever composer wrote it: a revoked regulation and what revoked
 * it, a service the city does not provide (the one the answer is about), and facts the corpus marks as unverified.
 *
 * @example
 * const { notes, tail } = answerNotes({ lang: "id", retrieval, index }, usedChunks);
 */
export function answerNotes(input: NotesInput, used: StoredChunk[]): { notes: string[]; tail: string } {
  const notes: string[] = [];
  for (const d of input.retrieval.revoked) {
    if (d.kind !== "regulation") continue;
    const by = d.meta.dicabut_oleh ? input.index.document(d.meta.dicabut_oleh) : undefined;
    const byName = by?.kind === "regulation" ? regulationName(by.meta) : (d.meta.dicabut_oleh ?? "-");
    notes.push(canned("revoked_note", input.lang, { name: regulationName(d.meta), by: byName }));
  }
  // The service the answer is about is its first passage's; a passage named only as "see also" does not redirect it.
  const id = used[0]?.meta.serviceId;
  const doc = id ? input.index.document(`service:${id}`) : undefined;
  if (doc?.kind === "service" && doc.meta.dialihkan_ke) notes.push(canned("redirect_note", input.lang, { instansi: doc.meta.dialihkan_ke.instansi }));
  const tail = used.some((c) => c.meta.unverified) ? `\n\n_${canned("unverified_note", input.lang)}_` : "";
  return { notes, tail };
}
