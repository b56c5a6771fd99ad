/**
 * Admin CLI for API keys (hashed at rest; the clear key is printed once) and retention.
 *
 * @example
 * npm run admin -- create-key --role operator --name "Loket Dukcapil" --opd disdukcapil
 * npm run admin -- list-keys
 * npm run admin -- revoke-key key_0123456789ab
 * npm run admin -- purge            # delete conversations older than RETENTION_DAYS
 * npm run admin -- create-key --help
 *
 * Works on the configured database (PostgreSQL with DATABASE_URL, else SQLite under DATA_DIR).
 * Every change is recorded in the audit log (actor "cli"). Errors are one readable line, exit 1.
 */
import { parseArgs } from "node:util";
import { AuditLog, CLI_ACTOR } from "../admin/audit.js";
import { purgeConversations } from "../admin/retention.js";
import { ApiKeyRepository, ROLES, type Role } from "../auth/api-keys.js";
import { loadEnv, type Env } from "../config/env.js";
import { dataPaths } from "../config/paths.js";
import { type Db, openStore } from "../store/database.js";
import { knownOpds } from "./admin-opds.js";

interface Command {
  usage: string;
  help: string;
  run(ctx: { db: Db; env: Env; values: Record<string, string | undefined>; arg?: string }): Promise<number>;
}

class UsageError extends Error {}

const COMMANDS: Record<string, Command> = {
  "create-key": {
    usage: 'create-key --role <admin|curator|operator> --name "..." [--opd <slug>]',
    help: "Creates an API key and prints it once. An operator key needs --opd, one of the OPDs in corpus/services/.",
    async run({ db, env, values }) {
      const role = values.role as Role | undefined;
      if (!role || !ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(", ")}.`);
      if (!values.name?.trim()) throw new UsageError('--name is required, e.g. --name "Loket Dukcapil".');
      if (role === "operator" && !values.opd) throw new UsageError("An operator key needs --opd (the OPD it works for).");
      if (values.opd) {
        const opds = knownOpds(dataPaths(env).corpus);
        if (!opds.includes(values.opd))
          throw new UsageError(`Unknown OPD "${values.opd}". Known OPDs: ${opds.join(", ") || "(none: corpus/services/ is empty)"}.`);
      }
      const { key, apiKey } = await new ApiKeyRepository(db).create({ role, name: values.name.trim(), opd: values.opd ?? null });
      await new AuditLog(db).record(CLI_ACTOR, "key.create", apiKey.id, { role: apiKey.role, name: apiKey.name, opd: apiKey.opd });
      console.log(`Created ${apiKey.id} (${apiKey.role}${apiKey.opd ? `, ${apiKey.opd}` : ""}): ${apiKey.name}`);
      console.log(`Key (shown once, store it safely): ${key}`);
      return 0;
    },
  },
  "list-keys": {
    usage: "list-keys",
    help: "Lists API keys (id, role, OPD, name, created, revoked); never the keys themselves.",
    async run({ db }) {
      const keys = await new ApiKeyRepository(db).list();
      if (keys.length === 0) console.log('No API keys yet. Create one with: npm run admin -- create-key --role admin --name "..."');
      for (const k of keys)
        console.log([k.id, k.role, k.opd ?? "-", k.createdAt.slice(0, 10), k.revokedAt ? `revoked ${k.revokedAt.slice(0, 10)}` : "active", k.name].join("\t"));
      return 0;
    },
  },
  "revoke-key": {
    usage: "revoke-key <id>",
    help: "Revokes a key by its id (see list-keys).",
    async run({ db, arg }) {
      if (!arg) throw new UsageError("revoke-key needs the key id, e.g. revoke-key key_0123456789ab (see list-keys).");
      if (!(await new ApiKeyRepository(db).revoke(arg))) throw new UsageError(`No active key ${arg}. See list-keys.`);
      await new AuditLog(db).record(CLI_ACTOR, "key.revoke", arg);
      console.log(`Revoked ${arg}.`);
      return 0;
    },
  },
  purge: {
    usage: "purge",
    help: "Deletes conversations (sessions and turns) older than RETENTION_DAYS.",
    async run({ db, env }) {
      const r = await purgeConversations(db, env.RETENTION_DAYS);
      await new AuditLog(db).record(CLI_ACTOR, "retention.purge", `${env.RETENTION_DAYS}d`, r);
      console.log(`Deleted ${r.sessions} sessions and ${r.turns} turns older than ${env.RETENTION_DAYS} days (before ${r.cutoff}).`);
      return 0;
    },
  },
};

const USAGE = `Usage: npm run admin -- <command> [options]   (<command> --help for details)\n\n${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}\n      ${c.help}`)
  .join("\n")}`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: "string" }, name: { type: "string" }, opd: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const [name, arg] = positionals;
  const command = name ? COMMANDS[name] : undefined;
  if (values.help || !name) {
    console.log(command ? `Usage: npm run admin -- ${command.usage}\n\n${command.help}` : USAGE);
    return 0;
  }
  if (!command) throw new UsageError(`Unknown command "${name}".\n\n${USAGE}`);
  const env = loadEnv();
  // The configured database: PostgreSQL with DATABASE_URL, else the embedded SQLite file.
  const db = await openStore({ databaseUrl: env.DATABASE_URL, sqlitePath: dataPaths(env).database, poolSize: 1 });
  try {
    return await command.run({ db, env, values: values as Record<string, string | undefined>, arg });
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    // One readable line, never a stack trace (unknown options, bad values, an unreadable database).
    console.error(`admin: ${(err as Error).message}`);
    process.exitCode = 1;
  },
);
