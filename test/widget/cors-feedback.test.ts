import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { webWidgetRoutes } from "../../channels/web/routes.js";
import { testApp, type TestApp } from "../helpers/app.js";

const OPD = "https://disdukcapil.kendarikota.go.id";

describe("CORS allowlist, feedback and the widget script", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ CORS_ORIGINS: `${OPD}, https://dinkes.kendarikota.go.id`, RATE_LIMIT_PER_MINUTE: "1000" }, {}, { routes: [webWidgetRoutes()] });
  });
  afterAll(() => t.cleanup());

  describe("CORS", () => {
    it("gives an allowed OPD origin Access-Control-Allow-Origin on the chat API", async () => {
      const res = await t.post("/api/chat", { message: "syarat kk baru apa aja?" }, { origin: OPD });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe(OPD);
    });

    it("answers an allowed origin's preflight with the methods and headers the widget uses", async () => {
      const res = await t.app.request("/api/chat/stream", {
        method: "OPTIONS",
        headers: { origin: OPD, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe(OPD);
      expect(res.headers.get("access-control-allow-methods")).toContain("POST");
      expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");
    });

    it("refuses a site that is not on the list with 403 in the error envelope, readable there, and logs it once", async () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      const res = await t.post("/api/chat", { message: "syarat kk" }, { origin: "https://evil.example.com" });
      await t.post("/api/chat", { message: "syarat kk" }, { origin: "https://evil.example.com" });
      expect(warn.mock.calls.map((c) => c[0])).toEqual([
        "origin not allowed: add it to CORS_ORIGINS to embed the widget there (origin https://evil.example.com, /api/chat)",
      ]);
      warn.mockRestore();
      expect(res.status).toBe(403);
      // The widget on that page can read why (and say so); the body holds nothing but the refusal.
      expect(res.headers.get("access-control-allow-origin")).toBe("https://evil.example.com");
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
      const body = await res.json();
      expect(body.error.code).toBe("forbidden");
      expect(body.error.message).toBe("Asal permintaan tidak diizinkan. (This origin may not use the API.)");
      expect(body.error.requestId).toBeTruthy();
    });

    it("refuses a disallowed origin's preflight too", async () => {
      const res = await t.app.request("/api/feedback", {
        method: "OPTIONS",
        headers: { origin: "http://localhost:9999", "access-control-request-method": "POST" },
      });
      expect(res.status).toBe(403);
    });

    it("lets the service's own pages and server-to-server calls (no Origin) through", async () => {
      const own = await t.app.request("http://localhost/api/documents", { headers: { origin: "http://localhost" } });
      expect(own.status).toBe(200);
      const bare = await t.app.request("/api/documents");
      expect(bare.status).toBe(200);
    });
  });

  describe("POST /api/feedback", () => {
    /** A session token, as the widget gets it from its first chat turn. */
    const issued = async (): Promise<string> => (await (await t.post("/api/chat", { message: "halo" })).json()).sessionId;

    it("stores a thumbs-down with its reason, masking personal numbers", async () => {
      const sessionId = await issued();
      const res = await t.post(
        "/api/feedback",
        { sessionId, messageIndex: 2, answerHash: "1a2b3c4d", rating: "down", reason: "Biayanya salah, NIK saya 7471085203950001", opd: "disdukcapil" },
        { origin: OPD },
      );
      expect(res.status).toBe(201);
      const { id } = await res.json();
      const row = await t.services.db.selectFrom("feedback").selectAll().where("id", "=", id).executeTakeFirst();
      expect(row).toMatchObject({
        session_id: sessionId,
        message_index: 2,
        answer_hash: "1a2b3c4d",
        rating: "down",
        reason: "Biayanya salah, NIK saya 7471********0001",
        channel: "web",
        opd: "disdukcapil",
      });
    });

    it("stores a thumbs-up that names its answer by hash only", async () => {
      const sessionId = await issued();
      const res = await t.post("/api/feedback", { sessionId, answerHash: "deadbeef", rating: "up" });
      expect(res.status).toBe(201);
      const row = await t.services.db
        .selectFrom("feedback")
        .select(["rating", "message_index", "reason"])
        .where("session_id", "=", sessionId)
        .executeTakeFirst();
      expect(row).toEqual({ rating: "up", message_index: null, reason: null });
    });

    it("rejects a rating that is not up or down, with the field named", async () => {
      const res = await t.post("/api/feedback", { sessionId: await issued(), messageIndex: 0, rating: "meh" });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe("invalid_request");
      expect(body.error.fields.rating).toBe('rating harus "up" atau "down" (rating must be "up" or "down")');
    });

    it("rejects feedback that does not say which answer it is about", async () => {
      const res = await t.post("/api/feedback", { sessionId: await issued(), rating: "down" });
      expect(res.status).toBe(400);
      expect((await res.json()).error.fields).toEqual({ messageIndex: "sebutkan messageIndex atau answerHash (give messageIndex or answerHash)" });
    });

    it("rejects a session id the server did not issue, and a reason over 500 characters", async () => {
      const foreign = await t.post("/api/feedback", { sessionId: "web-feedback-x", messageIndex: 0, rating: "down" });
      expect(foreign.status).toBe(403);
      expect((await foreign.json()).error.code).toBe("invalid_session");
      const res = await t.post("/api/feedback", { sessionId: await issued(), messageIndex: 0, rating: "down", reason: "a".repeat(501) });
      expect(res.status).toBe(400);
      const { fields } = (await res.json()).error;
      expect(fields.reason).toBe("reason terlalu panjang, maksimal 500 karakter (reason is longer than 500 characters)");
      expect(
        await t.services.db
          .selectFrom("feedback")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("session_id", "=", "web-feedback-x")
          .executeTakeFirst(),
      ).toEqual({ n: 0 });
    });
  });

  describe("GET /widget.js and /demo", () => {
    it("serves the bundled widget as JavaScript, gzipped under 50 KB, with cache headers", async () => {
      const res = await t.app.request("/widget.js", { headers: { "accept-encoding": "gzip" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/javascript; charset=utf-8");
      expect(res.headers.get("content-encoding")).toBe("gzip");
      expect(res.headers.get("cache-control")).toContain("max-age=");
      const gzipped = new Uint8Array(await res.arrayBuffer());
      expect(gzipped.byteLength).toBeGreaterThan(1000);
      expect(gzipped.byteLength).toBeLessThan(50 * 1024);
    });

    it("answers a matching ETag with 304", async () => {
      const first = await t.app.request("/widget.js");
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^".+"$/);
      const code = await first.text();
      expect(gzipSync(code).byteLength).toBeLessThan(50 * 1024);
      expect(code).toContain("attachShadow");
      const again = await t.app.request("/widget.js", { headers: { "if-none-match": etag } });
      expect(again.status).toBe(304);
    });

    it("serves a plain demo Disdukcapil page with the one script tag, and the hostile CSS page at /demo/isolation", async () => {
      const res = await t.app.request("/demo");
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<script src="/widget.js" data-opd="disdukcapil" data-lang="id" async></script>');
      expect(html).toContain("<h1>Dinas Kependudukan dan Pencatatan Sipil</h1>");
      expect(html).not.toContain("!important");
      const hostile = await (await t.app.request("/demo/isolation")).text();
      expect(hostile).toContain("font-size: 40px !important");
      expect(hostile).toContain('<script src="/widget.js" data-opd="disdukcapil" data-lang="id" async></script>');
    });
  });
});
