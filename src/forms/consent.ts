import type { ServiceStandard } from "../corpus/service.js";
import { internalForm, isPersonalField } from "./dialogue.js";
import { ftext, type Lang } from "./texts.js";

/**
 * What a form's personal-data notice (UU 27/2022) must say, as data: which fields are personal,
 * how long conversations are kept, and who sees the application. The web form renders it beside
 * the personal fields; the submission API requires `consent: true` whenever it is not null.
 */
export interface ConsentTerms {
  /** Names of the personal fields (e.g. `nik`, `nama_lengkap`). */
  fields: string[];
  /** Their labels, in form order (e.g. "NIK", "Nama lengkap"). */
  labels: string[];
  /** RETENTION_DAYS: conversations are deleted after this many days. */
  retentionDays: number;
  /** Who sees the application: the OPD's name, or "the office you choose" for a confidential form. */
  seenBy: string;
}

/**
 * The consent terms of a service's internal form; null when it asks for nothing personal (or has
 * no internal form), in which case no consent is needed.
 *
 * @example
 * consentTerms(ktpHilang, 180, "id") // { fields: ["nama_lengkap", "nik", …], retentionDays: 180, seenBy: "Dinas Kependudukan …" }
 */
export function consentTerms(service: ServiceStandard, retentionDays: number, lang: Lang): ConsentTerms | null {
  const form = internalForm(service);
  const personal = form?.fields.filter(isPersonalField) ?? [];
  if (!form || personal.length === 0) return null;
  return {
    fields: personal.map((f) => f.name),
    labels: personal.map((f) => f.label),
    retentionDays,
    seenBy: form.confidential ? ftext("consent_chosen_office", lang) : service.opd_nama,
  };
}
