/** Text cells a spreadsheet would run as a formula (CSV injection): `=`, `+`, `-`, `@`, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Renders rows as CSV (RFC 4180: comma separated, CRLF, quotes doubled) with a header row. Text
 * that starts like a formula is prefixed with `'`, so Excel or LibreOffice shows it as text;
 * numbers are written as they are.
 *
 * @example
 * toCsv(["day", "count"], [["2026-11-20", 3]]) // "day,count\r\n2026-11-20,3\r\n"
 * toCsv(["q"], [["=HYPERLINK(\"x\")"]]) // "q\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n"
 */
export function toCsv(header: string[], rows: Array<Array<string | number | null>>): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? "" : typeof v === "number" ? String(v) : FORMULA_START.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
