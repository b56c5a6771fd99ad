import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, sqliteHandle } from "../../src/store/database.js";
import { testApp, type TestApp } from "../helpers/app.js";
import { tempWorkspace } from "../helpers/corpus.js";
import { conversation, fileKtpHilang } from "./helpers.js";

describe("personal data at rest", () => {
  let t: TestApp;
  const dir = tempWorkspace({ copyCorpus: false });
  const warnings: string[] = [];
  beforeAll(async () => {
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      // No ENCRYPTION_KEY: a development key is generated in DATA_DIR.
      t = await testApp({ RATE_LIMIT_PER_MINUTE: "1000" }, { db: openDatabase(join(dir.root, "app.db")), forms: true });
    } finally {
      console.warn = warn;
    }
  });
  afterAll(() => (t.cleanup(), dir.cleanup()));

  it("stores NIK, KK and phone encrypted in the SQLite file while the API shows them masked", async () => {
    const c = conversation(t);
    const { ticket } = await fileKtpHilang(c);
    // The chat asked for consent before the first personal field; the filed ticket records it.
    expect(await t.services.forms!.submissions.consentAt(ticket)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const api = await t.post("/api/forms/ktp-el-hilang-rusak/submissions", {
      fields: { nama_lengkap: "Siti", nik: "7471085203950021", no_kk: "7471081234560002", alasan: "hilang", no_hp: "081234567801", alamat: "Jl. Mawar No. 10" },
      consent: true,
    });
    expect(api.status).toBe(201);

    sqliteHandle(t.services.db)?.pragma("wal_checkpoint(TRUNCATE)");
    const bytes = readdirSync(dir.root)
      .filter((f) => f.startsWith("app.db"))
      .map((f) => readFileSync(join(dir.root, f)).toString("latin1"))
      .join("");
    expect(bytes).toContain(ticket);
    for (const clear of ["7471085203950021", "7471081234560002", "081234567801", "6281234567801"]) expect(bytes).not.toContain(clear);

    const { key } = await t.services.forms!.apiKeys.create({ role: "admin", name: "Admin" });
    const list = await (await t.app.request("/api/admin/submissions", { headers: { authorization: `Bearer ${key}` } })).json();
    const shown = list.submissions.find((s: { ticket: string }) => s.ticket === ticket);
    expect(shown.fields).toMatchObject({ nik: "7471********0021", no_kk: "7471********0002", no_hp: "0812******01" });
    expect(JSON.stringify(list)).not.toContain("7471085203950021");
  });

  it("generates a development key file readable only by its owner, with a warning", () => {
    const keyFile = join(t.workspace.root, "data", "encryption.key");
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(keyFile, "utf8"), "base64")).toHaveLength(32);
    expect(warnings).toEqual([`ENCRYPTION_KEY is not set: generated a development key in ${keyFile}. Set ENCRYPTION_KEY in production and back it up.`]);
  });
});
