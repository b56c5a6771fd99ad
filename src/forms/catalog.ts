import type { ServiceStandard } from "../corpus/service.js";
import type { CorpusIndex } from "../index/corpus-index.js";
import { maskNumber16, maskPhone } from "../privacy/mask.js";
import type { FormField } from "./definition.js";
import { bullets } from "./texts.js";

/**
 * A service standard from the live index, or null.
 *
 * @example
 * serviceById(index, "ktp-el-baru")?.form?.target // "internal"
 */
export function serviceById(index: Pick<CorpusIndex, "document"> | null, id: string): ServiceStandard | null {
  const doc = index?.document(`service:${id}`);
  return doc?.kind === "service" ? doc.meta : null;
}

/** A component quoted exactly: a sentence as is, a list as bullet lines. */
export function quote(value: string | string[] | undefined): string {
  if (value === undefined) return "-";
  return typeof value === "string" ? value : `\n${bullets(value)}`;
}

/** Whether a field's value is encrypted at rest and shown masked. */
export function isSensitive(field: FormField): boolean {
  return field.type === "nik" || field.type === "kk" || field.type === "phone" || field.sensitive === true;
}

/**
 * How a value is shown back to the citizen or an officer: NIK/KK as 7471********0001, phones as 0812******90.
 *
 * @example
 * displayValue({ type: "nik", ... }, "7471085203950001") // "7471********0001"
 */
export function displayValue(field: FormField, value: string): string {
  if (value === "") return "-";
  if (field.type === "nik" || field.type === "kk") return maskNumber16(value);
  if (field.type === "phone") return maskPhone(value);
  if (field.sensitive) return "****";
  return value;
}

/** The OPD a complaint goes to, from the option chosen in the `opd_tujuan` field of `pengaduan`. */
const COMPLAINT_OPD: Record<string, string> = {
  "Dinas Kependudukan dan Pencatatan Sipil": "disdukcapil",
  "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu": "dpmptsp",
  "Dinas Pekerjaan Umum dan Penataan Ruang": "dpupr",
  "Dinas Perumahan, Kawasan Permukiman dan Pertanahan": "perkim",
  "Dinas Lingkungan Hidup dan Kehutanan": "dlhk",
  "Dinas Kesehatan": "dinkes",
  "Dinas Sosial": "dinsos",
  "Dinas Pendidikan, Kepemudaan dan Olahraga": "dikpora",
  "Dinas Tenaga Kerja dan Perindustrian": "disnakerin",
  "Dinas Perdagangan, Koperasi dan UKM": "disperdagkop",
  "Dinas Perhubungan": "dishub",
  "Dinas Kebakaran": "damkar",
  "Dinas Komunikasi dan Informatika": "diskominfo",
  "Badan Pengelola Pajak dan Retribusi Daerah": "bapenda",
  "Satuan Polisi Pamong Praja": "satpol-pp",
  "RSUD Kota Kendari": "rsud",
  "Kantor Kecamatan atau Kelurahan": "kecamatan",
};

/**
 * The OPD that works a submission: the chosen OPD for a complaint, the service's OPD otherwise.
 *
 * @example
 * routeTo(pengaduan, { opd_tujuan: "Dinas Perhubungan" }) // "dishub"
 */
export function routeTo(service: ServiceStandard, values: Record<string, string>): string {
  const chosen = values.opd_tujuan;
  if (chosen !== undefined) return COMPLAINT_OPD[chosen] ?? service.opd;
  return service.opd;
}
