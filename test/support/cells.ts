/** What a user sees in a workbook, cell by cell, so two copies can be compared. */
import type { Workbook } from 'exceljs';
import { STATE_SHEET } from '../../src/engine/review';

/**
 * Every cell as value, fill, note and number format, keyed `sheet!A1`. The add-in's
 * state sheet is left out unless `everySheet`, which also records each sheet's
 * visibility and position (the annotated copies must keep those too).
 */
export function cellsOf(workbook: Workbook, options: { everySheet?: boolean } = {}): Map<string, string> {
  const cells = new Map<string, string>();
  for (const sheet of workbook.worksheets) {
    if (options.everySheet) {
      cells.set(`${sheet.name} (sheet)`, JSON.stringify({ state: sheet.state, id: workbook.worksheets.indexOf(sheet) }));
    } else if (sheet.name === STATE_SHEET) {
      continue;
    }
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const { fill } = cell.style;
        const shown = {
          value: cell.value,
          fill: fill && !(fill.type === 'pattern' && fill.pattern === 'none') ? fill : null,
          note: cell.note ?? null,
          numFmt: cell.numFmt ?? null,
        };
        cells.set(`${sheet.name}!${cell.address}`, JSON.stringify(shown));
      });
    });
  }
  return cells;
}

/** Keys whose entries differ between two cell maps (cells missing on one side count), sorted. */
export function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}
