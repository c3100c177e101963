import type { WorkbookSnapshot } from './snapshot';
import type { VerifyResult } from './findings';
import { DEFAULT_OPTIONS, type VerifyOptions } from './options';

/**
 * Verifies every sheet of a workbook. Never throws on a user's sheet: what it
 * cannot read becomes a warning finding.
 * (Placeholder until the table checks land; returns no findings.)
 */
export function verifyWorkbook(
  snapshot: WorkbookSnapshot,
  options: VerifyOptions = DEFAULT_OPTIONS,
): VerifyResult {
  void snapshot;
  void options;
  return { tables: [], findings: [] };
}
