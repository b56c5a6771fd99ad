import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminApp, keyFor, type AdminTestApp } from "../admin/helpers.js";

describe("console sign-out", () => {
  let t: AdminTestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await adminApp();
    cookie = `lt_console=${(await keyFor(t, "curator")).key}`;
  });
  afterAll(() => t.cleanup());

  const logout = (headers: Record<string, string>) => t.app.request("http://localhost/admin/keluar", { method: "POST", headers: { cookie, ...headers } });

  it("refuses a sign-out posted from another site with 403 and keeps the cookie", async () => {
    const foreign: Array<Record<string, string>> = [{ origin: "https://evil.example" }, { origin: "null" }, { referer: "https://evil.example/page" }];
    for (const headers of foreign) {
      const res = await logout(headers);
      expect(res.status).toBe(403);
      expect(await res.text()).toBe("Forbidden");
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });

  it("signs out a post from the console's own origin and clears the cookie", async () => {
    const res = await logout({ origin: "http://localhost" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin/masuk");
    expect(res.headers.get("set-cookie")).toMatch(/^lt_console=; Max-Age=0; Path=\/admin/);
  });
});
