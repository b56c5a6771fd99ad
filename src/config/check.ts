import { EnvSchema, type Env } from "./env.js";
import type { EnvironmentWithSources } from "./dotenv.js";

/** Settings whose values are never printed. */
const SECRET = /(KEY|TOKEN|SECRET|PASSWORD)$/;

/** A URL's password (redis://user:pass@host, postgres://…) shown as `***`. */
export function withoutPassword(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@/\s]+@/i, "$1***@");
}

/** Whether a setting holds a secret (its value is redacted in `config:check`). */
export const isSecret = (name: string): boolean => SECRET.test(name);

/**
 * The effective configuration as aligned lines `NAME = value  (source)`, secrets shown as
 * `<set, redacted>`; the source is `.env`, `environment` or `default`.
 *
 * @example
 * describeConfig(loadEnv(), readEnvironment()); // ["PORT                 = 3000  (default)", ...]
 */
export function describeConfig(env: Env, read: EnvironmentWithSources): string[] {
  const names = Object.keys(EnvSchema.shape) as Array<keyof Env>;
  const width = Math.max(...names.map((n) => n.length));
  return names.map((name) => {
    const value = env[name];
    const raw = read.values[name];
    const source = read.fromFile.has(name) ? ".env" : raw !== undefined && raw !== "" ? "environment" : "default";
    const shown =
      value === undefined
        ? "(unset)"
        : isSecret(name)
          ? "<set, redacted>"
          : Array.isArray(value)
            ? value.join(",") || "(empty)"
            : withoutPassword(String(value));
    return `${name.padEnd(width)} = ${shown}  (${source})`;
  });
}
