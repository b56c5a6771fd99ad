import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutboundMessage } from "../../src/notify/types.js";
import { testApp, type TestApp } from "../helpers/app.js";
import { formsApp, TEST_KEY } from "./helpers.js";

const VALID = {
  nama_lengkap: "Siti Rahmawati",
  nik: "7471085203950001",
  no_kk: "7471081234560002",
  alasan: "2",
  no_hp: "081234567890",
  alamat: "Jl. Mawar No. 10, Kel. Pondambea, Kec. Kadia",
};

describe("forms and ticket API", () => {
  let t: TestApp;
  let keys: { dukcapil: string; dinsos: string; curator: string; admin: string };
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
  beforeAll(async () => {
    t = await formsApp();
    const repo = t.services.forms!.apiKeys;
    keys = {
      dukcapil: (await repo.create({ role: "operator", name: "Loket Dukcapil", opd: "disdukcapil" })).key,
      dinsos: (await repo.create({ role: "operator", name: "Loket Dinsos", opd: "dinsos" })).key,
      curator: (await repo.create({ role: "curator", name: "Kurator" })).key,
      admin: (await repo.create({ role: "admin", name: "Admin" })).key,
    };
  });
  afterAll(() => t.cleanup());

  describe("happy path", () => {
    it("accepts a submission and returns the ticket, a submitter token and next steps", async () => {
      const res = await t.post("/api/forms/ktp-el-hilang-rusak/submissions", { fields: VALID, consent: true });
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body).toEqual({
        ticket: expect.stringMatching(/^KDI-\d{4}-\d{6}$/),
        submitterToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
        status: "diterima",
        nextSteps: {
          bawa: [
            "Surat keterangan kehilangan dari kepolisian (jika KTP-el hilang)",
            "KTP-el yang rusak (jika KTP-el rusak)",
            "Kartu Keluarga (KK)",
            "Formulir permohonan F-1.02",
          ],
          lokasi:
            "Kantor Disdukcapil Kota Kendari (Jl. Balai Kota III No. 52B, Pondambea, Kadia) atau loket Dukcapil di MPP Balai Kota (Jl. Drs. H. Abdullah Silondae No. 8).",
          waktu: "Selesai di hari yang sama (belum terverifikasi).",
        },
      });
      const got = await t.app.request(`/api/submissions/${body.ticket}`, { headers: bearer(body.submitterToken) });
      expect(got.status).toBe(200);
      expect((await got.json()).submission).toMatchObject({
        ticket: body.ticket,
        status: "diterima",
        fields: { nik: "7471********0001", no_hp: "0812******90", alasan: "rusak" },
      });
    });

    it("lets the OPD's operator list and update a ticket, and notifies the citizen's channel", async () => {
      const delivered: OutboundMessage[] = [];
      t.services.forms!.notifier.attach("web", async (m) => {
        delivered.push(m);
      });
      const { sessionId } = await (await t.post("/api/chat", { message: "halo" })).json();
      const { ticket, submitterToken } = await (await t.post("/api/forms/ktp-el-hilang-rusak/submissions", { fields: VALID, sessionId, consent: true })).json();
      const list = await t.app.request("/api/admin/submissions?status=diterima", { headers: bearer(keys.dukcapil) });
      expect(list.status).toBe(200);
      expect((await list.json()).submissions.map((s: { ticket: string }) => s.ticket)).toContain(ticket);

      const patch = await t.app.request(`/api/admin/submissions/${ticket}`, {
        method: "PATCH",
        headers: { "content-type": "application/json", ...bearer(keys.dukcapil) },
        body: JSON.stringify({ status: "diproses", note: "Berkas lengkap, KTP-el sedang dicetak." }),
      });
      expect(patch.status).toBe(200);
      expect(delivered).toEqual([
        {
          channel: "web",
          userId: sessionId,
          kind: "status_change",
          text: `Status tiket ${ticket} kini sedang diproses.\nCatatan terakhir petugas: Berkas lengkap, KTP-el sedang dicetak.`,
        },
      ]);
      const got = await (await t.app.request(`/api/submissions/${ticket}`, { headers: bearer(submitterToken) })).json();
      expect(got.submission.status).toBe("diproses");
      expect(got.submission.notes).toEqual([{ at: expect.any(String), status: "diproses", text: "Berkas lengkap, KTP-el sedang dicetak." }]);
    });
  });

  describe("errors", () => {
    it("names every invalid field with its correction prompt", async () => {
      const res = await t.post("/api/forms/ktp-el-hilang-rusak/submissions", {
        fields: { nama_lengkap: "S", nik: "747108520395001", no_kk: "123", alasan: "x", no_hp: "0401 3125337", alamat: "Jl" },
        consent: true,
      });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe("invalid_request");
      expect(body.error.fields).toEqual({
        nama_lengkap: "Nama lengkap terlalu pendek: minimal 2 karakter, Anda mengetik 1.",
        nik: "NIK harus 16 digit angka. Anda mengetik 15 digit.",
        no_kk: "KK harus 16 digit angka. Anda mengetik 3 digit.",
        alasan: "Pilih salah satu (ketik nomor atau teksnya):\n1. hilang\n2. rusak",
        no_hp: "Nomor HP harus nomor seluler Indonesia yang diawali 08 atau +628.\nContoh: 081234567890",
        alamat: "Alamat domisili terlalu pendek: minimal 5 karakter, Anda mengetik 2.",
      });
    });

    it("refuses a form with personal fields without consent: true, and stores the consent time when given", async () => {
      for (const consent of [undefined, false]) {
        const res = await t.post("/api/forms/ktp-el-hilang-rusak/submissions", { fields: VALID, ...(consent === undefined ? {} : { consent }) });
        expect(res.status).toBe(400);
        const message =
          'Formulir ini meminta data pribadi: centang "Saya setuju" pada pemberitahuan data pribadi untuk mengirimnya. (This form asks for personal data: consent is required.)';
        expect((await res.json()).error).toMatchObject({ code: "invalid_request", message, fields: { consent: message } });
      }
      const before = new Date().toISOString();
      const { ticket } = await (await t.post("/api/forms/ktp-el-hilang-rusak/submissions", { fields: VALID, consent: true })).json();
      expect((await t.services.forms!.submissions.consentAt(ticket))! >= before).toBe(true);
    });

    it("tells the widget what the consent notice must say: the personal fields, RETENTION_DAYS and who sees it", async () => {
      const { service } = await (await t.app.request("/api/services/ktp-el-hilang-rusak")).json();
      expect(service.form.consent).toMatchObject({ retentionDays: t.services.env.RETENTION_DAYS, seenBy: service.opd_nama });
      expect(service.form.consent.fields).toEqual(expect.arrayContaining(["nama_lengkap", "nik", "no_kk", "no_hp", "alamat"]));
      expect(service.form.consent.fields).not.toContain("alasan");
    });

    it("says a service without a chat form has no submissions", async () => {
      const res = await t.post("/api/forms/nib/submissions", { fields: {} });
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe("not_found");
    });
  });

  describe("security", () => {
    it("gives a wrong or missing submitter token the same 404 as an unknown ticket", async () => {
      const { ticket } = await (await t.post("/api/forms/ktp-el-hilang-rusak/submissions", { fields: VALID, consent: true })).json();
      const unknown = await t.app.request("/api/submissions/KDI-2000-999999", { headers: bearer("nope") });
      const wrong = await t.app.request(`/api/submissions/${ticket}`, { headers: bearer("nope") });
      const missing = await t.app.request(`/api/submissions/${ticket}`);
      for (const res of [unknown, wrong, missing]) expect(res.status).toBe(404);
      const strip = async (r: Response) => ({ ...(await r.json()).error, requestId: "" });
      const expected = { code: "not_found", message: "Tiket tidak ditemukan. (No such ticket.)", requestId: "" };
      expect(await strip(unknown)).toEqual(expected);
      expect(await strip(wrong)).toEqual(expected);
      expect(await strip(missing)).toEqual(expected);
    });

    it("checks roles: no key 401, another OPD's operator 403, curator 403, own OPD and admin 200", async () => {
      const { ticket } = await (await t.post("/api/forms/ktp-el-hilang-rusak/submissions", { fields: VALID, consent: true })).json();
      const patch = (key?: string) =>
        t.app.request(`/api/admin/submissions/${ticket}`, {
          method: "PATCH",
          headers: { "content-type": "application/json", ...(key ? bearer(key) : {}) },
          body: JSON.stringify({ status: "selesai", note: "KTP-el sudah dapat diambil." }),
        });
      const none = await patch();
      expect(none.status).toBe(401);
      expect((await none.json()).error.code).toBe("unauthorized");
      expect((await patch(keys.dinsos)).status).toBe(403);
      expect((await patch(keys.curator)).status).toBe(403);
      expect((await patch(keys.dukcapil)).status).toBe(200);
      expect((await patch(keys.admin)).status).toBe(200);
      expect((await t.app.request("/api/admin/submissions?opd=disdukcapil", { headers: bearer(keys.dinsos) })).status).toBe(403);
      expect((await t.app.request("/api/admin/submissions?opd=disdukcapil", { headers: bearer(keys.dukcapil) })).status).toBe(200);
      expect((await t.app.request("/api/admin/submissions")).status).toBe(401);
    });

    it("refuses a revoked key", async () => {
      const { key, apiKey } = await t.services.forms!.apiKeys.create({ role: "admin", name: "Sementara" });
      expect(await t.services.forms!.apiKeys.revoke(apiKey.id)).toBe(true);
      expect((await t.app.request("/api/admin/handoffs", { headers: bearer(key) })).status).toBe(401);
    });
  });
});

describe("form submission rate limit", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(
      { RATE_LIMIT_PER_MINUTE: "1000", ENCRYPTION_KEY: TEST_KEY, FORM_SUBMIT_RATE_LIMIT_PER_MINUTE: "3", TRUST_PROXY: "true" },
      { forms: true },
    );
  });
  afterAll(() => t.cleanup());

  it("accepts N submissions a minute from one client and answers the next with 429 in the error envelope", async () => {
    const submit = (ip: string) => t.post("/api/forms/ktp-el-hilang-rusak/submissions", { fields: VALID, consent: true }, { "x-forwarded-for": ip });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await submit("203.0.113.7")).status);
    expect(statuses).toEqual([201, 201, 201]);
    const limited = await submit("203.0.113.7");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = await limited.json();
    expect(body).toEqual({
      error: {
        code: "rate_limited",
        message: expect.stringMatching(/^Terlalu banyak permintaan\. Coba lagi dalam \d+ detik\./),
        requestId: expect.any(String),
      },
    });
    expect((await t.services.forms!.submissions.list({})).length).toBe(3);
    expect((await submit("198.51.100.4")).status).toBe(201);
  });
});
