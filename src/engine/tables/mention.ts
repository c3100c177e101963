/**
 * A project's budget named in its text (`- 총 사업비 : 427,660천원` in the 사업내용 of
 * the seed): one cell, a total's name, an amount with its unit written. Identity, across
 * tables: it equals the project's 사업비 (or the summary's 계 for the current year).
 */
import type { Grid } from '../grid';
import { parseFigure } from '../number';
import { amountFigure, type TableContext } from './context';
import { defineKind } from './kind';

/** `- 총 사업비 : 427,660천원`: an optional marker, the name, an optional colon, the amount. */
const MENTION = /^[-–·ㆍ•○◦ㅇ\s]*(?:총\s*사업비|총\s*사업\s*예산|사업비\s*총액)\s*[:：]?\s*(.+)$/;

export interface Mention {
  readonly col: number;
}

export function matchMention(grid: Grid, row: number): Mention | null {
  for (const col of grid.filledColumns(row)) {
    const text = grid.text(row, col);
    // Each name MENTION knows has 사업 in it: most cells do not, and skip the pattern.
    if (!text.includes('사업')) continue;
    const m = MENTION.exec(text);
    const figure = m?.[1] === undefined ? null : parseFigure(m[1]);
    // Only an amount whose unit is written: prose has no unit note to fall back on.
    if (figure && figure.unit !== null && figure.unit !== '%') return { col };
  }
  return null;
}

export const mentionKind = defineKind({
  kind: 'mention',
  match: matchMention,
  parse: (ctx: TableContext, row, { col }) => {
    const m = MENTION.exec(ctx.grid.text(row, col));
    const figure = m?.[1] === undefined ? null : parseFigure(m[1]);
    if (!figure || figure.unit === null || figure.unit === '%') return null;
    const fig = amountFigure(ctx, row, col, figure, '총 사업비');
    return { model: { col }, lastRow: row, rounding: 'exact', derivations: [], named: [{ role: 'budget-mention', fig }] };
  },
});
