type Attrs = Record<string, string | number | boolean | EventListener | undefined>;
type Child = Node | string | null | undefined | false;

/**
 * A tiny element builder. Text children are text nodes, never parsed as HTML.
 *
 * @example
 * h("button", { type: "button", class: "primary", onclick: () => send() }, "Kirim")
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(name.replace(/^on/, ""), value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

let counter = 0;
/**
 * A unique id inside the widget, for label/aria links.
 *
 * @example
 * uid("nik") // "lt-nik-1"
 */
export function uid(prefix: string): string {
  counter += 1;
  return `lt-${prefix}-${counter}`;
}

const THUMB =
  "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z";

/**
 * A thumb icon as inline SVG (emoji fonts are missing on many machines). Decorative: the button has the label.
 *
 * @example
 * h("button", { "aria-label": t.helpful }, thumbIcon("up"))
 */
export function thumbIcon(direction: "up" | "down"): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("width", "18");
  svg.setAttribute("height", "18");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  if (direction === "down") svg.style.transform = "rotate(180deg)";
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", THUMB);
  path.setAttribute("fill", "currentColor");
  svg.append(path);
  return svg;
}
