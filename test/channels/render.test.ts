import { describe, expect, it } from "vitest";
import { renderTelegram, TELEGRAM_LIMIT } from "../../channels/telegram/render.js";
import { renderWhatsApp, WHATSAPP_LIMIT } from "../../channels/whatsapp/render.js";
import { ANSWERED, FORM, NO_ANSWER } from "./fakes.js";

const squash = (s: string) => s.replace(/\s+/g, "");

describe("Telegram rendering", () => {
  it("renders an answered reply as escaped HTML with bold, italic and a numbered source list", () => {
    const { messages } = renderTelegram(ANSWERED);
    expect(messages).toEqual([
      {
        text:
          "<b>Syarat KTP-el baru</b>:\n1. Fotokopi KK\n2. Usia 17 tahun &amp; sudah <i>rekam</i> &lt;biometrik&gt;\n\n" +
          "Sumber:\n1. Standar Pelayanan KTP-el, Persyaratan\n2. Perwali Kendari 37/2024 Pasal 7 ayat (1)",
        parse_mode: "HTML",
      },
    ]);
  });

  it("renders a no_answer as the canned text without sources or buttons", () => {
    expect(renderTelegram(NO_ANSWER).messages).toEqual([{ text: NO_ANSWER.answer, parse_mode: "HTML" }]);
  });

  it("renders form actions as inline keyboard buttons whose callback_data is the reply", () => {
    expect(renderTelegram(FORM).messages).toEqual([
      {
        text: "Untuk mengajukan KTP-el baru, pilih salah satu:",
        parse_mode: "HTML",
        reply_markup: { inline_keyboard: [[{ text: "Ajukan KTP-el", callback_data: "ajukan ktp-el baru" }], [{ text: "Batal", callback_data: "batal" }]] },
      },
    ]);
  });

  it("keeps callback_data within 64 bytes, mapping a long reply to a token", () => {
    const reply = "saya ingin mengajukan permohonan kartu identitas anak untuk anak kedua saya";
    const { messages, callbacks } = renderTelegram({ answer: "Pilih", citations: [], actions: [{ id: "x", label: "KIA", reply }] });
    const data = messages[0]!.reply_markup!.inline_keyboard[0]![0]!.callback_data;
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(callbacks.get(data)).toBe(reply);
  });

  it("splits a long reply below 4096 characters at line boundaries, tags balanced, all text in order", () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${i + 1}. **Persyaratan** nomor ${i + 1} untuk layanan & dokumen <asli>`);
    const answer = lines.join("\n");
    const { messages } = renderTelegram({ ...FORM, answer });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.text.length).toBeLessThan(TELEGRAM_LIMIT);
      expect(m.text.match(/<b>/g)?.length).toBe(m.text.match(/<\/b>/g)?.length);
      expect(m.text).not.toMatch(/<[^>]*$/);
    }
    expect(squash(messages.map((m) => m.text).join("\n"))).toBe(squash(renderTelegram({ answer, citations: [], actions: [] }, 1_000_000).messages[0]!.text));
    expect(messages.map((m) => Boolean(m.reply_markup))).toEqual([...messages.slice(1).map(() => false), true]);
  });

  it("never cuts inside a tag when a single line is longer than the limit", () => {
    const answer = Array.from({ length: 2000 }, () => "**tebal** biasa").join(" ");
    const { messages } = renderTelegram({ answer, citations: [], actions: [] });
    for (const m of messages) {
      expect(m.text.length).toBeLessThan(TELEGRAM_LIMIT);
      expect(m.text.match(/<b>/g)?.length).toBe(m.text.match(/<\/b>/g)?.length);
      expect(m.text.startsWith("<b>") || m.text.startsWith("biasa")).toBe(true);
    }
  });
});

describe("WhatsApp rendering", () => {
  it("renders an answered reply with *bold*, _italic_ and a numbered source list", () => {
    expect(renderWhatsApp(ANSWERED)).toEqual({
      parts: [
        "*Syarat KTP-el baru*:\n1. Fotokopi KK\n2. Usia 17 tahun & sudah _rekam_ <biometrik>\n\n" +
          "Sumber:\n1. Standar Pelayanan KTP-el, Persyaratan\n2. Perwali Kendari 37/2024 Pasal 7 ayat (1)",
      ],
      options: [],
    });
  });

  it("renders a no_answer as the canned text", () => {
    expect(renderWhatsApp(NO_ANSWER)).toEqual({ parts: [NO_ANSWER.answer], options: [] });
  });

  it("renders form actions as numbered options", () => {
    expect(renderWhatsApp(FORM)).toEqual({
      parts: ["Untuk mengajukan KTP-el baru, pilih salah satu:\n\nBalas 1 untuk Ajukan KTP-el\nBalas 2 untuk Batal"],
      options: ["ajukan ktp-el baru", "batal"],
    });
  });

  it("splits a long reply into parts under 4000 characters, in order, keeping all the text", () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraf ${i + 1}: ${"isi peraturan ".repeat(12)}`.trim());
    const answer = paragraphs.join("\n\n");
    const { parts } = renderWhatsApp({ answer, citations: [], actions: [] });
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(WHATSAPP_LIMIT);
    expect(parts.join("\n\n")).toBe(answer);
    expect(parts[0]!.startsWith("Paragraf 1:")).toBe(true);
  });
});
