import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../helpers/app.js";
import { formsApp } from "../forms/helpers.js";

const COMPLAINT = {
  nama_lengkap: "Siti Rahmawati (WA 0812 3456 7801)",
  nik: "74.71.08.520395.0031",
  no_hp: "(0812) 3456-7801",
  alamat: "Jl. Mawar No. 10, RT 003/RW 002, NIK KK 7471/0812/3456/0002",
  opd_tujuan: "Dinas Kependudukan dan Pencatatan Sipil",
  lokasi: "Kantor Kelurahan Pondambea, Kec. Kadia",
  isi_pengaduan: "Petugas meminta saya mengirim NIK 747108 520395 0031 dan nomor +62 812-3456-7801 lewat WA pribadi pada 3 Maret 2025 pukul 10.00.",
};

describe("free-text form fields", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await formsApp();
  });
  afterAll(() => t.cleanup());

  it("stores and shows a complaint's name, address and text with NIK, KK and phone numbers masked", async () => {
    const res = await t.post("/api/forms/pengaduan/submissions", { fields: COMPLAINT, consent: true });
    expect(res.status).toBe(201);
    const { ticket } = (await res.json()) as { ticket: string };

    const row = await t.services.db.selectFrom("submissions").select(["fields", "fields_masked"]).where("ticket", "=", ticket).executeTakeFirstOrThrow();
    const stored = JSON.parse(row.fields) as Record<string, string>;
    expect(stored.nama_lengkap).toBe("Siti Rahmawati (WA 0812******01)");
    expect(stored.alamat).toBe("Jl. Mawar No. 10, RT 003/RW 002, NIK KK 7471********0002");
    expect(stored.isi_pengaduan).toBe(
      "Petugas meminta saya mengirim NIK 7471********0031 dan nomor 0812******01 lewat WA pribadi pada 3 Maret 2025 pukul 10.00.",
    );
    expect(stored.lokasi).toBe(COMPLAINT.lokasi);

    const { key } = await t.services.forms!.apiKeys.create({ role: "admin", name: "Admin" });
    const list = (await (await t.app.request("/api/admin/submissions", { headers: { authorization: `Bearer ${key}` } })).json()) as {
      submissions: Array<{ ticket: string; fields: Record<string, string> }>;
    };
    const shown = list.submissions.find((s) => s.ticket === ticket)!;
    expect(shown.fields).toMatchObject({
      nama_lengkap: "Siti Rahmawati (WA 0812******01)",
      nik: "7471********0031",
      no_hp: "0812******01",
      isi_pengaduan: stored.isi_pengaduan,
    });
    for (const clear of ["7471085203950031", "520395", "7471081234560002", "3456 7801", "3456-7801", "081234567801"]) {
      expect(row.fields + row.fields_masked + JSON.stringify(list)).not.toContain(clear);
    }
  });
});
