/** Query helpers that keep SQLite and PostgreSQL behaving alike (row locks, sort order). */
import type { SelectQueryBuilder } from "kysely";
import { type Db, dialectOf } from "./database.js";

/**
 * A select that locks its rows until the transaction ends, on PostgreSQL (`FOR UPDATE`), so a
 * read-modify-write (appending to a JSON list) by two replicas at once applies both. SQLite has no
 * row locks and needs none: its write transactions run one at a time.
 *
 * @example
 * const row = await forUpdate(db, trx.selectFrom("handoffs").selectAll().where("id", "=", id)).executeTakeFirst();
 */
export function forUpdate<DB, TB extends keyof DB, O>(db: Db, query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O> {
  return dialectOf(db) === "postgres" ? query.forUpdate() : query;
}

/** Two strings in the order of SQLite's default (binary) collation, so lists sort the same on both databases whatever PostgreSQL's collation. */
export function binaryOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
