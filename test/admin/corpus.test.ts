import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf } from "../helpers/pdf.js";
import { adminApp, ask, finishJob, keyFor, send, type AdminTestApp } from "./helpers.js";

const PDF_LINES = [
  "PERATURAN WALI KOTA KENDARI",
  "NOMOR 9 TAHUN 2026",
  "TENTANG RETRIBUSI PARKIR TEPI JALAN UMUM",
  "BAB I",
  "KETENTUAN UMUM",
  "Pasal 1",
  "Tarif parkir tepi jalan umum untuk sepeda motor sebesar Rp2.000 sekali parkir.",
  "Pasal 2",
  "(1) Juru parkir wajib memakai rompi dan kartu tanda pengenal.",
  "(2) Juru parkir wajib memberikan karcis parkir kepada pengguna jasa.",
];

function uploadForm(
  fields: Record<string, string>,
  file = new File([new Uint8Array(makePdf(PDF_LINES))], "perwali-9-2026.pdf", { type: "application/pdf" }),
): FormData {
  const form = new FormData();
  form.set("file", file);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

const META = {
  id: "kendari-9-2026",
  jenis: "Peraturan Wali Kota",
  nomor: "9",
  tahun: "2026",
  judul: "Retribusi Parkir Tepi Jalan Umum",
  daerah: "Kota Kendari",
  ditetapkan: "2026-01-05",
};

describe("corpus management", () => {
  let t: AdminTestApp;
  let curator: Awaited<ReturnType<typeof keyFor>>;
  beforeAll(async () => {
    t = await adminApp();
    curator = await keyFor(t, "curator", "Kurator Diskominfo");
  });
  afterAll(() => t.cleanup());

  it("makes an uploaded PDF answerable without a restart", async () => {
    const before = await ask(t, "berapa tarif parkir tepi jalan umum sepeda motor?");
    expect(before.citations.map((c) => c.docId)).not.toContain("kendari-9-2026");

    const res = await t.app.request("/api/admin/corpus/regulations", { method: "POST", headers: curator.headers, body: uploadForm(META) });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; files: string[]; jobId: string };
    expect(body).toMatchObject({ id: "kendari-9-2026", files: ["regulations/kendari-9-2026.pdf", "regulations/kendari-9-2026.yaml"] });
    const job = await finishJob(t, body.jobId, curator.headers);
    expect(job).toMatchObject({ status: "done", counts: { removed: 0 }, problems: [] });
    expect((job.counts as { added: number }).added).toBeGreaterThan(0);

    const after = await ask(t, "berapa tarif parkir tepi jalan umum sepeda motor?");
    expect(after.status).toBe("answered");
    expect(after.citations[0]?.label).toBe("Peraturan Wali Kota Kendari Nomor 9 Tahun 2026, Pasal 1");
    expect(after.answer).toContain("Rp2.000 sekali parkir");
  });

  it("rejects an upload with invalid metadata, naming each field", async () => {
    const res = await t.app.request("/api/admin/corpus/regulations", {
      method: "POST",
      headers: curator.headers,
      body: uploadForm({ ...META, id: "Perwali 9", tahun: "dua ribu" }),
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
    expect(error.code).toBe("invalid_request");
    expect(error.message).toBe("Metadata peraturan tidak valid. (Invalid regulation metadata.)");
    expect(error.fields.id).toBe("id must look like <city>-<nomor>-<tahun>, lowercase (e.g. kendari-37-2024)");
    expect(Object.keys(error.fields)).toContain("tahun");
  });

  it("refuses a PDF upload for an id that exists as Markdown with 409", async () => {
    const res = await t.app.request("/api/admin/corpus/regulations", {
      method: "POST",
      headers: curator.headers,
      body: uploadForm({ ...META, id: "kendari-37-2024", nomor: "37", tahun: "2024" }),
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "Peraturan kendari-37-2024 sudah ada sebagai regulations/kendari-37-2024.md; hapus dulu. (Already in the corpus as regulations/kendari-37-2024.md; delete it first.)",
    );
  });

  it("stops citing a regulation set to dicabut as current law, and says it was revoked", async () => {
    const before = await ask(t, "apa itu walidata");
    expect(before.citations[0]?.label).toBe("Peraturan Walikota Kendari Nomor 41 Tahun 2021, Pasal 1 angka 35");

    const res = await send(t, "PATCH", "/api/admin/corpus/documents/kendari-41-2021/status", curator.headers, {
      status: "dicabut",
      dicabut_oleh: "kendari-1-2022",
    });
    expect(res.status).toBe(200);
    const { jobId, files } = (await res.json()) as { jobId: string; files: string[] };
    expect(files).toEqual(["regulations/kendari-41-2021.md"]);
    expect((await finishJob(t, jobId, curator.headers)).status).toBe("done");

    const source = readFileSync(join(t.workspace.corpus, "regulations/kendari-41-2021.md"), "utf8");
    expect(source).toMatch(/^status: dicabut$/m);
    expect(source).toMatch(/^dicabut_oleh: kendari-1-2022$/m);
    expect(source).toContain("PENYELENGGARAAN SISTEM PEMERINTAHAN  \nBERBASIS ELEKTRONIK");

    const after = await ask(t, "apa itu walidata");
    expect(after.citations.map((c) => c.docId)).not.toContain("kendari-41-2021");
    const status = await ask(t, "perwali 41 tahun 2021 masih berlaku?");
    expect(status.answer).toContain(
      "Peraturan Walikota Kendari Nomor 41 Tahun 2021 sudah tidak berlaku: dicabut oleh Peraturan Walikota Kendari Nomor 1 Tahun 2022.",
    );
  });

  it("validates a service standard sent as YAML and lists per-field errors", async () => {
    const yaml = "id: parkir-langganan\nnama: Parkir Langganan\nopd: dishub\n";
    const res = await t.app.request("/api/admin/corpus/services/parkir-langganan", {
      method: "PUT",
      headers: { ...curator.headers, "content-type": "text/yaml" },
      body: yaml,
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { message: string; fields: Record<string, string> } };
    expect(error.message).toBe("Standar pelayanan tidak valid. (Invalid service standard.)");
    expect(Object.keys(error.fields)).toEqual(expect.arrayContaining(["persyaratan", "prosedur", "biaya"]));
  });

  it("replaces a service standard and removes a document, each with a re-index", async () => {
    const nib = readFileSync(join(t.workspace.corpus, "services/nib.yaml"), "utf8").replace(/^nama: .*$/m, "nama: Penerbitan NIB (diperbarui)");
    const put = await t.app.request("/api/admin/corpus/services/nib", {
      method: "PUT",
      headers: { ...curator.headers, "content-type": "text/yaml" },
      body: nib,
    });
    expect(put.status).toBe(200);
    const putBody = (await put.json()) as { id: string; files: string[]; jobId: string };
    expect(putBody).toMatchObject({ id: "service:nib", files: ["services/nib.yaml"] });
    expect((await finishJob(t, putBody.jobId, curator.headers)).counts).toMatchObject({ removed: 0 });
    expect(t.services.index.get()?.document("service:nib")?.meta).toMatchObject({ nama: "Penerbitan NIB (diperbarui)" });

    const del = await send(t, "DELETE", "/api/admin/corpus/documents/service:nib", curator.headers);
    expect(del.status).toBe(200);
    const delBody = (await del.json()) as { files: string[]; jobId: string };
    expect(delBody.files).toEqual(["services/nib.yaml"]);
    await finishJob(t, delBody.jobId, curator.headers);
    expect(t.services.index.get()?.document("service:nib")).toBeUndefined();
    expect((await send(t, "DELETE", "/api/admin/corpus/documents/service:nib", curator.headers)).status).toBe(404);
  });
});
