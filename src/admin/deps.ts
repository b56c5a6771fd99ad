import type { ApiKeyRepository } from "../auth/api-keys.js";
import type { FieldCrypto } from "../privacy/crypto.js";
import type { Db } from "../store/database.js";
import { AuditLog } from "./audit.js";
import { ReindexJobs, type ReindexFn } from "./jobs.js";

/** One channel as the console overview shows it (channels/ adapters fit this shape). */
export interface ChannelStatus {
  name: string;
  status: string;
  detail: string;
  /** WhatsApp login: state and the QR to scan while waiting. */
  login?: { state: string; qr: string | null; updatedAt: string };
}

/** What the admin API and console need; present in AppDeps only when the console is enabled. */
export interface AdminDeps {
  db: Db;
  apiKeys: ApiKeyRepository;
  audit: AuditLog;
  jobs: ReindexJobs;
  corpusDir: string;
  /** Forms' field crypto, to match a NIK by its keyed hash for data-subject deletion. */
  crypto?: FieldCrypto;
  /** Live channel health, for the overview. */
  channels?: () => ChannelStatus[];
  retentionDays: number;
}

export interface AdminDepsOptions {
  db: Db;
  /** The service's one API key repository (`services.apiKeys`), shared with the forms routes. */
  apiKeys: ApiKeyRepository;
  corpusDir: string;
  /** Runs the incremental ingest (built in src/main.ts from ingest/run.ts). */
  reindex: ReindexFn;
  /** Swaps the new index in (LiveIndex.reload). */
  reload: () => unknown;
  crypto?: FieldCrypto;
  channels?: () => ChannelStatus[];
  retentionDays: number;
}

/**
 * Builds the admin dependencies over the service's database.
 *
 * @example
 * const admin = createAdminDeps({ db, apiKeys: services.apiKeys, corpusDir: paths.corpus, reindex, reload: () => services.index.reload(), retentionDays: 180 });
 */
export function createAdminDeps(o: AdminDepsOptions): AdminDeps {
  return {
    db: o.db,
    apiKeys: o.apiKeys,
    audit: new AuditLog(o.db),
    jobs: new ReindexJobs(o.reindex, () => void o.reload()),
    corpusDir: o.corpusDir,
    retentionDays: o.retentionDays,
    ...(o.crypto ? { crypto: o.crypto } : {}),
    ...(o.channels ? { channels: o.channels } : {}),
  };
}
