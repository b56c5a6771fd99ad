import { citySlug } from "../src/corpus/regulation.js";
import {
  COMPONENT_KEYWORDS,
  COMPONENTS,
  COMPONENT_NAMES,
  REDIRECT_COMPONENT,
  REDIRECT_KEYWORDS,
  REDIRECT_NAME,
  type ServiceStandard,
} from "../src/corpus/service.js";
import type { Chunk } from "../src/index/types.js";

function render(value: string | string[]): string {
  return Array.isArray(value) ? value.map((v, i) => `${i + 1}. ${v}`).join("\n") : value;
}

/**
 * One chunk per component of a service standard ("KTP-el Baru — Biaya/tarif"), plus an overview
 * chunk, so a question about the fee retrieves the fee. Ids are `service:<id>#<component>`.
 *
 * @example
 * chunkService(ktpBaru).find((c) => c.meta.component === "biaya")?.label
 * // "Standar Pelayanan Penerbitan KTP-el Baru (Disdukcapil Kota Kendari), Biaya/tarif"
 */
export function chunkService(s: ServiceStandard): Chunk[] {
  const docId = `service:${s.id}`;
  const title = `Standar Pelayanan ${s.nama}`;
  const unitName = `${s.nama} (${s.opd_nama})`;
  const base = {
    docId,
    title,
    pasal: null,
    ayat: null,
  };
  const meta = (component: string) => ({
    sourceType: "service" as const,
    city: citySlug(s.daerah),
    status: "berlaku" as const,
    opd: [s.opd],
    component,
    serviceId: s.id,
    unit: "komponen" as const,
    unverified: (s.belum_terverifikasi as string[]).includes(component),
  });
  const chunks: Chunk[] = [];
  // Which agency provides another agency's service is its own section (below), not repeated here.
  const overview = [`${s.nama} — ${s.opd_nama}.`, s.ringkasan ?? ""].filter(Boolean).join(" ");
  chunks.push({
    ...base,
    id: `${docId}#ringkasan`,
    headingPath: [s.nama, "Ringkasan"],
    label: `${title}, Ringkasan`,
    text: overview,
    keywords: [s.nama, ...s.aliases],
    meta: meta("ringkasan"),
  });
  for (const component of COMPONENTS) {
    const value = s[component];
    if (value === undefined) continue;
    const name = COMPONENT_NAMES[component].id;
    chunks.push({
      ...base,
      id: `${docId}#${component}`,
      headingPath: [s.nama, name],
      label: `${title}, ${name}`,
      text: `${unitName} — ${name}:\n${render(value)}`,
      keywords: [s.nama, ...s.aliases, COMPONENT_KEYWORDS[component] ?? name],
      meta: meta(component),
    });
  }
  // Another agency's service: who provides it, and why, as its own section.
  if (s.dialihkan_ke) {
    chunks.push({
      ...base,
      id: `${docId}#${REDIRECT_COMPONENT}`,
      headingPath: [s.nama, REDIRECT_NAME],
      label: `${title}, ${REDIRECT_NAME}`,
      text: `${unitName} — ${REDIRECT_NAME}:\nLayanan ini bukan layanan Pemerintah Kota. ${s.dialihkan_ke.alasan} Silakan menghubungi ${s.dialihkan_ke.instansi}.`,
      keywords: [s.nama, ...s.aliases, REDIRECT_KEYWORDS],
      meta: meta(REDIRECT_COMPONENT),
    });
  }
  return chunks;
}
