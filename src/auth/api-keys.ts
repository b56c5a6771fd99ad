import { randomBytes } from "node:crypto";
import { sha256 } from "../privacy/crypto.js";
import type { Db } from "../store/database.js";

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

interface Row {
  id: string;
  name: string;
  role: Role;
  opd: string | null;
  created_at: string;
  revoked_at: string | null;
}

const fromRow = (r: Row): ApiKey => ({ id: r.id, name: r.name, role: r.role, opd: r.opd, createdAt: r.created_at, revokedAt: r.revoked_at });

/**
 * Operator, curator and admin API keys, hashed at rest.
 *
 * @example
 * const { key } = new ApiKeyRepository(db).create({ role: "operator", name: "Loket Dukcapil", opd: "disdukcapil" });
 * repo.authenticate(key)?.opd // "disdukcapil"
 */
export class ApiKeyRepository {
  constructor(private readonly db: Db) {}

  /** Creates a key; the clear key is returned once and never stored. */
  create(input: { role: Role; name: string; opd?: string | null }): { key: string; apiKey: ApiKey } {
    const id = `key_${randomBytes(6).toString("hex")}`;
    const key = `lt_${randomBytes(24).toString("base64url")}`;
    this.db
      .prepare("INSERT INTO api_keys (id, name, role, opd, key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)")
      .run(id, input.name, input.role, input.opd ?? null, sha256(key), new Date().toISOString());
    return { key, apiKey: this.get(id) as ApiKey };
  }

  get(id: string): ApiKey | null {
    const row = this.db.prepare("SELECT * FROM api_keys WHERE id = ?").get(id) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  /** The active key matching a presented secret, or null. */
  authenticate(key: string): ApiKey | null {
    const row = this.db.prepare("SELECT * FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL").get(sha256(key)) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  /** Revokes a key; false when no active key has this id. */
  revoke(id: string): boolean {
    return this.db.prepare("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL").run(new Date().toISOString(), id).changes > 0;
  }
}
