/**
 * The self-test's small budget: a summary table and a calculation basis, as the
 * engine reads them, with four known slips. Each slip sits on a cell with
 * another fill (none, white, a theme colour made lighter, a pattern), two of
 * them under someone else's note or comment, and a note on a figure that is
 * right, so every way a cell can look is verified, fixed, accepted and cleared.
 */
import type { RuleId } from '../../engine/findings';

/** Column A to E, rows 1 to 12 of the scratch sheet; numbers stay numbers. */
export const BUDGET: readonly (readonly (string | number | null)[])[] = [
  ['진단용 예산 (예산 검산 자체 점검)', null, null, null, null],
  ['(단위 : 천원, %)', null, null, null, null],
  ['구분', '2023년 예산(A)', '2024년 예산(B)', '증감(B-A)', '증감률'],
  ['계', 300, 370, 60, 20],
  ['인건비', 100, 120, 20, 25],
  ['운영비', 200, 240, 50, 20],
  [null, null, null, null, null],
  ['산출근거', null, null, null, null],
  ['○ 인건비 = 120,000천원', null, null, null, null],
  ['  - 상담원 수당 1,000,000원*10명*12월 = 120,000천원', null, null, null, null],
  ['○ 운영비 = 240,000천원', null, null, null, null],
  ['  - 회의 운영 2,000,000원*10회*12월 = 250,000천원', null, null, null, null],
];

export const BUDGET_RANGE = 'A1:E12';

/** How a cell is filled before the test begins. */
export type FillKind = 'none' | 'white' | 'tint' | 'pattern';

export interface FillSpec {
  readonly color: string;
  readonly pattern?: 'Gray25';
  readonly patternColor?: string;
  /** Applied after the colour: a theme colour made lighter reads so. */
  readonly tintAndShade?: number;
}

export const FILLS: Readonly<Record<Exclude<FillKind, 'none'>, FillSpec>> = {
  white: { color: '#FFFFFF' },
  // "Blue, Accent 1, Lighter 80%": the accent colour, then its tint.
  tint: { color: '#5B9BD5', tintAndShade: 0.8 },
  pattern: { color: '#FFFF00', pattern: 'Gray25', patternColor: '#FF0000' },
};

export interface Slip {
  readonly cell: string;
  readonly rule: RuleId;
  readonly fill: FillKind;
  /** Someone else's annotation on the cell before the test. */
  readonly annotation?: 'note' | 'comment';
  /** What Fix writes (the slip the test fixes). */
  readonly fixedTo?: number;
}

export const SLIPS: readonly Slip[] = [
  { cell: 'C4', rule: 'total', fill: 'none' },
  { cell: 'E5', rule: 'change-rate', fill: 'pattern', annotation: 'note' },
  { cell: 'D6', rule: 'change', fill: 'white', fixedTo: 40 },
  { cell: 'A12', rule: 'product', fill: 'tint', annotation: 'comment' },
];

/** The slip fixed and the slip accepted. */
export const FIXED = 'D6';
export const ACCEPTED = 'C4';

/** A right figure under someone's note: nothing may touch either. */
export const BYSTANDER = { cell: 'B5', fill: 'tint' as const };

export const SOMEONES_NOTE = '담당자 확인 메모 (진단)';
export const SOMEONES_COMMENT = '동료 의견 (진단)';

/** Every cell the test looks at: the slips and the bystander. */
export const WATCHED: readonly string[] = [...SLIPS.map((s) => s.cell), BYSTANDER.cell];

export function fillOf(cell: string): FillKind {
  if (cell === BYSTANDER.cell) return BYSTANDER.fill;
  return SLIPS.find((s) => s.cell === cell)?.fill ?? 'none';
}
