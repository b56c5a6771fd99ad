import type { AdminTestApp } from "./helpers.js";

/** A stored submission with an encrypted NIK and phone, as the form engine leaves it. */
export function seedTicket(t: AdminTestApp, opts: { opd?: string; serviceId?: string; channel?: string; userKey?: string } = {}) {
  const forms = t.services.forms!;
  return forms.submissions.create({
    prefix: "KDI",
    serviceId: opts.serviceId ?? "ktp-el-baru",
    opd: opts.opd ?? "disdukcapil",
    channel: opts.channel ?? "web",
    userKey: opts.userKey ?? "sesi-warga-1",
    fields: { nama_lengkap: "Siti Rahma", nik: forms.crypto.encrypt("7471085203950001"), no_hp: forms.crypto.encrypt("081234567801") },
    masked: { nama_lengkap: "Siti Rahma", nik: "7471********0001", no_hp: "0812******01" },
    nikHash: null,
    submitterTokenHash: "x",
    confidential: false,
  });
}

/** The outbox rows of a citizen (what their channel receives on delivery), oldest first. */
export function outbox(t: AdminTestApp, userKey: string) {
  return t.services.db.selectFrom("outbox").select(["channel", "kind", "text"]).where("user_key", "=", userKey).orderBy("id").execute();
}
