import { Grid } from './grid';
import { parseCellAddress } from './address';
import type { WorkbookSnapshot } from './snapshot';
import type { Finding, TableInfo, VerifyResult } from './findings';
import { DEFAULT_OPTIONS, type VerifyOptions } from './options';
import { STATE_SHEET } from './review';
import type { Derivation, Unreadable } from './checks/ledger';
import { runChecks } from './checks/run';
import { findTables, type FoundTable } from './tables/detect';
import { projectDerivations, projects } from './tables/cross';
import { describe, describeUnreadable } from './localize';
import type { Figure } from './checks/ledger';
import type { Language } from './options';
import { tableKindWord } from './glossary';
import { measureCoverage, unreadCells } from './coverage/measure';

/**
 * Verifies every sheet of a workbook: finds the tables, recomputes every figure
 * that can be recomputed, reconciles the tables of each project, and returns the
 * disagreements. Never throws on a user's sheet: what it cannot read becomes a
 * warning finding.
 */
export function verifyWorkbook(snapshot: WorkbookSnapshot, options: VerifyOptions = DEFAULT_OPTIONS): VerifyResult {
  const tables: FoundTable[] = [];
  const unreadable: Unreadable[] = [];
  const grids: Grid[] = [];
  const failedSheets = new Set<string>();
  for (const sheet of snapshot.sheets) {
    if (sheet.name === STATE_SHEET) continue;
    const grid = new Grid(sheet);
    grids.push(grid);
    try {
      tables.push(...findTables(grid, options.rounding, unreadable));
    } catch (e) {
      // A defect of ours must not cost the user the other sheets: say so, check the rest.
      failedSheets.add(sheet.name);
      unreadable.push({ sheet: sheet.name, cell: 'A1', text: e instanceof Error ? e.message : String(e), reason: 'internal' });
    }
  }
  const derivations: Derivation[] = projects(tables).flatMap(projectDerivations);
  const tableOf = locator(tables);
  const tableName = namer(tables);
  const checks = runChecks(derivations);
  const findings: Finding[] = [
    ...checks.findings.map((raw) => describe(raw, tableOf(raw.derivation.target.sheet, raw.derivation.target.cell), options.language, tableName)),
    ...dedupe(unreadable).map((u) => describeUnreadable(u, tableOf(u.sheet, u.cell), options.language)),
  ];
  const coverage = measureCoverage({ grids, tables, checked: checks.checked, unread: unreadCells(unreadable), failedSheets });
  return { tables: tables.map(info), findings: sortFindings(findings, snapshot), coverage };
}

function info(t: FoundTable): TableInfo {
  return { kind: t.kind, sheet: t.sheet, range: t.range, unit: t.unit, rounding: t.rounding, title: t.title };
}

/**
 * The range of the table a cell belongs to. Tables on a sheet are found top to bottom
 * and do not overlap, so a binary search per finding finds it (a book has thousands).
 */
function locator(tables: readonly FoundTable[]): (sheet: string, cell: string) => string {
  const bySheet = new Map<string, FoundTable[]>();
  for (const t of tables) {
    const list = bySheet.get(t.sheet);
    if (list) list.push(t);
    else bySheet.set(t.sheet, [t]);
  }
  return (sheet, cell) => {
    const at = parseCellAddress(cell);
    const list = bySheet.get(sheet);
    if (!at || !list) return '';
    let lo = 0;
    let hi = list.length - 1;
    let hit: FoundTable | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = list[mid] as FoundTable;
      if (t.top <= at.row) {
        hit = t;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hit && at.row <= hit.bottom ? hit.range : '';
  };
}

/**
 * The name of the table a figure sits in (`예산 총괄`), for messages that point to
 * another table: by its cell, or for a category total no cell states, by the basis
 * table that computed it.
 */
function namer(tables: readonly FoundTable[]): (figure: Figure, language: Language) => string | null {
  const computed = new Map<Figure, FoundTable>();
  for (const t of tables) if (t.kind === 'basis') for (const c of t.model.categories) computed.set(c.total, t);
  return (figure, language) => {
    const at = parseCellAddress(figure.cell);
    const table = at
      ? tables.find((t) => t.sheet === figure.sheet && t.top <= at.row && at.row <= t.bottom)
      : computed.get(figure);
    return table ? tableKindWord(table.kind, language) : null;
  };
}

function dedupe(list: readonly Unreadable[]): Unreadable[] {
  const seen = new Set<string>();
  return list.filter((u) => {
    const key = `${u.sheet}!${u.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The order a reviewer reads the document (sheet, row, column), by cause: a finding
 * carried from another cell comes right after the finding at its cause, so the root
 * of a chain is listed first and what it caused after it.
 */
function sortFindings(findings: Finding[], snapshot: WorkbookSnapshot): Finding[] {
  const sheetIndex = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  const pos = (cell: string) => parseCellAddress(cell) ?? { row: 0, col: 0 };
  const root = (f: Finding) => (f.cause && f.cause !== f.cell && parseCellAddress(f.cause) ? f.cause : f.cell);
  return findings.sort(
    (a, b) =>
      (sheetIndex.get(a.sheet) ?? 0) - (sheetIndex.get(b.sheet) ?? 0) ||
      pos(root(a)).row - pos(root(b)).row ||
      pos(root(a)).col - pos(root(b)).col ||
      Number(root(a) !== a.cell) - Number(root(b) !== b.cell) ||
      pos(a.cell).row - pos(b.cell).row ||
      pos(a.cell).col - pos(b.cell).col,
  );
}
