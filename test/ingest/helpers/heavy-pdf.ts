import { deflateSync } from "node:zlib";

/**
 * A small PDF that is slow to read: one page whose compressed content stream holds `ops` text
 * operations after the given lines (a few KB on disk, seconds of parsing), like the 146 KB PDF
 * that froze `/healthz` for 80 s. `pages` adds empty pages, to test the page limit.
 *
 * @example
 * writeFileSync("berat.pdf", heavyPdf(["Pasal 1", "Isi."], 400_000));
 */
export function heavyPdf(lines: string[], ops: number, pages = 1): Buffer {
  const esc = (s: string) => s.replace(/([\\()])/g, "\\$1");
  const parts = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td", ...lines.map((l) => `(${esc(l)}) Tj T*`), "ET", "BT", "/F1 1 Tf", "0 TL", "-500 -500 Td"];
  for (let i = 0; i < ops; i++) parts.push(`(${i % 10}) Tj`);
  parts.push("ET");
  const stream = deflateSync(Buffer.from(parts.join("\n"), "latin1"));
  const extra = Array.from({ length: pages - 1 }, (_, i) => 6 + i);
  const objs = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${[4, ...extra].map((id) => `${id} 0 R`).join(" ")}] /Count ${pages} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
  ];
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Buffer) => {
    chunks.push(b);
    length += b.length;
  };
  push(Buffer.from("%PDF-1.4\n", "latin1"));
  objs.forEach((o, i) => {
    offsets.push(length);
    push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, "latin1"));
  });
  offsets.push(length);
  push(Buffer.from(`5 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, "latin1"));
  push(stream);
  push(Buffer.from("\nendstream\nendobj\n", "latin1"));
  for (const id of extra) {
    offsets.push(length);
    push(Buffer.from(`${id} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n`, "latin1"));
  }
  const xref = length;
  let tail = `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) tail += `${String(o).padStart(10, "0")} 00000 n \n`;
  tail += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  push(Buffer.from(tail, "latin1"));
  return Buffer.concat(chunks);
}

/**
 * Runs `work` while a 10 ms timer ticks, and returns the longest time the event loop did not
 * answer (the largest gap between ticks, including the last one).
 *
 * @example
 * const { gapMs } = await longestStall(() => extractPdfText(bytes)); // gapMs < 200
 */
export async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; gapMs: number }> {
  let last = performance.now();
  let gap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 10);
  try {
    const result = await work();
    gap = Math.max(gap, performance.now() - last);
    return { result, gapMs: gap };
  } finally {
    clearInterval(timer);
  }
}
