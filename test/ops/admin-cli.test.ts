import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AuditLog } from "../../src/admin/audit.js";
import { ApiKeyRepository } from "../../src/auth/api-keys.js";
import { openTestPostgres, POSTGRES_TEST_URL, postgresAvailable } from "../helpers/dialects.js";

const ROOT = resolve(import.meta.dirname, "../..");
const data = mkdtempSync(join(tmpdir(), "lt-admin-cli-"));
const admin = (...args: string[]) =>
  spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/admin.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: data, ENV_FILE: join(data, "none.env") },
    encoding: "utf8",
  });

describe("admin CLI", () => {
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it("prints help for the tool and for each command, without a stack trace", () => {
    const all = admin("--help");
    expect(all.status).toBe(0);
    for (const c of ["create-key", "list-keys", "revoke-key", "purge"]) expect(all.stdout).toContain(`  ${c}`);
    const one = admin("revoke-key", "--help");
    expect(one.stdout).toBe("Usage: npm run admin -- revoke-key <id>\n\nRevokes a key by its id (see list-keys).\n");
  });

  it("answers a bad option, an unknown command or an unknown OPD with one readable line", () => {
    const bad = admin("--bogus");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^admin: Unknown option '--bogus'\..*\n$/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const opd = admin("create-key", "--role", "operator", "--name", "Loket", "--opd", "dukcapil");
    expect(opd.status).toBe(1);
    expect(opd.stderr).toBe('admin: Unknown OPD "dukcapil". Known OPDs: dinas-pupr, dinsos, disdukcapil, diskominfo, disnaker, dpmptsp, kelurahan, polri.\n');
  });

  it("lists keys with the id revoke-key needs, and never the key", () => {
    const created = admin("create-key", "--role", "operator", "--name", "Loket Dukcapil", "--opd", "disdukcapil");
    expect(created.status).toBe(0);
    const [, id, key] = /^Created (key_[0-9a-f]+) .*\nKey \(shown once, store it safely\): (\S+)\n$/.exec(created.stdout)!;
    const listed = admin("list-keys");
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\toperator\\tdisdukcapil\\t\\d{4}-\\d{2}-\\d{2}\\tactive\\tLoket Dukcapil$`, "m"));
    expect(listed.stdout).not.toContain(key!);
    expect(admin("revoke-key", id!).stdout).toBe(`Revoked ${id}.\n`);
    expect(admin("list-keys").stdout).toMatch(new RegExp(`^${id}\\toperator\\tdisdukcapil\\t\\S+\\trevoked \\d{4}-\\d{2}-\\d{2}\\tLoket Dukcapil$`, "m"));
  });
});

describe.skipIf(!(await postgresAvailable()))("admin CLI on PostgreSQL", () => {
  it("creates, lists and revokes keys in the database DATABASE_URL names, audited there; no SQLite file is made", async () => {
    const pg = await openTestPostgres();
    const dir = mkdtempSync(join(tmpdir(), "lt-admin-cli-pg-"));
    try {
      const url = new URL(POSTGRES_TEST_URL);
      url.searchParams.set("options", `-c search_path=${pg.schema}`);
      const run = (...args: string[]) =>
        spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/admin.ts"), ...args], {
          cwd: ROOT,
          env: { ...process.env, DATA_DIR: dir, ENV_FILE: join(dir, "none.env"), DATABASE_URL: url.toString() },
          encoding: "utf8",
        });
      const created = run("create-key", "--role", "curator", "--name", "Kurator PG");
      expect(created.stderr).toBe("");
      const [, id, key] = /^Created (key_[0-9a-f]+) \(curator\): Kurator PG\nKey \(shown once, store it safely\): (\S+)\n$/.exec(created.stdout)!;
      expect((await new ApiKeyRepository(pg.db).authenticate(key!))?.id).toBe(id);
      expect(run("list-keys").stdout).toMatch(new RegExp(`^${id}\\tcurator\\t-\\t\\d{4}-\\d{2}-\\d{2}\\tactive\\tKurator PG$`, "m"));
      expect(run("revoke-key", id!).stdout).toBe(`Revoked ${id}.\n`);
      expect((await new AuditLog(pg.db).list()).map((e) => [e.action, e.target, e.actor.id]).reverse()).toEqual([
        ["key.create", id, "cli"],
        ["key.revoke", id, "cli"],
      ]);
      expect(existsSync(join(dir, "app.db"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await pg.drop();
    }
  });
});
