import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/database.js";
import { keyFor, send, type AdminTestApp } from "../admin/helpers.js";
import { testApp } from "../helpers/app.js";
import { tempWorkspace } from "../helpers/corpus.js";
import { TEST_KEY } from "../forms/helpers.js";

const NIK = "7471085203950031";
const OTHER_NIK = "7471084607880002";

/** The raw bytes of the database file and its WAL, as `grep -a` reads them. */
function rawBytes(file: string): string {
  return [file, `${file}-wal`]
    .filter(existsSync)
    .map((f) => readFileSync(f).toString("latin1"))
    .join("");
}

describe("erasure that erases", () => {
  const dir = tempWorkspace({ copyCorpus: false });
  const file = join(dir.root, "data", "app.db");
  let t: AdminTestApp;
  let closed = false;
  beforeAll(async () => {
    t = (await testApp({ RATE_LIMIT_PER_MINUTE: "10000", ENCRYPTION_KEY: TEST_KEY }, { db: openDatabase(file), forms: true }, { admin: true })) as AdminTestApp;
  });
  afterAll(async () => {
    if (!closed) await t.services.db.destroy();
    t.workspace.cleanup();
    dir.cleanup();
  });

  it("creates the data directory 0700 and app.db with its WAL and shared memory 0600", async () => {
    await t.services.engine.answer({ message: "syarat ktp baru apa?", sessionId: "mode-check" });
    expect(statSync(join(dir.root, "data")).mode & 0o777).toBe(0o700);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(statSync(f).mode & 0o777, f).toBe(0o600);
  });

  it("erases by NIK a chat in which the NIK was typed; neither the NIK nor the message can be read in app.db or its WAL", async () => {
    const engine = t.services.engine;
    await engine.answer({ message: "nama saya Siti Zulaikha-QXERASE, NIK saya 747108 520395 0031, syarat ktp hilang apa?", sessionId: "erase-me" });
    await engine.answer({ message: "alamat saya Jl. Kenanga-QXERASE no 7", sessionId: "erase-me" });
    await engine.answer({ message: `saya Budi-QXKEEP, NIK ${OTHER_NIK}, syarat kk baru?`, sessionId: "keep-me" });
    expect(rawBytes(file).includes("QXERASE")).toBe(true);

    const admin = await keyFor(t, "admin");
    const res = await send(t, "POST", "/api/admin/data-subject/delete", admin.headers, { nik: NIK });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ erased: { target: "7471********0031", submissions: 0, sessions: 1, turns: 2, handoffs: 0 } });

    const db = t.services.db;
    const count = async (query: string) => (await sql.raw<{ n: number }>(query).execute(db)).rows[0];
    expect(await count("SELECT COUNT(*) AS n FROM turns WHERE session_id = 'erase-me'")).toEqual({ n: 0 });
    expect(await count("SELECT COUNT(*) AS n FROM turns WHERE session_id = 'keep-me'")).toEqual({ n: 1 });
    expect(await count("SELECT COUNT(*) AS n FROM turn_subjects")).toEqual({ n: 1 });

    const open = rawBytes(file);
    expect(open.includes("QXKEEP")).toBe(true);
    for (const gone of ["QXERASE", NIK, "520395", "Zulaikha", "Kenanga"]) expect(open.includes(gone), `${gone} in app.db or its WAL`).toBe(false);

    await db.destroy();
    closed = true;
    const after = rawBytes(file);
    expect(after.includes("QXKEEP")).toBe(true);
    for (const gone of ["QXERASE", NIK, "520395", "Zulaikha", "Kenanga"]) expect(after.includes(gone), `${gone} in app.db after closing`).toBe(false);
  });
});
