/**
 * Basis item in the text layout. The new line's inputs (label, unit price,
 * counts, counters) sit in hidden helper cells right of the table; the line's
 * text is a formula that writes them out as a §2 calculation line, and its
 * amount a formula over the same cells. Change an input and both follow, so the
 * line can never disagree with itself.
 *
 *   B31  ="- "&F31&" "&TEXT(G31,"#,##0")&"원*"&TEXT(H31,"#,##0")&I31
 *   C31  =            D31  =ROUNDDOWN(G31*H31/1000,0)
 *   F31…I31 (hidden)  label | 500000 | 4 | 편
 */
import { cellFigure, parseFigure, MONEY_SCALE } from '../number';
import { parseBasisLine } from '../basis/line';
import { div, mul, rat, type Rational } from '../rational';
import { cellAddress, columnLetters } from '../address';
import type { FoundTable } from '../tables/detect';
import { childrenOf, readTextLayout, subtreeEnd, type TextLayout, type TextLine } from './basisLines';
import { amountFormat, HIDDEN_FORMAT, productExpr, ref, textOf, decimalsOf } from './formula';
import { joinedAt, joinedUpdates } from './joined';
import { basisInputs, MAX_COUNTS } from './inputs';
import { insertPoint, tableSpan, type Selection } from './locate';
import { planned, refused, type PlanOutcome } from './outcome';
import type { PlannedCell, TemplateRequest } from './plan';
import { isRefusal, refuse, type Refusal } from './refusal';
import { defaultRounding, roundExcel } from './roundings';
import type { BasisLevelSite, BasisTextSite, Joined, LineLevel } from './sites';

const MARKERS: Readonly<Record<LineLevel, string>> = { 1: '○', 2: '-', 3: '·' };

export function basisTextSite(sel: Selection, table: FoundTable): BasisTextSite | Refusal {
  const layout = readTextLayout(sel.grid, table.top, table.bottom);
  if (!layout) return refuse('does-not-fit');
  const index = layout.lines.findIndex((l) => l.row === sel.row);
  const line = layout.lines[index];
  if (!line || line.kind !== 'item' || line.level < 1) return refuse('not-a-line');
  const helperCol = Math.max(tableSpan(sel).right, layout.textCol, layout.amountCol ?? 0) + 1;
  const written = [layout.textCol, ...(layout.eqCol === null ? [] : [layout.eqCol]), ...(layout.amountCol === null ? [] : [layout.amountCol])];
  const helpers = Array.from({ length: 2 + 2 * MAX_COUNTS }, (_, i) => helperCol + i);
  const levels: BasisLevelSite[] = [];
  const blocked: { level: LineLevel; refusal: Refusal }[] = [];
  for (const level of [1, 2, 3] as const) {
    const site = levelSite(sel, table, layout, index, level, written, helpers);
    if (isRefusal(site)) blocked.push({ level, refusal: site });
    else levels.push(site);
  }
  const selectedLevel = Math.min(3, line.level) as LineLevel;
  if (!levels.length || !levels.some((l) => l.level === selectedLevel)) {
    return blocked.find((b) => b.level === selectedLevel)?.refusal ?? refuse('does-not-fit');
  }
  const unit = amountUnitOf(sel, line, layout);
  return {
    kind: 'basis-text',
    sheet: sel.grid.name,
    selectedLevel,
    levels,
    blocked,
    textCol: layout.textCol,
    eqCol: layout.eqCol,
    amountCol: layout.amountCol,
    helperCol,
    amountUnit: unit.unit ?? table.unit,
    unitShown: unit.unit !== null,
    rounding: defaultRounding(table.rounding),
  };
}

/**
 * Where a line of `level` goes when `index` is selected: after the block of the
 * nearest line at or above it whose level is at most `level` — as its sibling
 * (same level) or its last child (shallower) — so it never adopts other lines.
 */
function levelSite(
  sel: Selection,
  table: FoundTable,
  layout: TextLayout,
  index: number,
  level: LineLevel,
  written: readonly number[],
  helpers: readonly number[],
): BasisLevelSite | Refusal {
  const { lines } = layout;
  let anchor = index;
  let holder = -1;
  for (let i: number = index; i >= 0; i = (lines[i] as TextLine).parent) {
    const l = lines[i] as TextLine;
    anchor = i;
    if (l.level <= level) {
      holder = i;
      break;
    }
  }
  let parent = -1;
  if (holder >= 0) parent = (lines[holder] as TextLine).level === level ? (lines[holder] as TextLine).parent : holder;
  const insertAt = (lines[subtreeEnd(lines, anchor)] as TextLine).row + 1;
  const point = insertPoint(sel, insertAt, (lines[index] as TextLine).row, written, helpers);
  if (isRefusal(point)) return point;
  return { ...point, level, joins: joinsOf(sel, table, layout, parent, lines[index] as TextLine) };
}

/**
 * The amount the new line adds to: its parent's (a formula that can become the SUM of
 * its lines, or a figure — in its own cell or at the end of the line), or for a
 * top-level line its category's total.
 */
function joinsOf(sel: Selection, table: FoundTable, layout: TextLayout, parent: number, selected: TextLine): Joined | null {
  const p = layout.lines[parent];
  if (!p) return joinedAt(sel, table, null, null, selected.category);
  const col = p.amountCol ?? p.textCol;
  const kids = childrenOf(layout.lines, parent).map((i) => layout.lines[i] as TextLine).filter((l) => l.amountCol !== null);
  const sameColumn = p.amountCol !== null && kids.every((k) => k.amountCol === p.amountCol);
  return joinedAt(sel, table, { row: p.row, col }, sameColumn ? kids.map((k) => k.row) : null, p.category);
}

function amountUnitOf(sel: Selection, line: TextLine, layout: TextLayout) {
  if (line.amountCol !== null) {
    const c = sel.grid.cell(line.row, line.amountCol);
    const f = cellFigure(c.value, c.text) ?? parseFigure(c.text);
    return { unit: f && f.unit !== '%' ? f.unit : null };
  }
  if (layout.amountCol === null) {
    const parsed = parseBasisLine(sel.grid.text(line.row, line.textCol));
    const u = parsed.amount?.figure.unit;
    return { unit: u && u !== '%' ? u : null };
  }
  return { unit: null };
}

export function planBasisText(site: BasisTextSite, request: TemplateRequest): PlanOutcome {
  const inputs = basisInputs(request);
  if (isRefusal(inputs)) return refused(inputs);
  const level = request.level ?? site.selectedLevel;
  const at = site.levels.find((l) => l.level === level);
  if (!at) return refused(site.blocked.find((b) => b.level === level)?.refusal ?? refuse('bad-input', { field: 'level' }));
  const row = at.insertAt;
  const shift = (r: number) => (r >= at.insertAt ? r + 1 : r);
  const h = (i: number) => site.helperCol + i;
  const helpers: PlannedCell[] = [
    { col: h(0), value: inputs.label, numberFormat: HIDDEN_FORMAT },
    { col: h(1), value: inputs.unitPrice, numberFormat: HIDDEN_FORMAT },
  ];
  const factors = [ref(row, h(1))];
  let text = `="${MARKERS[level]} "&${ref(row, h(0))}&" "&${textOf(ref(row, h(1)), decimalsOf(inputs.unitPrice))}&"원`;
  let shown = `${MARKERS[level]} ${inputs.label} ${groupedNumber(inputs.unitPrice)}원`;
  let exact: Rational = rat(inputs.unitPrice);
  let percents = 0;
  inputs.counts.forEach((c, i) => {
    const valueCol = h(2 + 2 * i);
    const counterCol = h(3 + 2 * i);
    helpers.push({ col: valueCol, value: c.value, numberFormat: HIDDEN_FORMAT });
    if (c.counter) helpers.push({ col: counterCol, value: c.counter, numberFormat: HIDDEN_FORMAT });
    factors.push(ref(row, valueCol));
    text += `*"&${textOf(ref(row, valueCol), decimalsOf(c.value))}&${ref(row, counterCol)}&"`;
    shown += `*${groupedNumber(c.value)}${c.counter}`;
    exact = mul(exact, c.counter === '%' ? div(rat(c.value), rat(100)) : rat(c.value));
    if (c.counter === '%') percents++;
  });
  const rounding = request.rounding ?? site.rounding;
  const amountExpr = productExpr(factors, '원', site.amountUnit, percents, rounding);
  const amount = roundExcel(div(exact, rat(MONEY_SCALE[site.amountUnit])), rounding);
  const cells: PlannedCell[] = [];
  if (site.amountCol === null) {
    text += ` = "&${textOf(amountExpr, 0)}&"${site.amountUnit}"`;
    shown += ` = ${groupedNumber(amount)}${site.amountUnit}`;
  } else {
    text += '"';
    cells.push({ col: site.amountCol, formula: `=${amountExpr}`, numberFormat: amountFormat(0, site.unitShown ? site.amountUnit : null) });
  }
  cells.push({ col: site.textCol, formula: text.replace(/&""$/, '') });
  if (site.eqCol !== null) cells.push({ col: site.eqCol, value: '=' });
  cells.push(...helpers);
  const joined = joinedUpdates(at.joins, row, amount * Number(MONEY_SCALE[site.amountUnit]), shift);
  const updates = joined.updates;
  const last = site.helperCol + 1 + 2 * inputs.counts.length;
  return planned(
    {
      sheet: site.sheet,
      insertAt: at.insertAt,
      row,
      formatFrom: shift(at.formatFrom),
      formatSpans: at.formatSpans,
      cells: cells.sort((a, b) => a.col - b.col),
      ...(updates.length ? { updates } : {}),
    },
    { text: shown, amount, helpers: `${cellAddress(row, site.helperCol)}:${columnLetters(last)}${row + 1}`, joined },
  );
}

/** `1000000` → `1,000,000`, `1.045` → `1.045`, as TEXT(…,"#,##0.000") writes it. */
function groupedNumber(n: number): string {
  const decimals = decimalsOf(n);
  return n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
