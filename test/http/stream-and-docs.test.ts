import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/app.js";

/** Parses an SSE body into events. */
function events(text: string) {
  return text
    .split("\n\n")
    .filter(Boolean)
    .map((block) => ({
      event: block.match(/^event: (.*)$/m)?.[1],
      data: JSON.parse(block.match(/^data: (.*)$/m)?.[1] ?? "null"),
    }));
}

describe("SSE, documents, services, health and OpenAPI", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ RATE_LIMIT_PER_MINUTE: "1000" });
  });
  afterAll(() => t.cleanup());

  it("streams tokens first, then one done event with the same JSON as /api/chat", async () => {
    const res = await t.post("/api/chat/stream", { message: "berapa biaya kia?" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const list = events(await res.text());
    const done = list.at(-1)!;
    expect(done.event).toBe("done");
    expect(list.slice(0, -1).every((e) => e.event === "token")).toBe(true);
    expect(list.length).toBeGreaterThan(5);
    const streamed = list
      .slice(0, -1)
      .map((e) => e.data.text)
      .join("");
    expect(streamed).toBe(done.data.answer);
    expect(done.data.status).toBe("answered");
    expect(done.data.citations[0].label).toBe("Standar Pelayanan Penerbitan Kartu Identitas Anak (KIA), Biaya/tarif");
  });

  it("validates the stream request like /api/chat", async () => {
    const res = await t.post("/api/chat/stream", { message: "" });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("invalid_request");
  });

  it("lists regulations with their status", async () => {
    const { documents } = await (await t.app.request("/api/documents")).json();
    const ids = documents.map((d: { id: string }) => d.id);
    expect(ids).toEqual(["kendari-1-2022", "kendari-37-2024", "kendari-41-2021", "kendari-51-2019", "probolinggo-107-2021", "ternate-43-2023"]);
    expect(documents.find((d: { id: string }) => d.id === "kendari-51-2019")).toMatchObject({ status: "dicabut", dicabut_oleh: "kendari-41-2021" });
  });

  it("returns one regulation with its Pasal units, and 404 for an unknown id", async () => {
    const { document } = await (await t.app.request("/api/documents/kendari-37-2024")).json();
    expect(document.judul).toBe("Integrasi Sistem Layanan Publik melalui Aplikasi Chatina");
    expect(document.units.filter((u: { pasal: string | null }) => u.pasal === "7")[0].label).toMatch(
      /^Peraturan Wali Kota Kendari Nomor 37 Tahun 2024, Pasal 7/,
    );
    const missing = await t.app.request("/api/documents/kendari-99-2099");
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
  });

  it("lists services by OPD and returns one standard", async () => {
    const { services } = await (await t.app.request("/api/services?opd=polri")).json();
    expect(services.map((s: { id: string }) => s.id)).toContain("skck");
    expect(services.find((s: { id: string }) => s.id === "skck").dialihkan_ke).toContain("Polri");
    const { service } = await (await t.app.request("/api/services/ktp-el-baru")).json();
    expect(service.biaya).toBe("Gratis (tidak dipungut biaya), sesuai UU 24/2013 Pasal 79A.");
    expect((await t.app.request("/api/services/paspor")).status).toBe(404);
  });

  it("reports health and readiness", async () => {
    expect(await (await t.app.request("/healthz")).json()).toEqual({ status: "ok" });
    const ready = await (await t.app.request("/readyz")).json();
    expect(ready).toMatchObject({ status: "ready", embedder: expect.stringMatching(/^local-hash-v1:d256:/) });
  });

  it("publishes an OpenAPI document generated from the route schemas", async () => {
    const doc = await (await t.app.request("/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/chat", "/api/chat/stream", "/api/documents", "/api/documents/{id}", "/api/services", "/api/services/{id}"]),
    );
    expect(doc.components.schemas.ChatResponse.properties.status.enum).toEqual(["answered", "no_answer", "refused", "form", "handoff", "error"]);
  });
});
