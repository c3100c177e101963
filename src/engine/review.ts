/**
 * Reviewers' decisions, kept in the workbook so the next reviewer sees them.
 * An acceptance holds only while the figure is unchanged: it is keyed by the
 * stated figure, so editing the cell revives the finding.
 */
import type { Finding } from './findings';
import { isRuleId } from './rules/ids';
import { parseCellAddress } from './address';

export interface Acceptance {
  readonly sheet: string;
  readonly cell: string;
  readonly rule: Finding['rule'];
  /** The stated figure when it was accepted (null for a warning). */
  readonly actual: number | null;
  /** Why the figure stands as it is (the reviewer's reason). */
  readonly note?: string;
  /** Who decided; records made before names were kept have none. */
  readonly reviewer?: string;
  /** ISO time of the decision. */
  readonly at: string;
}

/**
 * A finding the reviewer fixed: the expected figure was written over the stated
 * one, at `at` (ISO). Kept by the session that made it (the printed report lists
 * it), not in the workbook: the next reviewer sees the corrected figure itself.
 */
export interface FixRecord {
  readonly finding: Finding;
  readonly at: string;
}

export function acceptanceKey(f: Pick<Finding, 'sheet' | 'cell' | 'rule' | 'actual'>): string {
  return `${f.sheet}!${f.cell}|${f.rule}|${f.actual === null ? '' : String(f.actual)}`;
}

export function isAccepted(finding: Finding, acceptances: readonly Acceptance[]): boolean {
  const key = acceptanceKey(finding);
  return acceptances.some((a) => acceptanceKey(a) === key);
}

/** The name of the very hidden sheet where adapters keep acceptances and original fills. */
export const STATE_SHEET = '_BudgetVerifyState';

/*
 * Storage in the state sheet, shared by every adapter: one record per row, column A
 * the key, column B a JSON text. Key `acceptance`: the fields of `Acceptance`.
 */
export const ACCEPTANCE_KEY = 'acceptance';


/** The two cells of a state-sheet row that records `acceptance` (fields left out when absent, as older records are). */
export function encodeAcceptance(acceptance: Acceptance): [string, string] {
  const { sheet, cell, rule, actual, note, reviewer, at } = acceptance;
  return [
    ACCEPTANCE_KEY,
    JSON.stringify({
      sheet,
      cell,
      rule,
      actual,
      ...(note === undefined ? {} : { note }),
      ...(reviewer === undefined ? {} : { reviewer }),
      at,
    }),
  ];
}

/** Parses the JSON of an acceptance row; a string explains why it was rejected. */
export function decodeAcceptance(json: string): Acceptance | string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return 'its JSON cannot be parsed';
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'it is not a JSON object';
  const record = data as Record<string, unknown>;
  const { sheet, cell, rule, actual, note, reviewer, at } = record;
  if (typeof sheet !== 'string' || sheet === '') return 'it has no sheet name';
  if (typeof cell !== 'string' || !parseCellAddress(cell)) return 'it has no valid cell address';
  if (!isRuleId(rule)) return `its rule ${JSON.stringify(rule)} is unknown`;
  if (actual !== null && (typeof actual !== 'number' || !Number.isFinite(actual)))
    return 'its stated figure is not a number or null';
  if (note !== undefined && typeof note !== 'string') return 'its note is not text';
  if (reviewer !== undefined && typeof reviewer !== 'string') return 'its reviewer is not text';
  if (at !== undefined && typeof at !== 'string') return 'its time is not text';
  const base = {
    sheet,
    cell: cell.trim().toUpperCase().replace(/\$/g, ''),
    rule,
    actual,
    at: at ?? '',
  };
  return {
    ...base,
    ...(note === undefined ? {} : { note }),
    ...(reviewer === undefined ? {} : { reviewer }),
  };
}
