/** The script tag's settings: `data-opd`, `data-lang`, `data-title`, `data-color`, `data-greeting`. */
import type { Lang } from "./strings.js";

export interface Config {
  /** Origin of the service (where widget.js came from). */
  base: string;
  opd?: string;
  lang: Lang;
  /** The panel's heading (`data-title`, up to 80 characters). */
  title?: string;
  /** The first message (`data-greeting`, up to 400 characters; the same Markdown as answers). */
  greeting?: string;
  /** The accent colour (`data-color`, `#rgb` or `#rrggbb`). */
  color?: string;
}

const clip = (value: string | undefined, max: number) => {
  const v = value?.replace(/\s+/g, " ").trim();
  return v ? v.slice(0, max) : undefined;
};

/**
 * Reads the settings from the widget's script tag; invalid values are ignored.
 *
 * @example
 * readConfig(document.currentScript) // { base: "https://layanan.kendarikota.go.id", opd: "dinsos", lang: "id", color: "#0b6e4f" }
 */
export function readConfig(script: HTMLScriptElement | null): Config {
  const src = script?.src ? new URL(script.src, document.baseURI) : new URL(document.baseURI);
  const d = script?.dataset ?? {};
  const opd = d.opd?.trim().toLowerCase();
  const color = d.color?.trim().toLowerCase();
  const title = clip(d.title, 80);
  const greeting = clip(d.greeting, 400);
  return {
    base: src.origin,
    ...(opd && /^[a-z0-9-]{2,40}$/.test(opd) ? { opd } : {}),
    lang: d.lang === "en" ? "en" : "id",
    ...(title ? { title } : {}),
    ...(greeting ? { greeting } : {}),
    ...(color && /^#([0-9a-f]{3}|[0-9a-f]{6})$/.test(color) ? { color } : {}),
  };
}

function channels(hex: string): [number, number, number] {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/g, (c) => c + c) : hex;
  return [1, 3, 5].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * WCAG relative luminance of a hex colour.
 *
 * @example
 * luminance("#ffffff") // 1
 */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * CSS custom properties for an accent colour, keeping AA contrast: text on the accent is white or
 * near-black, whichever reads better, and accent-coloured text on white falls back to near-black
 * when the accent is too light.
 *
 * @example
 * themeVars("#f2c94c") // "--a:#f2c94c;--ad:#c2a13d;--on:#1b1b1b;--ink:#1b1b1b"
 */
export function themeVars(color: string): string {
  const l = luminance(color);
  const onWhite = 1.05 / (l + 0.05);
  const dark = `#${channels(color)
    .map((v) =>
      Math.round(v * 0.8)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
  const on = onWhite >= 4.5 ? "#fff" : "#1b1b1b";
  return `--a:${color};--ad:${dark};--on:${on};--ink:${onWhite >= 4.5 ? color : "#1b1b1b"}`;
}
