/**
 * `npm run config:check`: validates the configuration exactly as the service does at boot
 * (exported variables over `.env`) and prints the effective values, secrets redacted.
 * Exit code 1, with every problem named, when a value is invalid.
 *
 * @example
 * npm run config:check
 * PORT = 3000  (default)
 * LLM_API_KEY = <set, redacted>  (.env)
 */
import { describeConfig } from "../config/check.js";
import { readEnvironment } from "../config/dotenv.js";
import { loadEnv } from "../config/env.js";

try {
  const read = readEnvironment();
  const env = loadEnv();
  console.log(`Configuration OK (${read.file ? `read ${read.file} and the environment` : "no .env file; environment only"}):`);
  for (const line of describeConfig(env, read)) console.log(`  ${line}`);
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
}
