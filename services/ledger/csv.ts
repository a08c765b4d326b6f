// Ledgers saved as csv: the text decoded (UTF-8 with or without BOM; otherwise GB18030/GBK, which is what
// Excel on Chinese Windows writes) and split into rows by RFC 4180 (quoted fields may hold commas, quotes and
// line breaks).

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The text of a csv file: strict UTF-8 when it decodes as such, else GB18030 (a superset of GBK and GB2312). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  }
}

/** The separator of the file: a comma, unless the first line has tabs (or semicolons) and no commas. */
function separatorOf(text: string): string {
  const end = text.search(/[\r\n]/);
  const firstLine = end < 0 ? text : text.slice(0, end);
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(';')) return ';';
  return ',';
}

/**
 * Rows of cells (RFC 4180): `parseCsv('a,"b ""c"""\r\n1,"x\ny"')` → `[['a', 'b "c"'], ['1', 'x\ny']]`. Line
 * breaks may be CRLF, LF or CR; a final line break adds no empty row.
 */
export function parseCsv(text: string): string[][] {
  const sep = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) endField();
    else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0 || quoted) endRow();
  return rows;
}
