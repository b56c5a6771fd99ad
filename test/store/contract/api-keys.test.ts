import { afterEach, expect, it } from "vitest";
import { ApiKeyRepository } from "../../../src/auth/api-keys.js";
import { authorize } from "../../../src/auth/authorize.js";
import { sha256 } from "../../../src/privacy/crypto.js";
import type { Db } from "../../../src/store/database.js";
import { describeEachDialect } from "../../helpers/dialects.js";

describeEachDialect("ApiKeyRepository", (open) => {
  let db: Db;
  let close: () => Promise<void>;
  afterEach(() => close());

  it("creates a key, returns the clear key once and stores only its hash", async () => {
    ({ db, close } = await open());
    const repo = new ApiKeyRepository(db);
    const { key, apiKey } = await repo.create({ role: "operator", name: "Loket Dukcapil", opd: "disdukcapil" });
    expect(key).toMatch(/^lt_[A-Za-z0-9_-]{32}$/);
    expect(apiKey).toMatchObject({ name: "Loket Dukcapil", role: "operator", opd: "disdukcapil", revokedAt: null });
    expect(apiKey.id).toMatch(/^key_[0-9a-f]{12}$/);
    const row = await db.selectFrom("api_keys").selectAll().where("id", "=", apiKey.id).executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(sha256(key));
    expect(JSON.stringify(row)).not.toContain(key);
    expect(await repo.get(apiKey.id)).toEqual(apiKey);
    expect(await repo.get("key_000000000000")).toBeNull();
    expect((await repo.create({ role: "admin", name: "Admin" })).apiKey.opd).toBeNull();
  });

  it("authenticates the active key only; a revoked or unknown key is refused", async () => {
    ({ db, close } = await open());
    const repo = new ApiKeyRepository(db);
    const { key, apiKey } = await repo.create({ role: "curator", name: "Kurator" });
    expect(await repo.authenticate(key)).toEqual(apiKey);
    expect(await repo.authenticate(`${key}x`)).toBeNull();
    expect(await authorize(repo, key, ["admin", "curator"])).toEqual({ ok: true, value: apiKey });
    expect(await authorize(repo, key, ["admin"])).toEqual({ ok: false, refusal: "forbidden" });
    expect(await repo.revoke(apiKey.id)).toBe(true);
    expect(await repo.revoke(apiKey.id)).toBe(false);
    expect(await repo.revoke("key_000000000000")).toBe(false);
    expect(await repo.authenticate(key)).toBeNull();
    expect(await authorize(repo, key, ["curator"])).toEqual({ ok: false, refusal: "unauthorized" });
    expect((await repo.get(apiKey.id))?.revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("lists keys oldest first, revoked ones too, never a hash", async () => {
    ({ db, close } = await open());
    const repo = new ApiKeyRepository(db);
    const a = (await repo.create({ role: "admin", name: "A" })).apiKey;
    await new Promise((r) => setTimeout(r, 3));
    const b = (await repo.create({ role: "operator", name: "B", opd: "dinsos" })).apiKey;
    await repo.revoke(a.id);
    const listed = await repo.list();
    expect(listed.map((k) => [k.id, k.revokedAt === null])).toEqual([
      [a.id, false],
      [b.id, true],
    ]);
    expect(JSON.stringify(listed)).not.toContain("hash");
  });
});
