/**
 * Indonesian provinces, cities and regencies by their common names (lowercase, as
 * `normalizeText` writes them), from general knowledge. A question that names one of these and
 * none of the corpus's own places asks about another region's services or rules. Names that are
 * also everyday words (malang, padang, palu, medan, batu, solo ...) count only with "kota" or
 * "kabupaten" before them. Also the checks on them that need the index: whether a place is one of
 * the corpus's own, whether a city has service standards, and what "di sana" points to.
 */
import type { CorpusIndex } from "../index/corpus-index.js";
import { normalizeText, tokenize } from "../text/normalize.js";

const PLAIN = `aceh, banda aceh, sabang, lhokseumawe, langsa, sumatera utara, sibolga, pematangsiantar, tebing tinggi, binjai,
padangsidimpuan, gunungsitoli, sumatera barat, bukittinggi, payakumbuh, sawahlunto, pariaman, pekanbaru, dumai, kepulauan riau,
batam, tanjungpinang, jambi, sungai penuh, bengkulu, sumatera selatan, palembang, prabumulih, lubuklinggau, pagar alam, lampung,
bandar lampung, bangka belitung, pangkalpinang, jakarta, dki jakarta, bekasi, depok, bogor, tangerang, tangerang selatan, cilegon,
banten, bandung, cimahi, sukabumi, tasikmalaya, cirebon, jawa barat, jawa tengah, semarang, surakarta, salatiga, magelang,
pekalongan, purwokerto, yogyakarta, jogja, jogjakarta, sleman, bantul, jawa timur, surabaya, sidoarjo, gresik, mojokerto, pasuruan,
madiun, jember, banyuwangi, bali, denpasar, nusa tenggara barat, nusa tenggara timur, mataram, kupang, pontianak, singkawang,
palangkaraya, palangka raya, banjarmasin, banjarbaru, samarinda, balikpapan, bontang, tarakan, kalimantan barat, kalimantan timur,
kalimantan selatan, kalimantan tengah, kalimantan utara, sulawesi utara, manado, bitung, tomohon, kotamobagu, gorontalo,
sulawesi tengah, sulawesi selatan, makassar, parepare, palopo, gowa, maros, sulawesi barat, mamuju, maluku, ambon, tual,
maluku utara, tidore, papua, jayapura, sorong, merauke, manokwari, baubau, bau bau, kolaka, kolaka utara, kolaka timur, konawe,
konawe selatan, konawe utara, konawe kepulauan, wakatobi, buton utara, buton selatan, buton tengah, muna barat, bombana, raha,
unaaha, andoolo`;
const WITH_KIND = [
  "malang",
  "padang",
  "palu",
  "medan",
  "batu",
  "solo",
  "kendal",
  "bima",
  "metro",
  "banjar",
  "tegal",
  "blitar",
  "kediri",
  "serang",
  "muna",
  "buton",
  "bone",
  "riau",
];

export const OTHER_PLACES: readonly string[] = [
  ...new Set([...PLAIN.split(",").map((p) => p.trim().replace(/\s+/g, " ")), ...WITH_KIND.flatMap((p) => [`kota ${p}`, `kabupaten ${p}`, `kab ${p}`])]),
].filter(Boolean);

/** Other countries, by the names people type: a server "in Singapore" is no topic the corpus lacks. */
const COUNTRIES =
  "singapore singapura malaysia china tiongkok jepang japan korea amerika america usa australia eropa europe india thailand vietnam filipina philippines".split(
    " ",
  );

/**
 * Kendari's own districts (kecamatan) and well-known neighbourhoods and landmarks, from general knowledge: where
 * the asker lives or lost a wallet ("rumah sy di Baruga", "dicopet di pasar sentral") is not a topic the corpus lacks.
 */
const KENDARI_PLACES =
  "mandonga baruga puuwatu kadia wua-wua wuawua poasia abeli kambu nambo lepo-lepo anduonohu lalolara bende korumba tobuuha rahandouna kemaraya sodohoa lahundape punggaloba bonggoeya anggoeya lalodati wundudopi mokoau watubangga kandai benu-benu purirano andonohu andounohu tipulu lapulu";

/** The single-word names among them, Kendari's own and other countries ("kolaka", "baruga", "singapore"), as a tokenised question holds them. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([...OTHER_PLACES.filter((p) => !p.includes(" ")), ...tokenize(KENDARI_PLACES), ...COUNTRIES]);

/** Whether the place named last before "di sana" is another place, not Kendari ("tinggal di baubau … disana ada antrian online?"). */
export function pointsToOtherPlace(text: string, index: CorpusIndex): boolean {
  const there = / (di ?sana|disana|sana|over there|there) /.exec(` ${text} `);
  if (!there) return false;
  const before = ` ${text} `.slice(0, there.index + 1);
  const last = (place: string) => before.lastIndexOf(` ${place} `);
  const other = Math.max(-1, ...OTHER_PLACES.filter((p) => !knownPlace(p, index)).map(last));
  return other >= 0 && other > last("kendari");
}

/** Offices that serve one place: "<office> (kota) <place>" names another place's office. */
export const OFFICE =
  "(dukcapil|disdukcapil|capil|kantor|dinas|disnaker|dinsos|dinkes|disdik|dishub|dpmptsp|kesbangpol|polres|polresta|polsek|kelurahan|kecamatan|pemkot|pemda|pemkab|mpp|samsat|imigrasi)";

/** Whether any service standard in the index is for `city` (a regulation id's city part, e.g. "probolinggo"). */
export function hasServiceStandards(city: string, index: CorpusIndex): boolean {
  return index.documents().some((d) => d.kind === "service" && normalizeText(d.meta.daerah).includes(city.replace(/-/g, " ")));
}

const known = new WeakMap<CorpusIndex, string>();

/** Whether a place name occurs in the corpus (then it is not "another place"). */
export function knownPlace(place: string, index: CorpusIndex): boolean {
  let all = known.get(index);
  if (all === undefined) {
    all = ` ${index
      .documents()
      .map((d) => normalizeText(`${d.docId.replace(/-/g, " ")} ${d.kind === "service" ? d.meta.daerah : (d.meta.daerah ?? "")}`))
      .join(" ")} `;
    known.set(index, all);
  }
  return all.includes(` ${place} `);
}
