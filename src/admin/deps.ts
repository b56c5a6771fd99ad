import type { ApiKeyRepository } from "../auth/api-keys.js";
import type { FieldCrypto } from "../privacy/crypto.js";
import type { Db } from "../store/database.js";
import { AuditLog } from "./audit.js";
import { InProcessReindexQueue, ReindexJobs, type ReindexFn, type ReindexQueue } from "./jobs.js";

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
  jobs: ReindexQueue;
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
  /** Where re-index jobs go: a BullReindexQueue with REDIS_URL (a worker runs them). Otherwise jobs run here with `reindex` and `reload`. */
  jobs?: ReindexQueue;
  /** Runs the incremental ingest (built in src/main.ts from ingest/run.ts); for in-process jobs. */
  reindex?: ReindexFn;
  /** Swaps the new index in (LiveIndex.reload); for in-process jobs. */
  reload?: () => unknown;
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
    jobs: o.jobs ?? inProcessJobs(o),
    corpusDir: o.corpusDir,
    retentionDays: o.retentionDays,
    ...(o.crypto ? { crypto: o.crypto } : {}),
    ...(o.channels ? { channels: o.channels } : {}),
  };
}

function inProcessJobs(o: AdminDepsOptions): ReindexQueue {
  if (!o.reindex) throw new Error("createAdminDeps: pass `jobs`, or `reindex` (and `reload`) for in-process re-index jobs");
  return new InProcessReindexQueue(new ReindexJobs(o.reindex, () => void o.reload?.()));
}
