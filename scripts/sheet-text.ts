/**
 * A readable text form of a workbook, so samples and test fixtures can be read,
 * diffed and edited by hand, and regenerated into .xlsx by scripts/make-samples.ts.
 *
 *   @sheet 사업설명서          starts a sheet
 *   @merge A20:A31            merges an area of the current sheet
 *   @row 12                   next line is written at row 12 (1-based); rows otherwise follow on
 *   a | b | | n:427660        a row: cells split on " | "; an empty cell between bars is empty
 *
 * Cells: `n:427660` is a number shown `427,660`; `n:-2590` shows `△2,590`;
 * `n:19.94:0.00` a number with that many decimals shown; `n:0.05405:0.000%` a fraction
 * shown as a percent (`5.405%`, Excel's percent format); `n:-14281:0:-` a negative shown
 * with a minus sign (`-14,281`) where the document prints `-`, not `△`, and
 * `n:-247296958:0:()` one in brackets (`(247,296,958)`); `e:#REF!` an
 * error value; anything else is text as written, where `\n` is a line break inside the
 * cell (Alt+Enter), as real documents put several lines in one cell, and `\s` a space
 * (so a label indented with leading spaces keeps them: `\s\s일반회계`).
 * Lines starting with `#` are comments; a line of only `.` is a blank row.
 */
import type { CellValue, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../src/engine/snapshot';
import { parseCellAddress } from '../src/engine/address';

export interface TextCell {
  readonly value: CellValue;
  readonly text: string;
  readonly numberFormat: string | null;
}

export interface TextSheet {
  readonly name: string;
  readonly rows: (TextCell | null)[][];
  readonly merges: MergeArea[];
}

export const GROUPED = '#,##0;"△"#,##0';

export function parseSheetText(source: string): TextSheet[] {
  const sheets: TextSheet[] = [];
  let current: TextSheet | null = null;
  let nextRow = 0;
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (line.startsWith('#') || line === '') continue;
    if (line.startsWith('@sheet ')) {
      current = { name: line.slice(7).trim(), rows: [], merges: [] };
      sheets.push(current);
      nextRow = 0;
      continue;
    }
    if (!current) throw new Error('sheet text: a row before any @sheet');
    if (line.startsWith('@merge ')) {
      const [a, b] = line.slice(7).trim().split(':');
      const from = parseCellAddress(a ?? '');
      const to = parseCellAddress(b ?? '');
      if (!from || !to) throw new Error(`sheet text: bad merge ${line}`);
      current.merges.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
      continue;
    }
    if (line.startsWith('@row ')) {
      nextRow = Number(line.slice(5)) - 1;
      continue;
    }
    current.rows[nextRow++] = line === '.' ? [] : line.split(/ \|(?: |$)/).map(parseCell);
  }
  return sheets;
}

export function parseCell(raw: string): TextCell | null {
  const s = raw.trim();
  if (s === '') return null;
  if (/^e:#[A-Z/0!?]+$/.test(s)) return { value: { error: s.slice(2) }, text: s.slice(2), numberFormat: null };
  const m = /^n:(-?[0-9.]+)(?::(0(?:\.0+)?)(%)?(?::(-|\(\)))?)?$/.exec(s);
  if (!m) {
    const text = s.replace(/\\n/g, '\n').replace(/\\s/g, ' ');
    return { value: text, text, numberFormat: null };
  }
  const value = Number(m[1]);
  const decimals = m[2]?.split('.')[1]?.length ?? 0;
  const fraction = decimals ? `.${'0'.repeat(decimals)}` : '';
  if (m[3]) return { value, text: `${showNumber(value * 100, decimals).replace('△', '-')}%`, numberFormat: `0${fraction}%` };
  if (m[4] === '-') return { value, text: showNumber(value, decimals).replace('△', '-'), numberFormat: `#,##0${fraction};-#,##0${fraction}` };
  if (m[4]) return { value, text: showNumber(value, decimals).replace(/^△(.*)$/, '($1)'), numberFormat: `#,##0${fraction};(#,##0${fraction})` };
  const numberFormat = decimals ? `#,##0${fraction};"△"#,##0${fraction}` : GROUPED;
  return { value, text: showNumber(value, decimals), numberFormat };
}

/** What Excel shows for the formats above. */
export function showNumber(value: number, decimals: number): string {
  const body = Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return value < 0 ? `△${body}` : body;
}

/** The snapshot the engine would get from this workbook. */
export function toSnapshot(sheets: readonly TextSheet[]): WorkbookSnapshot {
  return {
    sheets: sheets.map((sheet): SheetSnapshot => {
      const width = sheet.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
      const grid = <T>(pick: (c: TextCell | null) => T) =>
        Array.from({ length: sheet.rows.length }, (_, r) => Array.from({ length: width }, (_, c) => pick(sheet.rows[r]?.[c] ?? null)));
      return {
        name: sheet.name,
        values: grid((c) => c?.value ?? null),
        texts: grid((c) => c?.text ?? ''),
        formulas: grid(() => null),
        numberFormats: grid((c) => c?.numberFormat ?? null),
        merges: sheet.merges,
      };
    }),
  };
}

/** A copy of the sheets with one cell's content replaced (written as in the source text). */
export function withCell(sheets: readonly TextSheet[], address: string, content: string, sheet = 0): TextSheet[] {
  const at = parseCellAddress(address);
  if (!at) throw new Error(`sheet text: bad address ${address}`);
  return sheets.map((s, i) => {
    if (i !== sheet) return s;
    const rows = s.rows.map((r) => (r ? [...r] : r));
    const row = [...(rows[at.row] ?? [])];
    row[at.col] = parseCell(content);
    rows[at.row] = row;
    return { ...s, rows };
  });
}
