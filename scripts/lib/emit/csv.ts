/**
 * CSV as spreadsheet programs on Chinese systems read it: a UTF-8 BOM, CRLF line ends, and a
 * field quoted only when it holds a quotation mark, comma or line break.
 *
 * toCsv([['id', '名称'], ['a', '含,逗号']]) -> '\uFEFFid,名称\r\na,"含,逗号"\r\n'
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

function field(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
