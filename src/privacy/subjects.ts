import { createHmac } from "node:crypto";
import { stripGrouping } from "./numbers.js";

/**
 * Keyed hashes of the NIK/KK numbers a chat turn held (table `turn_subjects`), so erasure by NIK
 * finds those turns while the database never holds the number. HMAC-SHA256 (hex) over the bare
 * 16 digits, under a key derived from the encryption key for this purpose only.
 *
 * @example
 * const subjectHash = createSubjectHasher(loadEncryptionKey(env.ENCRYPTION_KEY, paths.keyFile));
 * subjectHash("7471 0852 0395 0001") === subjectHash("7471085203950001") // true
 */
export function createSubjectHasher(key: Buffer): (nik: string) => string {
  const subjectKey = createHmac("sha256", key).update("turn-subject").digest();
  return (nik) => createHmac("sha256", subjectKey).update(stripGrouping(nik)).digest("hex");
}
