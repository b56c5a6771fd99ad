import { randomBytes } from "node:crypto";
import type { ServiceStandard } from "../corpus/service.js";
import { sha256 } from "../privacy/crypto.js";
import { maskPersonalData } from "../privacy/mask.js";
import { displayValue, isSensitive, routeTo } from "./catalog.js";
import type { FormsServices } from "./services.js";
import type { Submission } from "./submissions.js";
import type { Lang } from "./texts.js";
import type { FormField } from "./definition.js";
import { validateField } from "./validators.js";

export interface NextSteps {
  bawa: string[];
  lokasi?: string;
  waktu?: string;
}

export type SubmitResult = { ok: true; submission: Submission; submitterToken: string; nextSteps: NextSteps } | { ok: false; errors: Record<string, string> };

/** What the citizen does next: from the form's `next_steps`, with the standard's `waktu` as fallback. */
export function nextStepsOf(service: ServiceStandard): NextSteps {
  const form = service.form;
  const own = form?.target === "internal" ? form.next_steps : { bawa: [] as string[] };
  const waktu = own.waktu ?? (typeof service.waktu === "string" ? service.waktu : service.waktu.join(" "));
  return { bawa: own.bawa, ...(own.lokasi ? { lokasi: own.lokasi } : {}), waktu };
}

/** Free text (a name, an address, a complaint) is stored and shown with any NIK, phone or e-mail in it masked. */
function storable(field: FormField, value: string): string {
  const freeText = field.type === "text" || field.type === "address" || field.type === "longtext";
  return freeText && !isSensitive(field) ? maskPersonalData(value).text : value;
}

/**
 * Validates every field of an internal form, masks personal numbers typed into free text, encrypts NIK/KK/phone (and `sensitive`) values,
 * keeps a masked copy for display and stores the submission under a new ticket. The chat and
 * `POST /api/forms/:serviceId/submissions` both end here.
 *
 * @example
 * const r = await submitForm(forms, service, { nama_lengkap: "Siti", nik: "7471085203950001", ... }, { channel: "web", userKey: "s1" }, "id");
 * if (r.ok) r.submission.ticket; // "KDI-2026-000001"
 */
export async function submitForm(
  forms: FormsServices,
  service: ServiceStandard,
  raw: Record<string, string | undefined>,
  who: { channel: string; userKey: string },
  lang: Lang,
): Promise<SubmitResult> {
  const form = service.form;
  if (form?.target !== "internal") return { ok: false, errors: { "(form)": "Layanan ini tidak memiliki formulir internal." } };
  const errors: Record<string, string> = {};
  const values: Record<string, string> = {};
  for (const field of form.fields) {
    const v = validateField(field, raw[field.name] ?? "", lang);
    if (v.ok) values[field.name] = storable(field, v.value);
    else errors[field.name] = v.message;
  }
  for (const name of Object.keys(raw)) if (!form.fields.some((f) => f.name === name)) errors[name] = `Isian "${name}" tidak dikenal.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const stored: Record<string, string> = {};
  const masked: Record<string, string> = {};
  let nikHash: string | null = null;
  for (const field of form.fields) {
    const value = values[field.name] ?? "";
    stored[field.name] = isSensitive(field) && value !== "" ? forms.crypto.encrypt(value) : value;
    masked[field.name] = displayValue(field, value);
    if (field.type === "nik" && value !== "" && nikHash === null) nikHash = forms.crypto.hash(value);
  }
  const submitterToken = randomBytes(24).toString("base64url");
  const submission = await forms.submissions.create({
    prefix: form.ticket_prefix,
    serviceId: service.id,
    opd: routeTo(service, values),
    channel: who.channel,
    userKey: who.userKey,
    fields: stored,
    masked,
    nikHash,
    submitterTokenHash: sha256(submitterToken),
    confidential: form.confidential,
  });
  return { ok: true, submission, submitterToken, nextSteps: nextStepsOf(service) };
}
