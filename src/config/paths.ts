import { join, resolve } from "node:path";
import type { Env } from "./env.js";

/** Where things live under the data directory. */
export function dataPaths(env: Pick<Env, "DATA_DIR" | "CORPUS_DIR">) {
  const data = resolve(env.DATA_DIR);
  return {
    data,
    corpus: resolve(env.CORPUS_DIR),
    index: join(data, "index"),
    database: join(data, "app.db"),
    whatsappAuth: join(data, "whatsapp-auth"),
    keyFile: join(data, "encryption.key"),
  };
}
