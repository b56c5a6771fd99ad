/**
 * The legal-structure tree of one regulation (Perwali, Perda, ...), as produced by `parseLegalText`.
 * Text fields are normalised: markdown markers stripped, whitespace collapsed, words unchanged.
 */

/** A numbered structural heading: BAB ("IV", "KEAMANAN DATA"), Bagian ("Kesatu", "Umum"), Paragraf ("1", ...). */
export interface StructHeading {
  nomor: string;
  /** Title; "" when the source has none (e.g. a bare "Bagian Kesatu" followed by a Pasal). */
  judul: string;
}

/** A list item: huruf ("a.") or angka ("1."); `text` has no marker and may hold sub-items on new lines ("1) ..."). */
export interface ListItem {
  kind: "huruf" | "angka";
  nomor: string;
  text: string;
}

/** An ayat "(1) ...": `intro` is its own sentence, `items` its huruf list, `text` the rendered whole with marker. */
export interface Ayat {
  nomor: string;
  intro: string;
  items: ListItem[];
  /** e.g. "(1) Dinas ... melakukan:\na. pencegahan ...;\nb. ..." */
  text: string;
}

/** One definition of a Ketentuan Umum Pasal: "12. Walidata adalah ..." → { nomor: "12", term: "Walidata", text: "Walidata adalah ..." }. */
export interface Definition {
  nomor: string;
  /** The defined term (text before "adalah"/"merupakan", without "yang selanjutnya disebut ..."); "" if not found. */
  term: string;
  text: string;
}

/** One Pasal with its ancestors and its parsed body. */
export interface Pasal {
  /** "7", or "5A". */
  nomor: string;
  /** Unnumbered caption printed above the Pasal (e.g. "Maksud"), or null. */
  judul: string | null;
  bab: StructHeading | null;
  bagian: StructHeading | null;
  paragraf: StructHeading | null;
  /** e.g. ["BAB II RUANG LINGKUP SPBE", "Bagian Kesatu Penyelenggaraan SPBE", "Pasal 6"]. */
  headingPath: string[];
  /** Text before the first ayat or list item ("" if none). */
  intro: string;
  ayat: Ayat[];
  /** Top-level list when the Pasal has no ayat. */
  items: ListItem[];
  /** Filled for a definitions Pasal ("... yang dimaksud dengan: 1. X adalah ..."). */
  definitions: Definition[];
  /** The whole body rendered, without the "Pasal N" line. */
  text: string;
}

/** A section of a Lampiran, split at its lettered headings ("A. PENDAHULUAN"). */
export interface LampiranSection {
  /** Lampiran number ("I", "II"), or null for a single unnumbered Lampiran. */
  nomor: string | null;
  /** The Lampiran's title, e.g. "PEDOMAN TEKNIS PEMBANGUNAN TIK" ("" if none). */
  judul: string;
  /** The section heading, e.g. "A. PENDAHULUAN"; the Lampiran title when it has no sections. */
  heading: string;
  text: string;
}

/** A parsed regulation. */
export interface LegalDocument {
  /** Title, Menimbang, Mengingat, Menetapkan: everything before the first BAB or Pasal. */
  pembukaan: string;
  /** BAB headings in order. */
  bab: StructHeading[];
  /** All Pasal in order, each carrying its BAB/Bagian/Paragraf. */
  pasal: Pasal[];
  lampiran: LampiranSection[];
  /** "Agar setiap orang mengetahuinya ...", signatures, "Ditetapkan di", "BERITA DAERAH ...". */
  penutup: string;
  /** The Penjelasan section, or null when the regulation has none. */
  penjelasan: string | null;
  /** Lines the parser could not place (for ingest diagnostics); empty for a clean parse. */
  warnings: string[];
}
