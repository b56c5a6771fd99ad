import type { ServiceStandard } from "../corpus/service.js";
import { displayValue, quote } from "./catalog.js";
import type { FormField } from "./definition.js";
import type { NextSteps } from "./submit.js";
import { bullets, ftext, type Lang } from "./texts.js";

type Internal = Extract<NonNullable<ServiceStandard["form"]>, { target: "internal" }>;

/** The internal form of a service, or null (no form, or an external one). */
export function internalForm(service: ServiceStandard): Internal | null {
  return service.form?.target === "internal" ? service.form : null;
}

/**
 * One question per field: label, help, example (and the options of a choice).
 *
 * @example
 * askField(fields, 1, "id") // "(2/6) NIK\nNomor Induk Kependudukan 16 digit, …\nContoh: 7471085203950001\n\nKetik \"kembali\" …"
 */
export function askField(fields: FormField[], step: number, lang: Lang): string {
  const f = fields[step] as FormField;
  const options = f.constraints.options ? ftext("options", lang, { options: f.constraints.options.map((o, i) => `${i + 1}. ${o}`).join("\n") }) : "";
  return ftext("ask", lang, {
    step: String(step + 1),
    total: String(fields.length),
    label: f.label,
    optional: f.required ? "" : ftext("optional", lang),
    help: (f.help ?? "") + options,
    example: f.example ? ftext("example", lang, { example: f.example }) : "",
  });
}

/** The summary before submitting, with NIK/KK/phone masked. */
export function summaryText(service: ServiceStandard, fields: FormField[], values: Record<string, string>, lang: Lang): string {
  const lines = fields.map((f) => `• ${f.label}: ${displayValue(f, values[f.name] ?? "")}`).join("\n");
  return ftext("summary", lang, { nama: service.nama, lines, first: fields[0]?.label.toLowerCase() ?? "" });
}

/** The field a citizen names in "ubah <label or name>", or undefined. */
export function findField(fields: FormField[], name: string): number | undefined {
  const want = name.trim().toLowerCase().replace(/_/g, " ");
  const i = fields.findIndex((f) => f.label.toLowerCase() === want || f.name.replace(/_/g, " ") === want);
  if (i >= 0) return i;
  const j = fields.findIndex((f) => f.label.toLowerCase().startsWith(want) || want.startsWith(f.label.toLowerCase()));
  return j >= 0 ? j : undefined;
}

/**
 * The reply after a submission: ticket, what to bring, where, how long, and how to track it.
 *
 * @example
 * submittedText(service, "KDI-2026-000001", nextSteps, "id") // "Pengajuan … nomor tiket KDI-2026-000001. …"
 */
export function submittedText(service: ServiceStandard, ticket: string, next: NextSteps, lang: Lang): string {
  return ftext("submitted", lang, {
    nama: service.nama,
    ticket,
    bawa: next.bawa.length > 0 ? ftext("next_bawa", lang, { items: bullets(next.bawa) }) : "",
    lokasi: next.lokasi ? ftext("next_lokasi", lang, { lokasi: next.lokasi }) : "",
    waktu: next.waktu ? ftext("next_waktu", lang, { waktu: next.waktu }) : "",
  });
}

/** The offer after an apply intent: requirements, time and fee quoted exactly from the standard. */
export function offerText(service: ServiceStandard, lang: Lang): string {
  const form = service.form;
  const persyaratan = typeof service.persyaratan === "string" ? service.persyaratan : bullets(service.persyaratan);
  if (form?.target === "external") return ftext("external", lang, { nama: service.nama, url: form.url, persiapan: bullets(form.persiapan) });
  if (!form) return ftext("in_person", lang, { nama: service.nama, opd_nama: service.opd_nama, persyaratan });
  const text = ftext("offer", lang, { nama: service.nama, persyaratan, waktu: quote(service.waktu), biaya: quote(service.biaya) });
  return form.confidential ? `${text}\n\n${ftext("offer_confidential", lang)}` : text;
}
