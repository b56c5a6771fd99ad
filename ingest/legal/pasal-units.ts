/**
 * Turns one parsed Pasal into retrievable units: the whole Pasal, one unit per ayat when it is long,
 * groups of huruf items when an ayat (or an ayat-less Pasal) is still long, and one unit per
 * definition for a Ketentuan Umum Pasal.
 */
import type { ChunkMeta } from "../../src/index/types.js";
import { renderItem } from "./pasal-body.js";
import type { Ayat, ListItem, Pasal } from "./types.js";

/** A chunk before document-wide fields are added; `key` is the id after "#", `ref` the label after the name. */
export interface Unit {
  key: string;
  unit: NonNullable<ChunkMeta["unit"]>;
  /** Appended to the regulation name to make the label: ", Pasal 7 ayat (1)" or " (Pembukaan)". */
  labelTail: string;
  headingPath: string[];
  pasal: string | null;
  ayat: string | null;
  text: string;
}

/**
 * Units of one Pasal.
 *
 * @example
 * pasalUnits(pasal7, 1200).map((u) => u.key) // ["pasal-7"] or, when long, ["pasal-7-ayat-1", "pasal-7-ayat-2"]
 */
export function pasalUnits(p: Pasal, max: number): Unit[] {
  const head = `Pasal ${p.nomor}`;
  const key = `pasal-${p.nomor.toLowerCase()}`;
  if (p.definitions.length > 0) {
    return p.definitions.map((d) => ({
      key: `${key}-angka-${d.nomor}`,
      unit: "definisi",
      labelTail: `, ${head} angka ${d.nomor}`,
      headingPath: [...p.headingPath, `angka ${d.nomor}`],
      pasal: p.nomor,
      ayat: null,
      text: `${head} angka ${d.nomor}: ${d.text}`,
    }));
  }
  const whole = [head, p.text].filter(Boolean).join("\n");
  if (whole.length <= max || (p.ayat.length === 0 && p.items.length === 0)) {
    return [{ key, unit: "pasal", labelTail: `, ${head}`, headingPath: p.headingPath, pasal: p.nomor, ayat: null, text: whole }];
  }
  const lead = [head, p.intro].filter(Boolean).join("\n");
  if (p.ayat.length > 0) return p.ayat.flatMap((a) => ayatUnits(p, a, lead, max));
  return itemGroups(p, null, lead, p.items, max);
}

function ayatUnits(p: Pasal, a: Ayat, lead: string, max: number): Unit[] {
  const text = `${lead}\n${a.text}`;
  if (text.length <= max || a.items.length === 0) {
    return [
      {
        key: `pasal-${p.nomor.toLowerCase()}-ayat-${a.nomor}`,
        unit: "ayat",
        labelTail: `, Pasal ${p.nomor} ayat (${a.nomor})`,
        headingPath: [...p.headingPath, `ayat (${a.nomor})`],
        pasal: p.nomor,
        ayat: a.nomor,
        text,
      },
    ];
  }
  return itemGroups(p, a, `${lead}\n(${a.nomor}) ${a.intro}`.trim(), a.items, max);
}

/** Groups consecutive list items under the lead sentence so each group stays within `max` where possible. */
function itemGroups(p: Pasal, a: Ayat | null, lead: string, items: ListItem[], max: number): Unit[] {
  const groups: ListItem[][] = [];
  let size = lead.length;
  for (const item of items) {
    const len = renderItem(item).length + 1;
    const last = groups.at(-1);
    if (last && size + len <= max) last.push(item);
    else {
      groups.push([item]);
      size = lead.length;
    }
    size += len;
  }
  const base = `pasal-${p.nomor.toLowerCase()}${a ? `-ayat-${a.nomor}` : ""}`;
  const where = `Pasal ${p.nomor}${a ? ` ayat (${a.nomor})` : ""}`;
  return groups.map((group) => {
    const first = group[0] as ListItem;
    const last = group.at(-1) as ListItem;
    const range = first === last ? `${first.kind} ${first.nomor}` : `${first.kind} ${first.nomor} sampai dengan ${last.kind} ${last.nomor}`;
    return {
      key: `${base}-${first.kind}-${first.nomor}`,
      unit: a ? "ayat" : "pasal",
      labelTail: `, ${where} ${range}`,
      headingPath: [...p.headingPath, ...(a ? [`ayat (${a.nomor})`] : []), range],
      pasal: p.nomor,
      ayat: a?.nomor ?? null,
      text: `${lead}\n${group.map(renderItem).join("\n")}`,
    };
  });
}
