/**
 * Parses the body of one Pasal (the lines after its "Pasal N" heading) into intro, ayat, list items
 * and, for a Ketentuan Umum Pasal, definitions. Lines without a marker continue the open element.
 */
import { ANGKA_RE, AYAT_RE, HURUF_RE, SUBANGKA_RE, joinContinuation, type Line } from "./lines.js";
import type { Ayat, Definition, ListItem, Pasal } from "./types.js";

/** The parsed body fields of a Pasal (everything but its number and ancestors). */
export type PasalBody = Pick<Pasal, "intro" | "ayat" | "items" | "definitions" | "text">;

interface MutItem {
  kind: ListItem["kind"];
  nomor: string;
  lines: string[];
}

interface Container {
  intro: string[];
  kind: ListItem["kind"] | null;
  items: MutItem[];
}

interface MutAyat extends Container {
  nomor: string;
}

/**
 * Parses a Pasal body.
 *
 * @example
 * parsePasalBody(toLines("(1) Dinas melakukan:\na. pencegahan;\nb. pemantauan.\n(2) Hasilnya dilaporkan."))
 * // { intro: "", ayat: [{ nomor: "1", intro: "Dinas melakukan:", items: [a, b], text: "(1) Dinas ..." },
 * //   { nomor: "2", ... }], items: [], definitions: [], text: "(1) Dinas melakukan:\na. pencegahan;\n..." }
 */
export function parsePasalBody(lines: Line[]): PasalBody {
  const top: Container = { intro: [], kind: null, items: [] };
  const ayat: MutAyat[] = [];
  let sink: string[] = top.intro;

  for (const line of lines) {
    const t = line.text;
    const container: Container = ayat.at(-1) ?? top;
    const ay = AYAT_RE.exec(t);
    if (ay) {
      const a: MutAyat = { nomor: ay[1] ?? "", intro: [ay[2] ?? ""], kind: null, items: [] };
      ayat.push(a);
      sink = a.intro;
      continue;
    }
    const hu = HURUF_RE.exec(t);
    const an = hu ? null : ANGKA_RE.exec(t);
    const marker = hu ? { kind: "huruf" as const, m: hu } : an ? { kind: "angka" as const, m: an } : null;
    if (marker && (container.kind === null || container.kind === marker.kind)) {
      const item: MutItem = { kind: marker.kind, nomor: marker.m[1] ?? "", lines: [marker.m[2] ?? ""] };
      container.kind = marker.kind;
      container.items.push(item);
      sink = item.lines;
      continue;
    }
    const last = container.items.at(-1);
    if ((marker || SUBANGKA_RE.test(t)) && last) {
      last.lines.push(t); // a nested item: keep it on its own line inside the parent item
      sink = last.lines;
      continue;
    }
    appendText(sink, t, line.blankBefore && sink === top.intro);
  }

  const intro = top.intro.join("\n");
  const doneAyat = ayat.map(finishAyat);
  const items = top.items.map(finishItem);
  const definitions = ayat.length === 0 && top.kind === "angka" && /yang dimaksud dengan/i.test(intro) ? items.map(toDefinition) : [];
  const text = [intro, ...doneAyat.map((a) => a.text), ...items.map(renderItem)].filter(Boolean).join("\n");
  return { intro, ayat: doneAyat, items, definitions, text };
}

/** Continues the last line of `sink`, or starts a new paragraph after a finished sentence. */
function appendText(sink: string[], text: string, paragraphBreak: boolean): void {
  const prev = sink.at(-1);
  if (prev === undefined || (paragraphBreak && /[.:;!?]$/.test(prev))) sink.push(text);
  else sink[sink.length - 1] = joinContinuation(prev, text);
}

function finishItem(item: MutItem): ListItem {
  return {
    kind: item.kind,
    nomor: item.nomor,
    text: item.lines
      .map((l) => l.trim())
      .filter(Boolean)
      .join("\n"),
  };
}

function finishAyat(a: MutAyat): Ayat {
  const intro = a.intro
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");
  const items = a.items.map(finishItem);
  const text = [`(${a.nomor}) ${intro}`.trim(), ...items.map(renderItem)].join("\n");
  return { nomor: a.nomor, intro, items, text };
}

/**
 * Renders a list item with its marker.
 *
 * @example
 * renderItem({ kind: "huruf", nomor: "a", text: "kebutuhan pengguna;" }) // "a. kebutuhan pengguna;"
 */
export function renderItem(item: ListItem): string {
  return `${item.nomor}. ${item.text}`;
}

/**
 * The defined term of a definition item: the words before "adalah"/"merupakan", without "yang selanjutnya ...".
 *
 * @example
 * definedTerm("Organisasi Perangkat Daerah yang selanjutnya disingkat OPD adalah unsur ...") // "Organisasi Perangkat Daerah"
 */
export function definedTerm(text: string): string {
  const m = /^(.+?)\s+(?:adalah|merupakan|ialah|yaitu)\s/.exec(text.split("\n")[0] ?? "");
  if (!m?.[1]) return "";
  return m[1]
    .replace(/,?\s+(?:yang\s+)?selanjutnya\b.*$/i, "")
    .replace(/[,\s]+$/, "")
    .trim();
}

function toDefinition(item: ListItem): Definition {
  return { nomor: item.nomor, term: definedTerm(item.text), text: item.text };
}
