/** Renders a `ChatResponse` as WhatsApp text: *bold*, _italic_, numbered options instead of buttons. */
import type { ChatResponse } from "../../src/answer/types.js";
import { splitMessage } from "../split.js";

/** WhatsApp accepts longer texts, but long ones are hard to read and may be cut: 4000 per part. */
export const WHATSAPP_LIMIT = 4000;

export interface WhatsAppRender {
  parts: string[];
  /** The reply text of option n is `options[n - 1]`. */
  options: string[];
}

/** Markdown `**bold**`/`__italic__` to WhatsApp `*bold*`/`_italic_`. */
export function markdownToWhatsApp(text: string): string {
  return text.replace(/\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*/g, "*$1*").replace(/__(?=\S)([^_\n]+?)(?<=\S)__/g, "_$1_");
}

/**
 * The parts for one reply, and the options a numeric reply selects.
 *
 * @example
 * renderWhatsApp({ answer: "Pilih:", citations: [], actions: [{ id: "a", label: "Ajukan", reply: "ajukan ktp" }] });
 * // { parts: ["Pilih:\n\nBalas 1 untuk Ajukan"], options: ["ajukan ktp"] }
 */
export function renderWhatsApp(reply: Pick<ChatResponse, "answer" | "citations" | "actions">, limit = WHATSAPP_LIMIT): WhatsAppRender {
  const blocks = [markdownToWhatsApp(reply.answer.trim())];
  const labels = [...new Map(reply.citations.map((c) => [c.label, c.url] as const))];
  if (labels.length > 0) blocks.push(`Sumber:\n${labels.map(([label, url], i) => `${i + 1}. ${label}${url ? ` (${url})` : ""}`).join("\n")}`);
  // A form choice is already a numbered line of the question ("Pilihan:\n1. hilang"): its number selects it.
  const lines = reply.actions.flatMap((a, i) => (a.id.startsWith("form:choice:") ? [] : [`Balas ${i + 1} untuk ${a.label}`]));
  if (lines.length > 0) blocks.push(lines.join("\n"));
  return { parts: splitMessage(blocks.join("\n\n"), limit), options: reply.actions.map((a) => a.reply) };
}
