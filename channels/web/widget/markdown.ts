/**
 * The small Markdown the answers use, rendered as DOM nodes (never as HTML, so no text can inject
 * markup): `**bold**`, `_italic_` and `*italic*`, `-`/`*`/`1.` lists, `[label](https://…)` and bare
 * https links (opened in a new tab with rel="noopener noreferrer"). Anything else stays text; a masked
 * number such as 7471********0001 is never read as emphasis. No regex lookbehind: Safari < 16.4 has none.
 */
import { h } from "./dom.js";

const INLINE =
  /\*\*([^*\n]+?)\*\*|(^|[\s(])\*([^*\s](?:[^*\n]*?[^*\s])?)\*(?![\w*])|(^|[^\w])_([^_\s](?:[^_\n]*?[^_\s])?)_(?!\w)|\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>()]*[^\s<>().,;:!?'"])/g;
const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

function link(url: string, label: string): Node {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return document.createTextNode(label);
    return h("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer" }, label);
  } catch {
    return document.createTextNode(label);
  }
}

/**
 * Inline Markdown of one line as nodes.
 *
 * @example
 * inline("**Biaya** _gratis_") // [<strong>Biaya</strong>, " ", <em>gratis</em>]
 */
export function inline(text: string): Node[] {
  const out: Node[] = [];
  const re = new RegExp(INLINE.source, "g");
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [whole, bold, starPre, star, underPre, under, label, href, bare] = m;
    let start = m.index;
    const prefix = starPre ?? underPre ?? "";
    start += prefix.length;
    if (start > at) out.push(document.createTextNode(text.slice(at, start)));
    if (bold !== undefined) out.push(h("strong", {}, ...inline(bold)));
    else if (star !== undefined) out.push(h("em", {}, star));
    else if (under !== undefined) out.push(h("em", {}, under));
    else if (label !== undefined && href !== undefined) out.push(link(href, label));
    else if (bare !== undefined) out.push(link(bare, bare));
    at = m.index + whole.length;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

/**
 * Fills `el` with the rendered answer: text lines (the bubble keeps line breaks) and lists.
 *
 * @example
 * renderMarkdown(div, "Syarat:\n- KK asli\n- _Formulir F-1.02_") // "Syarat:" + <ul><li>KK asli</li><li><em>…</em></li></ul>
 */
export function renderMarkdown(el: HTMLElement, text: string): void {
  const nodes: Node[] = [];
  let list: HTMLUListElement | HTMLOListElement | null = null;
  let lines: string[] = [];
  const flushText = () => {
    if (lines.length) nodes.push(h("span", { class: "p" }, ...inline(lines.join("\n"))));
    lines = [];
  };
  for (const line of text.split("\n")) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const tag = bullet ? "ul" : "ol";
      if (!list || list.tagName.toLowerCase() !== tag) {
        flushText();
        list = h(tag, {});
        nodes.push(list);
      }
      list.append(h("li", {}, ...inline(item[1] ?? "")));
      continue;
    }
    if (list && !line.trim()) continue; // a blank line after a list
    list = null;
    lines.push(line);
  }
  flushText();
  el.replaceChildren(...nodes);
}
