import { type QuestionVariant, writeQuestionVariants } from "../corpus/question-variants.js";
import type { Db } from "../store/database.js";
import type { Actor } from "./audit.js";
import type { VariantTarget } from "./variant-targets.js";

/** A stored question variant: who linked which question to which passage, and when. */
export interface StoredVariant {
  id: number;
  question: string;
  docId: string;
  pasal: string | null;
  component: string | null;
  chunkId: string | null;
  /** The citation label of the linked passage, as the curator saw it. */
  label: string;
  actor: { id: string; name: string };
  createdAt: string;
}

/** A question marked out of scope: the review stops listing its group. */
export interface OutOfScopeMark {
  id: number;
  question: string;
  actor: { id: string; name: string };
  createdAt: string;
}

interface VariantRow {
  id: number;
  question: string;
  doc_id: string;
  pasal: string | null;
  component: string | null;
  chunk_id: string | null;
  label: string;
  actor_id: string;
  actor_name: string;
  created_at: string;
}

const fromRow = (r: VariantRow): StoredVariant => ({
  id: r.id,
  question: r.question,
  docId: r.doc_id,
  pasal: r.pasal,
  component: r.component,
  chunkId: r.chunk_id,
  label: r.label,
  actor: { id: r.actor_id, name: r.actor_name },
  createdAt: r.created_at,
});

/** A stored variant as the corpus mirror file holds it. */
export const toFileVariant = (v: StoredVariant): QuestionVariant => ({
  question: v.question,
  doc_id: v.docId,
  pasal: v.pasal,
  component: v.component,
  chunk_id: v.chunkId,
  linked_by: v.actor.name,
  linked_at: v.createdAt,
});

/**
 * The curators' teaching (migration 9): question variants and out-of-scope marks. The database is
 * the record; every link rewrites the corpus mirror (`corpus/question-variants.yaml`) that the
 * ingest reads, so retrieval uses a link after the next re-index (see docs/adr/0005).
 *
 * @example
 * const variants = new QuestionVariants(db, "corpus");
 * variants.link(key, "kalau chatina kena hack siapa yg tanggung jawab?", target).label // "…Nomor 37 Tahun 2024, Pasal 7"
 */
export class QuestionVariants {
  constructor(
    private readonly db: Db,
    private readonly corpusDir: string,
  ) {}

  /** Stores the link and rewrites the corpus mirror. */
  link(actor: Actor, question: string, target: VariantTarget): StoredVariant {
    const row = this.db
      .prepare(
        `INSERT INTO question_variants (question, doc_id, pasal, component, chunk_id, label, actor_id, actor_name, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      )
      .get(question, target.docId, target.pasal, target.component, target.chunkId, target.label, actor.id, actor.name, new Date().toISOString()) as VariantRow;
    this.mirror();
    return fromRow(row);
  }

  /** Oldest first. */
  list(): StoredVariant[] {
    return (this.db.prepare("SELECT * FROM question_variants ORDER BY id").all() as VariantRow[]).map(fromRow);
  }

  /** Rewrites the corpus mirror from the database. */
  mirror(): string {
    return writeQuestionVariants(this.corpusDir, this.list().map(toFileVariant));
  }

  markOutOfScope(actor: Actor, question: string): OutOfScopeMark {
    const r = this.db
      .prepare("INSERT INTO review_out_of_scope (question, actor_id, actor_name, created_at) VALUES (?, ?, ?, ?) RETURNING *")
      .get(question, actor.id, actor.name, new Date().toISOString()) as {
      id: number;
      question: string;
      actor_id: string;
      actor_name: string;
      created_at: string;
    };
    return { id: r.id, question: r.question, actor: { id: r.actor_id, name: r.actor_name }, createdAt: r.created_at };
  }

  /** Everything the review no longer lists (see `reviewResolutions`). */
  resolutions(): ReviewResolution[] {
    return reviewResolutions(this.db);
  }
}

/** A question a curator dealt with: linked (hides earlier similar turns) or out of scope (hides all). */
export interface ReviewResolution {
  question: string;
  kind: "linked" | "out_of_scope";
  at: string;
}

/**
 * The questions curators linked or marked out of scope, for the review to leave out.
 *
 * @example
 * reviewResolutions(db) // [{ question: "siapa wali kota sekarang", kind: "out_of_scope", at: "2026-…" }]
 */
export function reviewResolutions(db: Db): ReviewResolution[] {
  return db
    .prepare(
      `SELECT question, 'linked' AS kind, created_at AS at FROM question_variants
       UNION ALL SELECT question, 'out_of_scope' AS kind, created_at AS at FROM review_out_of_scope`,
    )
    .all() as ReviewResolution[];
}
