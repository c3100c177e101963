/**
 * A large book checked in shares at once (plan.ts decides when): each checking process
 * reads and checks a run of the book's sheets (file/xlsx/readPackage.ts `shareOf`),
 * and their outcomes are joined here into the one the whole book gives. The engine's
 * identities stay within a sheet, except in a book with at most one table of each kind:
 * one project across its sheets (engine/tables/cross.ts `oneProject`). Whenever the
 * shares cannot give the whole's outcome — that, a share that failed or was refused
 * (exceljs must read the book; its sizes are not declared truthfully), shares that read
 * different bytes (the file saved meanwhile) — the join gives null and the file is
 * checked whole, as without shares.
 */
import { STATE_SHEET } from '../engine/review';
import { oneProject } from '../engine/tables/cross';
import { isFailure, type FileOutcome, type FileReport } from './outcome';

/** A share's outcome, and the CRC-32 of the bytes it read (null: none were read). */
export interface ShareOutcome {
  readonly outcome: FileOutcome;
  readonly fingerprint: number | null;
}

/** The whole book's outcome, joined from its shares', and the fingerprint of the bytes they all read. */
export interface JoinedShares {
  readonly joined: FileReport;
  readonly fingerprint: number;
}

/** The shares' outcomes joined, in share order; null: check the file whole. */
export function joinShares(shares: readonly ShareOutcome[]): JoinedShares | null {
  const fingerprint = shares[0]?.fingerprint ?? null;
  // A file saved while its shares read it: they may have read different books.
  if (fingerprint === null || shares.some((s) => s.fingerprint !== fingerprint)) return null;
  const joined = joinReports(shares.map((s) => s.outcome));
  return joined ? { joined, fingerprint } : null;
}

function joinReports(outcomes: readonly FileOutcome[]): FileReport | null {
  const reports: FileReport[] = [];
  for (const o of outcomes) {
    if (isFailure(o)) return null;
    reports.push(o);
  }
  const first = reports[0];
  if (!first) return null;
  const tables = reports.flatMap((r) => r.tables);
  if (spansSheets(tables) && oneProject(tables)) return null;
  if (reports.some((r) => spansSheets(r.tables) && oneProject(r.tables))) return null;
  // Every share reads the state sheet: its damage would be said once per share.
  if (reports.some((r) => r.damaged.some((d) => d.sheet === STATE_SHEET))) return null;
  // A share's warnings are its damaged cells' (in order) then the state sheet's, the same in every share (check.ts).
  const damagedWords = reports.flatMap((r) => r.warnings.slice(0, r.damaged.length));
  const stateWords = first.warnings.slice(first.damaged.length);
  return {
    file: first.file,
    tables,
    // Each share's findings are in the document's order, sheet first (engine/verify.ts), and the shares follow the sheets.
    findings: reports.flatMap((r) => r.findings),
    coverage: {
      figures: sum(reports.map((r) => r.coverage.figures)),
      checked: sum(reports.map((r) => r.coverage.checked)),
      unchecked: reports.flatMap((r) => r.coverage.unchecked),
    },
    warnings: [...damagedWords, ...stateWords],
    damaged: reports.flatMap((r) => r.damaged),
    annotated: null,
    notOverwritten: null,
    report: null,
    writeError: null,
  };
}

function spansSheets(tables: readonly { readonly sheet: string }[]): boolean {
  return tables.some((t) => t.sheet !== tables[0]?.sheet);
}

function sum(list: readonly number[]): number {
  return list.reduce((a, b) => a + b, 0);
}
