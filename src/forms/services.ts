import type { ApiKeyRepository } from "../auth/api-keys.js";
import { OutboxNotifier } from "../notify/notifier.js";
import { WebLive } from "../notify/web-live.js";
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
  /** Live delivery to open web widgets (attached to the notifier as the `web` delivery) and their messages. */
  webLive: WebLive;
}

/**
 * Builds the forms services over one database and a 32-byte key, with the service's one API key
 * repository (built at the composition root and shared with the admin console).
 *
 * @example
 * const forms = createFormsServices(db, loadEncryptionKey(env.ENCRYPTION_KEY, paths.keyFile), apiKeys);
 */
export function createFormsServices(db: Db, key: Buffer, apiKeys: ApiKeyRepository): FormsServices {
  const notifier = new OutboxNotifier(db);
  const webLive = new WebLive(db);
  notifier.attach("web", webLive.deliver);
  return {
    crypto: createFieldCrypto(key),
    submissions: new SubmissionRepository(db),
    handoffs: new HandoffRepository(db),
    notifier,
    apiKeys,
    webLive,
  };
}
