/**
 * Admin CLI for API keys (hashed at rest; the clear key is printed once).
 *
 * @example
 * npm run admin -- create-key --role operator --name "Loket Dukcapil" --opd disdukcapil
 * npm run admin -- revoke-key key_0123456789ab
 * npm run admin -- purge            # delete conversations older than RETENTION_DAYS
 *
 * Every command is recorded in the audit log (actor "cli").
 */
import { parseArgs } from "node:util";
import { AuditLog, CLI_ACTOR } from "../admin/audit.js";
import { purgeConversations } from "../admin/retention.js";
import { ApiKeyRepository, ROLES, type Role } from "../auth/api-keys.js";
import { loadEnv } from "../config/env.js";
import { dataPaths } from "../config/paths.js";
import { openDatabase } from "../store/database.js";

const USAGE = `Usage:
  admin create-key --role <admin|curator|operator> --name "..." [--opd <slug>]
  admin revoke-key <id>
  admin purge                  (delete conversations older than RETENTION_DAYS)`;

function main(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: "string" }, name: { type: "string" }, opd: { type: "string" } },
  });
  const [command, arg] = positionals;
  const env = loadEnv();
  const db = openDatabase(dataPaths(env).database);
  try {
    const keys = new ApiKeyRepository(db);
    const audit = new AuditLog(db);
    if (command === "create-key") {
      const role = values.role as Role | undefined;
      if (!role || !ROLES.includes(role) || !values.name) return fail(USAGE);
      if (role === "operator" && !values.opd) return fail("An operator key needs --opd (the OPD it works for).");
      const { key, apiKey } = keys.create({ role, name: values.name, opd: values.opd ?? null });
      audit.record(CLI_ACTOR, "key.create", apiKey.id, { role: apiKey.role, name: apiKey.name, opd: apiKey.opd });
      console.log(`Created ${apiKey.id} (${apiKey.role}${apiKey.opd ? `, ${apiKey.opd}` : ""}): ${apiKey.name}`);
      console.log(`Key (shown once, store it safely): ${key}`);
      return 0;
    }
    if (command === "revoke-key" && arg) {
      if (!keys.revoke(arg)) return fail(`No active key ${arg}.`);
      audit.record(CLI_ACTOR, "key.revoke", arg);
      console.log(`Revoked ${arg}.`);
      return 0;
    }
    if (command === "purge") {
      const r = purgeConversations(db, env.RETENTION_DAYS);
      audit.record(CLI_ACTOR, "retention.purge", `${env.RETENTION_DAYS}d`, r);
      console.log(`Deleted ${r.sessions} sessions and ${r.turns} turns older than ${env.RETENTION_DAYS} days (before ${r.cutoff}).`);
      return 0;
    }
    return fail(USAGE);
  } finally {
    db.close();
  }
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
