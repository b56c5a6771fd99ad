import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as tar from "tar";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIngest } from "../../ingest/run.js";
import { BackupUnsupportedError, createBackup, POSTGRES_BACKUP_MESSAGE, restoreBackup } from "../../src/admin/backup.js";
import { currentVersion } from "../../src/index/files.js";
import { openDatabase, type Db } from "../../src/store/database.js";
import { embedder, HNSW, tempWorkspace } from "../helpers/corpus.js";
import { openTestPostgres, postgresAvailable } from "../helpers/dialects.js";

const PG = await postgresAvailable();
const TSX = resolve(import.meta.dirname, "../../node_modules/.bin/tsx");

const questions = async (db: Db) => (await db.selectFrom("turns").select("question").orderBy("id").execute()).map((r) => r.question);

async function addTurn(db: Db, question: string): Promise<void> {
  await db
    .insertInto("sessions")
    .values({ id: "s1", channel: "web", user_key: null, memory: "{}", created_at: "2026-11-20T00:00:00.000Z", updated_at: "2026-11-20T00:00:00.000Z" })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto("turns")
    .values({
      session_id: "s1",
      channel: "web",
      question,
      status: "answered",
      answer: "",
      citations: "[]",
      evidence: 2,
      opd: null,
      service_id: null,
      latency_ms: 5,
      created_at: "2026-11-20T08:00:00.000Z",
    })
    .execute();
}

describe("backup and restore", () => {
  let ws: ReturnType<typeof tempWorkspace>;
  let data: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(async () => {
    ws = tempWorkspace();
    data = join(ws.root, "data");
    env = { ...process.env, DATA_DIR: data, CORPUS_DIR: ws.corpus };
    await runIngest({ corpusDir: ws.corpus, indexDir: ws.index, embedder, hnsw: HNSW });
  });
  afterEach(() => ws.cleanup());

  it("round-trips the database and the index through one archive", async () => {
    const db = openDatabase(join(data, "app.db"));
    await addTurn(db, "syarat ktp baru");
    const version = currentVersion(ws.index);
    const archive = join(ws.root, "backups", "b.tar.gz");
    const backup = spawnSync(TSX, ["src/cli/backup.ts", archive], { env, encoding: "utf8" });
    expect(backup.stderr).toBe("");
    expect(backup.stdout).toMatch(
      new RegExp(`^Backup written to ${archive.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\d+ files, index ${version}, schema 1(,\\d+)*, with corpus\\.\\n$`),
    );

    await db.deleteFrom("turns").execute();
    await addTurn(db, "pertanyaan setelah backup");
    expect(await questions(db)).toEqual(["pertanyaan setelah backup"]);
    await db.destroy();
    rmSync(ws.index, { recursive: true, force: true });

    const restore = spawnSync(TSX, ["src/cli/restore.ts", archive], { env, encoding: "utf8" });
    expect(restore.status).toBe(0);
    const after = openDatabase(join(data, "app.db"));
    expect(await questions(after)).toEqual(["syarat ktp baru"]);
    expect((await after.selectFrom("audit_log").select("action").orderBy("id").execute()).map((r) => r.action)).toEqual(["backup.restore"]); // backup.create was logged after the snapshot
    await after.destroy();
    expect(currentVersion(ws.index)).toBe(version);
    expect(existsSync(join(ws.index, version!, "manifest.json"))).toBe(true);
  });

  it("round-trips an uploaded regulation, a submission and the WhatsApp login; the archive is 0600", async () => {
    const uploaded = join(ws.corpus, "regulations", "kendari-9-2026.md");
    writeFileSync(uploaded, "---\nid: kendari-9-2026\njudul: Unggahan Kurator\n---\n\nPasal 1\n\nIsi pasal.\n");
    const session = join(data, "whatsapp-auth", "session", "Default");
    mkdirSync(join(session, "Cache"), { recursive: true });
    writeFileSync(join(session, "Local State"), "login");
    writeFileSync(join(session, "Cache", "data_0"), "cache");
    const db = openDatabase(join(data, "app.db"));
    await db
      .insertInto("submissions")
      .values({
        ticket: "KDI-2026-000123",
        service_id: "ktp-el-baru",
        opd: "disdukcapil",
        channel: "web",
        user_key: "s1",
        status: "diterima",
        fields: "enc",
        fields_masked: "{}",
        submitter_token_hash: "h",
        created_at: "2026-11-20T00:00:00.000Z",
        updated_at: "2026-11-20T00:00:00.000Z",
      })
      .execute();
    await db.destroy();
    const archive = join(ws.root, "backups", "full.tar.gz");
    const backup = spawnSync(TSX, ["src/cli/backup.ts", archive], { env, encoding: "utf8" });
    expect(backup.stdout).toMatch(/, with corpus and WhatsApp session\.\n$/);
    expect(statSync(archive).mode & 0o777).toBe(0o600);

    rmSync(uploaded);
    rmSync(join(data, "whatsapp-auth"), { recursive: true });
    const gone = openDatabase(join(data, "app.db"));
    await gone.deleteFrom("submissions").execute();
    await gone.destroy();

    const restore = spawnSync(TSX, ["src/cli/restore.ts", archive], { env, encoding: "utf8" });
    expect(restore.status).toBe(0);
    expect(readFileSync(uploaded, "utf8")).toContain("judul: Unggahan Kurator");
    expect(readFileSync(join(session, "Local State"), "utf8")).toBe("login");
    expect(existsSync(join(session, "Cache"))).toBe(false); // browser cache is not part of the login
    const after = openDatabase(join(data, "app.db"));
    expect(await after.selectFrom("submissions").select(["ticket", "status"]).execute()).toEqual([{ ticket: "KDI-2026-000123", status: "diterima" }]);
    await after.destroy();
  });

  it("refuses a tampered archive with a clear message and restores nothing", async () => {
    const db = openDatabase(join(data, "app.db"));
    await addTurn(db, "syarat ktp baru");
    const archive = join(ws.root, "b.tar.gz");
    expect(spawnSync(TSX, ["src/cli/backup.ts", archive], { env, encoding: "utf8" }).status).toBe(0);
    await addTurn(db, "data sekarang");
    await db.destroy();

    const unpacked = mkdtempSync(join(tmpdir(), "lt-tamper-"));
    await tar.extract({ file: archive, cwd: unpacked });
    const manifest = JSON.parse(readFileSync(join(unpacked, "manifest.json"), "utf8")) as { files: Record<string, string> };
    writeFileSync(join(unpacked, "app.db"), Buffer.concat([readFileSync(join(unpacked, "app.db")), Buffer.from("x")]));
    const tampered = join(ws.root, "tampered.tar.gz");
    await tar.create({ gzip: true, file: tampered, cwd: unpacked }, ["manifest.json", ...Object.keys(manifest.files)]);
    rmSync(unpacked, { recursive: true, force: true });

    const res = spawnSync(TSX, ["src/cli/restore.ts", tampered], { env, encoding: "utf8" });
    expect(res.status).toBe(1);
    expect(res.stderr).toBe("Restore refused: Checksum mismatch for app.db: the archive is damaged or was altered. Nothing was restored.\n");
    await expect(restoreBackup(tampered, data)).rejects.toThrow("Checksum mismatch for app.db");
    const still = openDatabase(join(data, "app.db"));
    expect(await questions(still)).toEqual(["syarat ktp baru", "data sekarang"]);
    await still.destroy();
  });
});

describe("backup with PostgreSQL", () => {
  it("refuses in one line pointing to pg_dump, writes nothing, and says so in its help", () => {
    const ws = tempWorkspace({ copyCorpus: false });
    try {
      const archive = join(ws.root, "pg.tar.gz");
      const env = { ...process.env, DATA_DIR: join(ws.root, "data"), DATABASE_URL: "postgres://app@127.0.0.1:1/none" };
      const res = spawnSync(TSX, ["src/cli/backup.ts", archive], { env, encoding: "utf8" });
      expect(res.status).toBe(1);
      expect(res.stdout).toBe("");
      expect(res.stderr).toBe(`Backup refused: ${POSTGRES_BACKUP_MESSAGE}\n`);
      expect(res.stderr).toContain("pg_dump");
      expect(existsSync(archive)).toBe(false);
      const help = spawnSync(TSX, ["src/cli/backup.ts", "--help"], { env, encoding: "utf8" });
      expect(help.status).toBe(0);
      expect(help.stdout).toContain("With DATABASE_URL set (PostgreSQL) this command refuses: back the database up with pg_dump");
      const restore = spawnSync(TSX, ["src/cli/restore.ts", archive], { env, encoding: "utf8" });
      expect(restore.status).toBe(1);
      expect(restore.stderr.trim().split("\n")).toEqual([
        "Restore refused: the database is PostgreSQL (DATABASE_URL): restore it with pg_restore; npm run restore writes the embedded SQLite database only.",
      ]);
    } finally {
      ws.cleanup();
    }
  });

  it.skipIf(!PG)("createBackup refuses a PostgreSQL database before writing anything", async () => {
    const pg = await openTestPostgres();
    const ws = tempWorkspace({ copyCorpus: false });
    try {
      const archive = join(ws.root, "pg.tar.gz");
      await expect(createBackup(pg.db, { index: ws.index }, archive)).rejects.toThrow(BackupUnsupportedError);
      expect(existsSync(archive)).toBe(false);
    } finally {
      ws.cleanup();
      await pg.drop();
    }
  });
});
