import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createSubjectHasher } from "./subjects.js";

/** Field encryption at rest (AES-256-GCM) and keyed hashes (HMAC-SHA256) for lookups. */
export interface FieldCrypto {
  /** `v1.<iv>.<tag>.<ciphertext>`, base64url; a fresh IV per value. */
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** A keyed hash: equal inputs give equal hashes, and nobody without the key can test a guess. */
  hash(value: string): string;
  /** The keyed hash a chat turn's NIK/KK is stored under (`turn_subjects`); see createSubjectHasher. */
  subjectHash(nik: string): string;
}

const PREFIX = "v1";

/**
 * Field crypto over a 32-byte key. Encryption and hashing use keys derived from it, so a leaked
 * hash key never decrypts.
 *
 * @example
 * const c = createFieldCrypto(randomBytes(32));
 * c.decrypt(c.encrypt("7471085203950001")) // "7471085203950001"
 */
export function createFieldCrypto(key: Buffer): FieldCrypto {
  if (key.length !== 32) throw new Error("ENCRYPTION_KEY must be 32 bytes (base64)");
  const encKey = createHmac("sha256", key).update("field-encryption").digest();
  const macKey = createHmac("sha256", key).update("lookup-hash").digest();
  const subjectHash = createSubjectHasher(key);
  return {
    subjectHash,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", encKey, iv);
      const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return [PREFIX, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ct.toString("base64url")].join(".");
    },
    decrypt(sealed) {
      const [prefix, iv, tag, ct] = sealed.split(".");
      if (prefix !== PREFIX || iv === undefined || tag === undefined || ct === undefined) throw new Error("not an encrypted value");
      const decipher = createDecipheriv("aes-256-gcm", encKey, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
    },
    hash(value) {
      return createHmac("sha256", macKey).update(value).digest("hex");
    },
  };
}

/**
 * The key: ENCRYPTION_KEY (base64, 32 bytes) when set; otherwise a development key kept in
 * `keyFile` (mode 0600), created with a warning the first time.
 *
 * @example
 * const key = loadEncryptionKey(env.ENCRYPTION_KEY, dataPaths(env).keyFile);
 */
export function loadEncryptionKey(configured: string | undefined, keyFile: string, warn: (m: string) => void = console.warn): Buffer {
  if (configured) {
    const key = Buffer.from(configured, "base64");
    if (key.length !== 32) throw new Error("ENCRYPTION_KEY must be base64 of exactly 32 bytes (openssl rand -base64 32)");
    return key;
  }
  if (existsSync(keyFile)) return Buffer.from(readFileSync(keyFile, "utf8").trim(), "base64");
  const key = randomBytes(32);
  mkdirSync(dirname(keyFile), { recursive: true });
  writeFileSync(keyFile, key.toString("base64"), { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  warn(`ENCRYPTION_KEY is not set: generated a development key in ${keyFile}. Set ENCRYPTION_KEY in production and back it up.`);
  return key;
}

/**
 * Plain SHA-256 (hex) for secrets that are random already (API keys, submitter tokens).
 *
 * @example
 * sha256("lt_abc") // "5e0c…"
 */
export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
