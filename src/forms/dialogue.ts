import type { Action } from "../answer/types.js";
import type { ServiceStandard } from "../corpus/service.js";
import { displayValue, isSensitive, quote } from "./catalog.js";
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

/** A form reply: its text and the buttons (numbered options on WhatsApp) that answer it. */
export interface FormReply {
  answer: string;
  actions: Action[];
}

/**
 * The question for a field with its buttons: one per option of a choice (in the order of the
 * numbered list), and "Lewati" for an optional field.
 *
 * @example
 * fieldReply(fields, 3, "id").actions // [{ id: "form:choice:1", label: "hilang", reply: "hilang" }, …]
 */
export function fieldReply(fields: FormField[], step: number, lang: Lang): FormReply {
  const f = fields[step] as FormField;
  const actions: Action[] = (f.constraints.options ?? []).map((o, i) => ({ id: `form:choice:${i + 1}`, label: o, reply: o }));
  if (!f.required) actions.push({ id: "form:skip", label: ftext("skip_action", lang), reply: "-" });
  return { answer: askField(fields, step, lang), actions };
}

/** The summary with its "Kirim" and "Batal" buttons. */
export function confirmReply(service: ServiceStandard, fields: FormField[], values: Record<string, string>, lang: Lang): FormReply {
  return {
    answer: summaryText(service, fields, values, lang),
    actions: [
      { id: "form:submit", label: ftext("submit_action", lang), reply: "kirim" },
      { id: "form:cancel", label: ftext("cancel_action", lang), reply: "batal" },
    ],
  };
}

/** Personal data in the sense of UU 27/2022: numbers, contacts, names, addresses, dates of birth. */
export function isPersonalField(f: FormField): boolean {
  return isSensitive(f) || f.type === "email" || f.type === "address" || /nama|alamat|lahir|domisili/.test(f.name);
}

/**
 * The consent notice shown before the first personal field: what is collected, why, how long it
 * is kept and who sees it; null when the form asks for nothing personal.
 *
 * @example
 * consentReply(service, form.fields, 180, "id")?.actions.map((a) => a.reply) // ["setuju", "tidak"]
 */
export function consentReply(service: ServiceStandard, fields: FormField[], retentionDays: number, lang: Lang): FormReply | null {
  const personal = fields.filter(isPersonalField);
  if (personal.length === 0) return null;
  return {
    answer: ftext("consent", lang, {
      nama: service.nama,
      fields: personal.map((f) => f.label).join(", "),
      days: String(retentionDays),
      opd_nama: internalForm(service)?.confidential ? ftext("consent_chosen_office", lang) : service.opd_nama,
    }),
    actions: [
      { id: "form:consent:yes", label: ftext("consent_accept", lang), reply: "setuju" },
      { id: "form:consent:no", label: ftext("consent_decline", lang), reply: "tidak" },
    ],
  };
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
