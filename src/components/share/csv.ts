/**
 * CSV as spreadsheets open it: RFC 4180 quoting, CRLF line ends and a UTF-8 byte-order mark
 * (without it, Excel misreads curly quotes and accents). The header row comes first; the
 * title, link, date and licence follow the table after an empty line, each marked with "#".
 */
export type Cell = string | number | undefined;

const quote = (cell: Cell): string => {
  const text = cell === undefined ? '' : String(cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(rows: readonly (readonly Cell[])[], notes: readonly string[] = []): string {
  const lines = rows.map((row) => row.map(quote).join(','));
  if (notes.length > 0) lines.push('', ...notes.map((note) => quote(`# ${note}`)));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
