/**
 * `npm run ask -- "pertanyaan" [--json] [--session <id>] [--opd <slug>]`: answers from the command
 * line through the same engine as `POST /api/chat`. `--json` prints exactly the API's JSON.
 */
import { ensureIndex } from "../../ingest/ensure.js";
import { createComposer } from "../answer/composers/from-env.js";
import { loadEnv } from "../config/env.js";
import { createServices } from "../services.js";
import { dataPaths } from "../config/paths.js";
import { openStore } from "../store/database.js";

function parseArgs(argv: string[]) {
  const out: { json: boolean; session?: string; opd?: string; words: string[] } = { json: false, words: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") out.json = true;
    else if (a === "--session") out.session = argv[++i];
    else if (a === "--opd") out.opd = argv[++i];
    else out.words.push(a);
  }
  return out;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const message = args.words.join(" ").trim();
  if (!message) {
    console.error('Usage: npm run ask -- "syarat ktp baru apa saja?" [--json]');
    return 2;
  }
  const env = loadEnv();
  const db = await openStore({ databaseUrl: env.DATABASE_URL, sqlitePath: dataPaths(env).database });
  const services = createServices(env, { db, composer: createComposer(env) });
  await ensureIndex(services, (l) => console.error(l));
  const reply = await services.engine.answer({ message, sessionId: args.session, opd: args.opd, channel: "cli" });
  if (args.json) {
    console.log(JSON.stringify(reply, null, 2));
  } else {
    console.log(`[${reply.status}]\n${reply.answer}`);
    if (reply.citations.length) console.log(`\nSumber:\n${reply.citations.map((c, i) => `[${i + 1}] ${c.label}`).join("\n")}`);
  }
  await services.db.destroy();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error((err as Error).message);
    process.exit(1);
  },
);
