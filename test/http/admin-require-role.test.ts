import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { ApiKey, Role } from "../../src/auth/api-keys.js";
import { type KeyEnv, requireRole } from "../../src/http/middleware/require-role.js";

const KEYS: Record<string, ApiKey> = {
  lt_curator: { id: "key_c", name: "Kurator", role: "curator", opd: null, createdAt: "2026-01-01T00:00:00Z", revokedAt: null },
  lt_operator: { id: "key_o", name: "Loket", role: "operator", opd: "disdukcapil", createdAt: "2026-01-01T00:00:00Z", revokedAt: null },
};
const keys = { authenticate: async (secret: string) => KEYS[secret] ?? null };

/** A body that records every read; the handler behind the middleware would read it. */
function watchedBody() {
  const seen = { pulls: 0 };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        seen.pulls++;
        controller.enqueue(new TextEncoder().encode('{"status":"berlaku"}'));
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { body, seen };
}

function app() {
  const a = new Hono<KeyEnv>();
  a.post("/change", requireRole(keys, "admin", "curator"), async (c) => c.json({ by: c.get("apiKey").name, body: await c.req.json() }));
  return a;
}

const post = (headers: Record<string, string>, body: ReadableStream<Uint8Array>) =>
  app().request("/change", { method: "POST", headers: { "content-type": "application/json", ...headers }, body, duplex: "half" } as RequestInit);

describe("requireRole", () => {
  it("refuses a request without a key with 401 and the error envelope, without reading the body", async () => {
    const { body, seen } = watchedBody();
    const res = await post({}, body);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: "unauthorized",
      message: "Kunci API tidak ada atau tidak berlaku. (Missing or invalid API key.)",
    });
    expect(seen.pulls).toBe(0);
  });

  it("refuses a role that is not listed with 403, without reading the body", async () => {
    const { body, seen } = watchedBody();
    const res = await post({ authorization: "Bearer lt_operator" }, body);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    expect(seen.pulls).toBe(0);
  });

  it("lets an allowed role through and puts its key on the context", async () => {
    const { body, seen } = watchedBody();
    const res = await post({ authorization: "bearer lt_curator" }, body);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ by: "Kurator", body: { status: "berlaku" } });
    expect(seen.pulls).toBe(1);
  });

  it("checks its options when built", () => {
    expect(() => requireRole(keys)).toThrow("requireRole: name at least one role");
    expect(() => requireRole(keys, "admin", "kurator" as Role)).toThrow("requireRole: unknown role kurator (roles: admin, curator, operator)");
    expect(() => requireRole(undefined as never, "admin")).toThrow("requireRole: an ApiKeyRepository is required");
    expect(requireRole(keys, "admin").name).toBe("requireRole");
  });
});
