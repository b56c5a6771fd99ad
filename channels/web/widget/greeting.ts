/** The greeting bubble: a welcome text and 3–4 suggested questions for the page's OPD. */
import { h } from "./dom.js";
import { renderMarkdown } from "./markdown.js";
import type { Lang, Strings } from "./strings.js";

type Suggestions = Record<Lang, string[]>;

/** Questions the corpus answers, per OPD (`data-opd`); other OPDs get `DEFAULT`. */
const BY_OPD: Record<string, Suggestions> = {
  disdukcapil: {
    id: [
      "Apa syarat membuat KTP-el baru?",
      "KTP saya hilang, bagaimana mengurusnya?",
      "Syarat akta kelahiran apa saja?",
      "Berapa biaya membuat Kartu Keluarga?",
    ],
    en: [
      "What do I need for a new KTP-el?",
      "I lost my KTP, what should I do?",
      "What are the requirements for a birth certificate?",
      "How much does a family card cost?",
    ],
  },
  dinsos: {
    id: ["Bagaimana mendaftar PBI-JK?", "Apa syarat membuat SKTM?", "Berapa lama proses PBI-JK?"],
    en: ["How do I register for PBI-JK?", "What do I need for an SKTM?", "How long does PBI-JK take?"],
  },
  disnaker: {
    id: ["Apa syarat membuat kartu kuning (AK/1)?", "Berapa biaya kartu kuning?", "Di mana mengurus kartu kuning?"],
    en: ["What do I need for a yellow card (AK/1)?", "How much does the yellow card cost?", "Where do I apply for the yellow card?"],
  },
  dpmptsp: {
    id: ["Bagaimana cara mengurus NIB?", "Apa syarat membuat NIB?", "Berapa biaya mengurus NIB?"],
    en: ["How do I get an NIB?", "What do I need for an NIB?", "How much does an NIB cost?"],
  },
  polri: {
    id: ["Apa syarat membuat SKCK?", "Berapa biaya SKCK?", "Bagaimana mengurus izin keramaian?"],
    en: ["What do I need for an SKCK?", "How much does an SKCK cost?", "How do I get a crowd permit?"],
  },
  kelurahan: {
    id: ["Apa syarat membuat SKTM?", "Berapa lama proses SKTM?", "Saya ingin bicara dengan petugas"],
    en: ["What do I need for an SKTM?", "How long does an SKTM take?", "I want to talk to an officer"],
  },
  "dinas-pupr": {
    id: ["Apa syarat mengurus PBG?", "Berapa lama proses PBG?", "Berapa biaya PBG?"],
    en: ["What do I need for a PBG?", "How long does a PBG take?", "How much does a PBG cost?"],
  },
  diskominfo: {
    id: ["Bagaimana cara menyampaikan pengaduan?", "Berapa lama pengaduan ditanggapi?", "Saya ingin bicara dengan petugas"],
    en: ["How do I file a complaint?", "How long until a complaint is answered?", "I want to talk to an officer"],
  },
};

const DEFAULT: Suggestions = {
  id: ["Apa syarat membuat KTP-el baru?", "Bagaimana cara mengurus NIB?", "Apa syarat membuat SKCK?", "Saya ingin menyampaikan pengaduan"],
  en: ["What do I need for a new KTP-el?", "How do I get an NIB?", "What do I need for an SKCK?", "I want to file a complaint"],
};

/**
 * The suggested questions for an OPD, in the widget's language.
 *
 * @example
 * suggestionsFor("dinsos", "id") // ["Bagaimana mendaftar PBI-JK?", …]
 */
export function suggestionsFor(opd: string | undefined, lang: Lang): string[] {
  return ((opd && BY_OPD[opd]) || DEFAULT)[lang];
}

/**
 * The first bubble of every conversation: the greeting (`data-greeting` or the default) and
 * suggestion buttons that ask their question when clicked.
 *
 * @example
 * log.append(renderGreeting({ text: t.greeting, opd: "disdukcapil", lang: "id", t, ask }));
 */
export function renderGreeting(o: { text: string; opd?: string; lang: Lang; t: Strings; ask(question: string): void }): HTMLElement {
  const text = h("div", { class: "text" });
  renderMarkdown(text, o.text);
  const buttons = suggestionsFor(o.opd, o.lang).map((q) => h("button", { type: "button", class: "suggest", onclick: () => o.ask(q) }, q));
  return h(
    "div",
    { class: "msg bot greeting" },
    h("span", { class: "sr" }, `${o.t.bot}: `),
    text,
    h("div", { class: "actions", role: "group", "aria-label": o.t.suggestions }, ...buttons),
  );
}
