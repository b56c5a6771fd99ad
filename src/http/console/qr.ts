import qrcode from "qrcode-terminal";

/**
 * A QR code as text blocks (light on dark, as in a terminal), for WhatsApp's login on the console.
 *
 * @example
 * qrBlock("2@abc…") // "▄▄▄▄…\n█ ▄▄▄▄▄ █…"
 */
export function qrBlock(data: string): string {
  let out = "";
  qrcode.generate(data, { small: true }, (s) => (out = s));
  return out;
}
