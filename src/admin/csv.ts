/**
 * Renders rows as CSV (RFC 4180: comma separated, CRLF, quotes doubled) with a header row.
 *
 * @example
 * toCsv(["day", "count"], [["2026-11-20", 3]]) // "day,count\r\n2026-11-20,3\r\n"
 */
export function toCsv(header: string[], rows: Array<Array<string | number | null>>): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
