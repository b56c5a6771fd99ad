import { createHash } from "node:crypto";
import type { Chunk } from "../src/index/types.js";

/** sha256 (hex, 32 chars) of a string. */
export function sha(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

/** Digest of everything in a chunk that reaches the index: text, label, keywords and metadata. */
export function chunkDigest(chunk: Chunk): string {
  return sha(JSON.stringify([chunk.text, chunk.label, chunk.title, chunk.headingPath, chunk.keywords ?? [], chunk.meta, chunk.pasal, chunk.ayat]));
}
