import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "dotenv";

/** Where a setting came from, for `npm run config:check` and error messages. */
export type EnvSource = "environment" | ".env";

/** The merged environment plus the origin of every key read from a file. */
export interface EnvironmentWithSources {
  values: Record<string, string | undefined>;
  /** Keys whose value came from the `.env` file (exported variables win over the file). */
  fromFile: Set<string>;
  /** The file that was read, or null when there is none. */
  file: string | null;
}

/**
 * Reads `.env` (or the file named by `ENV_FILE`) from `cwd` with dotenv and merges it under the
 * exported variables: a variable set in the shell wins over the file. Nothing is written to
 * `process.env`, so validation stays in one place (`loadEnv`).
 *
 * @example
 * const { values, fromFile } = readEnvironment(); // values.PORT === "4000" when .env says PORT=4000
 */
export function readEnvironment(exported: Record<string, string | undefined> = process.env, cwd = process.cwd()): EnvironmentWithSources {
  const file = resolve(cwd, exported.ENV_FILE ?? ".env");
  if (!existsSync(file)) return { values: { ...exported }, fromFile: new Set(), file: null };
  const parsed = parse(readFileSync(file));
  const fromFile = new Set(Object.keys(parsed).filter((k) => exported[k] === undefined));
  return { values: { ...parsed, ...exported }, fromFile, file };
}
