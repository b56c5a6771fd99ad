import { ApiKeyRepository } from "../auth/api-keys.js";
import { OutboxNotifier } from "../notify/notifier.js";
import { createFieldCrypto, type FieldCrypto } from "../privacy/crypto.js";
import type { Db } from "../store/database.js";
import { HandoffRepository } from "./handoffs.js";
import { SubmissionRepository } from "./submissions.js";

/** What the forms feature needs at run time: repositories, the notifier and field crypto. */
export interface FormsServices {
  crypto: FieldCrypto;
  submissions: SubmissionRepository;
  handoffs: HandoffRepository;
  notifier: OutboxNotifier;
  apiKeys: ApiKeyRepository;
}

/**
 * Builds the forms services over one database and a 32-byte key.
 *
 * @example
 * const forms = createFormsServices(db, loadEncryptionKey(env.ENCRYPTION_KEY, paths.keyFile));
 */
export function createFormsServices(db: Db, key: Buffer): FormsServices {
  return {
    crypto: createFieldCrypto(key),
    submissions: new SubmissionRepository(db),
    handoffs: new HandoffRepository(db),
    notifier: new OutboxNotifier(db),
    apiKeys: new ApiKeyRepository(db),
  };
}
