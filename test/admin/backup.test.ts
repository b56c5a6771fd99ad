import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as tar from "tar";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIngest } from "../../ingest/run.js";
import { restoreBackup } from "../../src/admin/backup.js";
import { currentVersion } from "../../src/index/files.js";
import { openDatabase, type Db } from "../../src/store/database.js";
import { embedder, HNSW, tempWorkspace } from "../helpers/corpus.js";

const TSX = resolve(import.meta.dirname, "../../node_modules/.bin/tsx");

const questions = (db: Db) => (db.prepare("SELECT question FROM turns ORDER BY id").all() as Array<{ question: string }>).map((r) => r.question);

function addTurn(db: Db, question: string): void {
  db.prepare("INSERT OR IGNORE INTO sessions (id, channel, user_key, memory, created_at, updated_at) VALUES ('s1', 'web', NULL, '{}', ?, ?)").run(
    "2026-11-20T00:00:00.000Z",
    "2026-11-20T00:00:00.000Z",
  );
  db.prepare(
    "INSERT INTO turns (session_id, channel, question, status, answer, citations, evidence, opd, service_id, latency_ms, created_at) VALUES ('s1', 'web', ?, 'answered', '', '[]', 2, NULL, NULL, 5, ?)",
  ).run(question, "2026-11-20T08:00:00.000Z");
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

  it("round-trips the database and the index through one archive", () => {
    const db = openDatabase(join(data, "app.db"));
    addTurn(db, "syarat ktp baru");
    const version = currentVersion(ws.index);
    const archive = join(ws.root, "backups", "b.tar.gz");
    const backup = spawnSync(TSX, ["src/cli/backup.ts", archive], { env, encoding: "utf8" });
    expect(backup.stderr).toBe("");
    expect(backup.stdout).toMatch(
      new RegExp(`^Backup written to ${archive.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\d+ files, index ${version}, schema 1(,\\d+)*, with corpus\\.\\n$`),
    );

    db.prepare("DELETE FROM turns").run();
    addTurn(db, "pertanyaan setelah backup");
    expect(questions(db)).toEqual(["pertanyaan setelah backup"]);
    db.close();
    rmSync(ws.index, { recursive: true, force: true });

    const restore = spawnSync(TSX, ["src/cli/restore.ts", archive], { env, encoding: "utf8" });
    expect(restore.status).toBe(0);
    const after = openDatabase(join(data, "app.db"));
    expect(questions(after)).toEqual(["syarat ktp baru"]);
    expect((after.prepare("SELECT action FROM audit_log ORDER BY id").all() as Array<{ action: string }>).map((r) => r.action)).toEqual(["backup.restore"]); // backup.create was logged after the snapshot
    after.close();
    expect(currentVersion(ws.index)).toBe(version);
    expect(existsSync(join(ws.index, version!, "manifest.json"))).toBe(true);
  });

  it("round-trips an uploaded regulation, a submission and the WhatsApp login; the archive is 0600", () => {
    const uploaded = join(ws.corpus, "regulations", "kendari-9-2026.md");
    writeFileSync(uploaded, "---\nid: kendari-9-2026\njudul: Unggahan Kurator\n---\n\nPasal 1\n\nIsi pasal.\n");
    const session = join(data, "whatsapp-auth", "session", "Default");
    mkdirSync(join(session, "Cache"), { recursive: true });
    writeFileSync(join(session, "Local State"), "login");
    writeFileSync(join(session, "Cache", "data_0"), "cache");
    const db = openDatabase(join(data, "app.db"));
    db.prepare(
      "INSERT INTO submissions (ticket, service_id, opd, channel, user_key, status, fields, fields_masked, submitter_token_hash, created_at, updated_at) VALUES ('KDI-2026-000123', 'ktp-el-baru', 'disdukcapil', 'web', 's1', 'diterima', 'enc', '{}', 'h', '2026-11-20T00:00:00.000Z', '2026-11-20T00:00:00.000Z')",
    ).run();
    db.close();
    const archive = join(ws.root, "backups", "full.tar.gz");
    const backup = spawnSync(TSX, ["src/cli/backup.ts", archive], { env, encoding: "utf8" });
    expect(backup.stdout).toMatch(/, with corpus and WhatsApp session\.\n$/);
    expect(statSync(archive).mode & 0o777).toBe(0o600);

    rmSync(uploaded);
    rmSync(join(data, "whatsapp-auth"), { recursive: true });
    const gone = openDatabase(join(data, "app.db"));
    gone.prepare("DELETE FROM submissions").run();
    gone.close();

    const restore = spawnSync(TSX, ["src/cli/restore.ts", archive], { env, encoding: "utf8" });
    expect(restore.status).toBe(0);
    expect(readFileSync(uploaded, "utf8")).toContain("judul: Unggahan Kurator");
    expect(readFileSync(join(session, "Local State"), "utf8")).toBe("login");
    expect(existsSync(join(session, "Cache"))).toBe(false); // browser cache is not part of the login
    const after = openDatabase(join(data, "app.db"));
    expect(after.prepare("SELECT ticket, status FROM submissions").all()).toEqual([{ ticket: "KDI-2026-000123", status: "diterima" }]);
    after.close();
  });

  it("refuses a tampered archive with a clear message and restores nothing", async () => {
    const db = openDatabase(join(data, "app.db"));
    addTurn(db, "syarat ktp baru");
    const archive = join(ws.root, "b.tar.gz");
    expect(spawnSync(TSX, ["src/cli/backup.ts", archive], { env, encoding: "utf8" }).status).toBe(0);
    addTurn(db, "data sekarang");
    db.close();

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
    expect(questions(still)).toEqual(["syarat ktp baru", "data sekarang"]);
    still.close();
  });
});
