import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfWorkerSpawns } from "../../src/pdf/extract.js";
import { heavyPdf } from "../ingest/helpers/heavy-pdf.js";
import { adminApp, finishJob, keyFor, send, type AdminTestApp } from "./helpers.js";

const META = {
  id: "kendari-9-2026",
  jenis: "Peraturan Wali Kota",
  nomor: "9",
  tahun: "2026",
  judul: "Retribusi Parkir Tepi Jalan Umum",
  daerah: "Kota Kendari",
  ditetapkan: "2026-01-05",
};

/** A writable folder on another filesystem than the temp dir (tmpfs), when the machine has one. */
const OTHER_FS = existsSync("/dev/shm") && statSync("/dev/shm").dev !== statSync(tmpdir()).dev ? "/dev/shm" : null;

function uploadForm(bytes: Uint8Array, name: string): FormData {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name, { type: "application/pdf" }));
  for (const [k, v] of Object.entries(META)) form.set(k, v);
  return form;
}

describe("corpus changes are confined and safe", () => {
  let t: AdminTestApp;
  let curator: Awaited<ReturnType<typeof keyFor>>;
  beforeAll(async () => {
    t = await adminApp();
    curator = await keyFor(t, "curator", "Kurator Diskominfo");
  });
  afterAll(() => t.cleanup());

  it("refuses a delete whose id climbs out of the corpus, and leaves the file outside alone", async () => {
    const canary = join(t.workspace.root, "canary-outside.yaml");
    writeFileSync(canary, "id: canary-outside\n");
    for (const id of ["..%2F..%2Fcanary-outside", "service:..%2F..%2Fcanary-outside"]) {
      const res = await send(t, "DELETE", `/api/admin/corpus/documents/${id}`, curator.headers);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
    expect(existsSync(canary)).toBe(true);
    expect(await t.admin.jobs.latest()).toBeNull();
  });

  it("refuses a broken PDF upload with 400 before anything is stored", async () => {
    const res = await t.app.request("/api/admin/corpus/regulations", {
      method: "POST",
      headers: curator.headers,
      body: uploadForm(Buffer.from("%PDF-1.4 this is not a pdf"), "rusak.pdf"),
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
    expect(error).toMatchObject({
      code: "invalid_request",
      message: "Berkas PDF tidak dapat dibaca dan tidak disimpan. (The PDF cannot be read and was not stored: unreadable PDF: Invalid PDF structure.)",
      fields: { file: "unreadable PDF: Invalid PDF structure." },
    });
    expect(readdirSync(join(t.workspace.corpus, "regulations")).filter((f) => f.startsWith("kendari-9-2026"))).toEqual([]);
    expect(await t.admin.jobs.latest()).toBeNull();
  });

  it("keeps answering /healthz while a re-index reads a slow PDF", async () => {
    const dir = join(t.workspace.corpus, "regulations");
    writeFileSync(
      join(dir, "kendari-9-2026.pdf"),
      heavyPdf(["PERATURAN WALI KOTA KENDARI", "NOMOR 9 TAHUN 2026", "Pasal 1", "Tarif parkir sepeda motor Rp2.000."], 250_000),
    );
    writeFileSync(
      join(dir, "kendari-9-2026.yaml"),
      Object.entries(META)
        .map(([k, v]) => `${k}: "${v}"`)
        .join("\n")
        .replace('tahun: "2026"', "tahun: 2026"),
    );
    const spawns = pdfWorkerSpawns();
    const job = await t.admin.jobs.start("manual");
    let finished = () => false;
    void t.admin.jobs.wait(job.id).then(() => void (finished = () => true));
    while (pdfWorkerSpawns() === spawns && !finished()) await new Promise((r) => setTimeout(r, 5));
    expect(pdfWorkerSpawns()).toBe(spawns + 1);
    // While the PDF is being read (until its text lands in the cache), probe: a /healthz request,
    // then a 20 ms timer. A blocked event loop delays both.
    const cache = join(t.workspace.root, "data", "pdf-cache");
    const parsed = () => existsSync(cache) && readdirSync(cache).some((f) => f.endsWith(".json"));
    const waits: number[] = [];
    while (!parsed() && !finished()) {
      const started = performance.now();
      expect((await t.app.request("/healthz")).status).toBe(200);
      await new Promise((r) => setTimeout(r, 20));
      if (!parsed()) waits.push(performance.now() - started - 20);
    }
    const done = await finishJob(t, job.id, curator.headers);
    expect(done).toMatchObject({ status: "done", problems: [] });
    expect(t.services.index.get()?.document("kendari-9-2026")).toBeDefined();
    expect(waits.length).toBeGreaterThan(5);
    expect(Math.max(...waits)).toBeLessThan(250);
  });

  it.skipIf(!OTHER_FS)("moves a document whose folder is on another filesystem (copy, then unlink) instead of failing", async () => {
    // services/ becomes a link to a folder on tmpfs, so moving a file to corpus/.deleted crosses devices (EXDEV).
    const services = join(t.workspace.corpus, "services");
    const elsewhere = mkdtempSync(join(OTHER_FS!, "lt-services-"));
    cpSync(services, elsewhere, { recursive: true });
    rmSync(services, { recursive: true });
    symlinkSync(elsewhere, services);
    try {
      const res = await send(t, "DELETE", "/api/admin/corpus/documents/service:nib", curator.headers);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { files: string[] }).files).toEqual(["services/nib.yaml"]);
      expect(existsSync(join(elsewhere, "nib.yaml"))).toBe(false);
      const trash = join(t.workspace.corpus, ".deleted");
      expect(readdirSync(trash).flatMap((d) => readdirSync(join(trash, d)))).toContain("nib.yaml");
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
