import { type QuestionVariant, writeQuestionVariants } from "../corpus/question-variants.js";
import type { Selectable } from "kysely";
import type { Db } from "../store/database.js";
import type { QuestionVariantsTable } from "../store/schema.js";
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

type VariantRow = Selectable<QuestionVariantsTable>;

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

/** Mirror rewrites of one corpus run one after another, so a slower read never overwrites a newer file. */
const mirrorQueues = new Map<string, Promise<unknown>>();

/**
 * The curators' teaching (migration 9): question variants and out-of-scope marks. The database is
 * the record; every link rewrites the corpus mirror (`corpus/question-variants.yaml`) that the
 * ingest reads, so retrieval uses a link after the next re-index (see docs/adr/0005).
 *
 * @example
 * const variants = new QuestionVariants(db, "corpus");
 * (await variants.link(key, "kalau chatina kena hack siapa yg tanggung jawab?", target)).label // "…Nomor 37 Tahun 2024, Pasal 7"
 */
export class QuestionVariants {
  constructor(
    private readonly db: Db,
    private readonly corpusDir: string,
  ) {}

  /** Stores the link and rewrites the corpus mirror. */
  async link(actor: Actor, question: string, target: VariantTarget): Promise<StoredVariant> {
    const row = await this.db
      .insertInto("question_variants")
      .values({
        question,
        doc_id: target.docId,
        pasal: target.pasal,
        component: target.component,
        chunk_id: target.chunkId,
        label: target.label,
        actor_id: actor.id,
        actor_name: actor.name,
        created_at: new Date().toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await this.mirror();
    return fromRow(row);
  }

  /** Oldest first. */
  async list(): Promise<StoredVariant[]> {
    const rows = await this.db.selectFrom("question_variants").selectAll().orderBy("id").execute();
    return rows.map(fromRow);
  }

  /** Rewrites the corpus mirror from the database. */
  mirror(): Promise<string> {
    const previous = mirrorQueues.get(this.corpusDir) ?? Promise.resolve();
    const next = previous.then(async () => writeQuestionVariants(this.corpusDir, (await this.list()).map(toFileVariant)));
    mirrorQueues.set(
      this.corpusDir,
      next.catch(() => undefined),
    );
    return next;
  }

  async markOutOfScope(actor: Actor, question: string): Promise<OutOfScopeMark> {
    const r = await this.db
      .insertInto("review_out_of_scope")
      .values({ question, actor_id: actor.id, actor_name: actor.name, created_at: new Date().toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { id: r.id, question: r.question, actor: { id: r.actor_id, name: r.actor_name }, createdAt: r.created_at };
  }

  /** Everything the review no longer lists (see `reviewResolutions`). */
  resolutions(): Promise<ReviewResolution[]> {
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
 * The questions curators linked or marked out of scope, for the review to leave out (links first,
 * each oldest first).
 *
 * @example
 * await reviewResolutions(db) // [{ question: "siapa wali kota sekarang", kind: "out_of_scope", at: "2026-…" }]
 */
export async function reviewResolutions(db: Db): Promise<ReviewResolution[]> {
  const [linked, outOfScope] = await Promise.all([
    db.selectFrom("question_variants").select(["question", "created_at"]).orderBy("id").execute(),
    db.selectFrom("review_out_of_scope").select(["question", "created_at"]).orderBy("id").execute(),
  ]);
  return [
    ...linked.map((r) => ({ question: r.question, kind: "linked" as const, at: r.created_at })),
    ...outOfScope.map((r) => ({ question: r.question, kind: "out_of_scope" as const, at: r.created_at })),
  ];
}
