import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminApp, finishJob, keyFor, send, type AdminTestApp } from "./helpers.js";

describe("re-index jobs", () => {
  let t: AdminTestApp;
  let curator: Awaited<ReturnType<typeof keyFor>>;
  beforeAll(async () => {
    t = await adminApp();
    curator = await keyFor(t, "curator", "Kurator Diskominfo");
  });
  afterAll(() => t.cleanup());

  it("runs in the background: 202 with a job id, then done with counts and a new index version", async () => {
    const before = t.services.index.get()?.version;
    writeFileSync(join(t.workspace.corpus, "regulations/README.md"), "not a document"); // ignored by the loader
    const md =
      '---\nid: kendari-8-2026\njenis: Peraturan Wali Kota\nnomor: "8"\ntahun: 2026\njudul: Uji Coba\ndaerah: Kota Kendari\n---\n\nPasal 1\n\nLayanan uji coba pengindeksan ulang dibuka setiap hari Sabtu.\n';
    writeFileSync(join(t.workspace.corpus, "regulations/kendari-8-2026.md"), md);
    const res = await send(t, "POST", "/api/admin/reindex", curator.headers);
    expect(res.status).toBe(202);
    const { jobId, status } = (await res.json()) as { jobId: string; status: string };
    expect(jobId).toMatch(/^job_[0-9a-f]{8}$/);
    expect(status).toBe("queued");
    const job = await finishJob(t, jobId, curator.headers);
    expect(job).toMatchObject({ id: jobId, status: "done", reason: "manual", counts: { added: 2, updated: 0, removed: 0 }, problems: [], error: null });
    expect(job.progress).toEqual({ done: 2, total: 2 });
    expect(typeof job.startedAt).toBe("string");
    expect(typeof job.finishedAt).toBe("string");
    expect(t.services.index.get()?.version).toBe(job.version);
    expect(job.version).not.toBe(before);
  });

  it("runs one job at a time: a second request returns the running job", async () => {
    const first = (await (await send(t, "POST", "/api/admin/reindex", curator.headers)).json()) as { jobId: string };
    const second = (await (await send(t, "POST", "/api/admin/reindex", curator.headers)).json()) as { jobId: string };
    expect(second.jobId).toBe(first.jobId);
    await finishJob(t, first.jobId, curator.headers);
  });

  it("keeps answering during the swap: every chat request returns 200", async () => {
    writeFileSync(
      join(t.workspace.corpus, "regulations/kendari-8-2026.md"),
      '---\nid: kendari-8-2026\njenis: Peraturan Wali Kota\nnomor: "8"\ntahun: 2026\njudul: Uji Coba\ndaerah: Kota Kendari\n---\n\nPasal 1\n\nLayanan uji coba dibuka setiap hari Minggu.\n',
    );
    const { jobId } = (await (await send(t, "POST", "/api/admin/reindex", curator.headers)).json()) as { jobId: string };
    const statuses: number[] = [];
    const seen = new Set<string>();
    const done = t.admin.jobs.wait(jobId);
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished || statuses.length < 20) {
      seen.add((await t.admin.jobs.get(jobId))?.status ?? "-"); // awaited: the job store may be Redis
      statuses.push((await t.post("/api/chat", { message: "syarat bikin ktp baru apa aja?" })).status);
      await new Promise((r) => setImmediate(r)); // let the job's I/O run between requests, as a server would
    }
    expect((await done)?.status).toBe("done");
    expect(statuses.length).toBeGreaterThanOrEqual(20);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(seen.has("running")).toBe(true); // some requests were answered while the job ran and swapped
    const after = (await (await t.post("/api/chat", { message: "kapan layanan uji coba dibuka?" })).json()) as { answer: string };
    expect(after.answer).toContain("Layanan uji coba dibuka setiap hari Minggu.");
  });

  it("answers an unknown job with 404", async () => {
    const res = await t.app.request("/api/admin/jobs/job_00000000", { headers: curator.headers });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("Pekerjaan tidak ditemukan. (No such job.)");
  });
});
