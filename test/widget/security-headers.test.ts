import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webWidgetRoutes } from "../../channels/web/routes.js";
import { testApp, type TestApp } from "../helpers/app.js";
import { TEST_KEY } from "../forms/helpers.js";

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

describe("security headers on pages, and a widget other sites can still embed", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ ENCRYPTION_KEY: TEST_KEY }, { forms: true }, { admin: true, routes: [webWidgetRoutes()] });
  });
  afterAll(() => t.cleanup());

  it("sends CSP, frame-ancestors, nosniff and Referrer-Policy on the console sign-in page", async () => {
    const res = await t.app.request("/admin/masuk");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.headers.get("content-security-policy")).toBe(CSP);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
  });

  it("sends the same headers on the /demo page", async () => {
    const res = await t.app.request("/demo");
    expect(res.headers.get("content-security-policy")).toBe(CSP);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
  });

  it("serves widget.js loadable from another origin (CORP cross-origin), with nosniff", async () => {
    const res = await t.app.request("/widget.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("keeps the API's error envelope and nosniff on JSON responses", async () => {
    const res = await t.app.request("/api/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await res.json()).error.code).toBe("not_found");
  });
});
