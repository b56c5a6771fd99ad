import { randomBytes } from "node:crypto";
import { sha256 } from "../privacy/crypto.js";
import type { Selectable } from "kysely";
import type { Db } from "../store/database.js";
import type { ApiKeysTable } from "../store/schema.js";

export const ROLES = ["admin", "curator", "operator"] as const;
export type Role = (typeof ROLES)[number];

/** Who may do what, by group: the admin API and the console both use these. */
export const ADMINS: readonly Role[] = ["admin"];
/** Corpus, re-index, review, statistics and the audit log. */
export const CURATORS: readonly Role[] = ["admin", "curator"];
/** Submissions and handoffs (an operator within its own OPD). */
export const OFFICERS: readonly Role[] = ["admin", "operator"];
export const EVERYONE: readonly Role[] = ROLES;

/** An API key as stored: only its SHA-256 hash, never the key. */
export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  /** The OPD an operator works for; null for admins and curators. */
  opd: string | null;
  createdAt: string;
  revokedAt: string | null;
}

type Row = Omit<Selectable<ApiKeysTable>, "key_hash">;

const COLUMNS = ["id", "name", "role", "opd", "created_at", "revoked_at"] as const;

const fromRow = (r: Row): ApiKey => ({ id: r.id, name: r.name, role: r.role, opd: r.opd, createdAt: r.created_at, revokedAt: r.revoked_at });

/**
 * Operator, curator and admin API keys, hashed at rest.
 *
 * @example
 * const { key } = await new ApiKeyRepository(db).create({ role: "operator", name: "Loket Dukcapil", opd: "disdukcapil" });
 * (await repo.authenticate(key))?.opd // "disdukcapil"
 */
export class ApiKeyRepository {
  constructor(private readonly db: Db) {}

  /** Creates a key; the clear key is returned once and never stored. */
  async create(input: { role: Role; name: string; opd?: string | null }): Promise<{ key: string; apiKey: ApiKey }> {
    const id = `key_${randomBytes(6).toString("hex")}`;
    const key = `lt_${randomBytes(24).toString("base64url")}`;
    const row = await this.db
      .insertInto("api_keys")
      .values({ id, name: input.name, role: input.role, opd: input.opd ?? null, key_hash: sha256(key), created_at: new Date().toISOString() })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return { key, apiKey: fromRow(row) };
  }

  async get(id: string): Promise<ApiKey | null> {
    const row = await this.db.selectFrom("api_keys").select(COLUMNS).where("id", "=", id).executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  /** The active key matching a presented secret, or null. */
  async authenticate(key: string): Promise<ApiKey | null> {
    const row = await this.db.selectFrom("api_keys").select(COLUMNS).where("key_hash", "=", sha256(key)).where("revoked_at", "is", null).executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  /** Every key, oldest first (the admin CLI lists them); never the hashes. */
  async list(): Promise<ApiKey[]> {
    const rows = await this.db.selectFrom("api_keys").select(COLUMNS).orderBy("created_at").orderBy("id").execute();
    return rows.map(fromRow);
  }

  /** Revokes a key; false when no active key has this id. */
  async revoke(id: string): Promise<boolean> {
    const r = await this.db
      .updateTable("api_keys")
      .set({ revoked_at: new Date().toISOString() })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }
}
