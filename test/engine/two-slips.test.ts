/**
 * Two slipped plain inputs in one cluster (DESIGN §3): each slipped figure is flagged
 * at its own cell with its original value, not the sums and changes around them —
 * and only when that pair is the one explanation.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyWorkbook, type Finding } from '../../src/engine';
import { parseSheetText, toSnapshot, withCell, type TextSheet } from '../../scripts/sheet-text';
import { generateProject, type BasisLayout } from '../support/generate';

const brief = (f: Finding) => [f.cell, f.rule, f.expected, f.actual];
const sorted = (findings: readonly Finding[]) => findings.map(brief).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
const edit = (sheets: TextSheet[], edits: [string, string][]) => edits.reduce((s, [cell, content]) => withCell(s, cell, content), sheets);
const verify = (sheets: TextSheet[], edits: [string, string][]) => sorted(verifyWorkbook(toSnapshot(edit(sheets, edits))).findings);

const pages = parseSheetText(readFileSync(join(__dirname, '..', 'fixtures', 'statement-pages', 'input.txt'), 'utf8'));

/** A statement whose 편성목 rows have no basis lines: their 예산액 and 전년도 are both plain inputs. */
const flat = parseSheetText(`@sheet 세출예산
 |  |  |  |  |  |  |  |  | (단위:천원)
부서 | 정책 | 단위 | 세부사업 | 편성목 | 산출내역 | 산출기초 | 예산액 | 전년도 | 비교증감
기획예산담당관 |  |  |  |  |  |  | n:20000 | n:17000 | n:3000
 |  |  | 예산편성 지원 |  |  |  | n:20000 | n:17000 | n:3000
 |  |  |  | 201 일반운영비 |  |  | n:12000 | n:10000 | n:2000
 |  |  |  |  | 01 사무관리비 |  | n:7000 | n:6000 | n:1000
 |  |  |  |  | 02 공공운영비 |  | n:5000 | n:4000 | n:1000
 |  |  |  | 202 여비 |  |  | n:8000 | n:7000 | n:1000
 |  |  |  |  | 01 국내여비 |  | n:8000 | n:7000 | n:1000
`);

/** 사업설명서 예산 총괄: the prior-year column (A) is a plain input feeding 합계, 증감 and 증감률. */
const summary = parseSheetText(`@sheet 총괄
 |  |  |  | (단위: 천원, %)
구  분 | 2021년 예산(A) | 2022년 예산(B) | 증 감 | 증감률(%)
일반운영비 | n:12000 | n:13500 | n:1500 | n:12.5:0.0
여비 | n:4000 | n:3700 | n:-300 | n:-7.5:0.0
업무추진비 | n:500 | n:700 | n:200 | n:40.0:0.0
합계 | n:16500 | n:17900 | n:1400 | n:8.5:0.0
`);

describe('two slipped plain inputs in one cluster', () => {
  it('the hand-made sheets are consistent', () => {
    for (const sheets of [pages, flat, summary]) expect(verify(sheets, [])).toEqual([]);
  });

  it('flags two slipped 전년도 under one parent at their own cells (statement)', () => {
    expect(verify(pages, [['I11', 'n:6100'], ['I16', 'n:5000']])).toEqual([
      ['I11', 'change', 6000, 6100],
      ['I16', 'change', 4900, 5000],
    ]);
    expect(verify(flat, [['I6', 'n:6500'], ['I7', 'n:3000']])).toEqual([
      ['I6', 'change', 6000, 6500],
      ['I7', 'change', 4000, 3000],
    ]);
  });

  it('flags two slipped funding shares of one item at their own cells', () => {
    expect(verify(pages, [['I8', 'n:5100'], ['I9', 'n:9000']])).toEqual([
      ['I8', 'change', 5000, 5100],
      ['I9', 'change', 9400, 9000],
    ]);
  });

  it('flags a slipped 전년도 and a slipped 예산액 leaf in the same subtree', () => {
    expect(verify(flat, [['H6', 'n:7700'], ['I7', 'n:4400']])).toEqual([
      ['H6', 'change', 7000, 7700],
      ['I7', 'change', 4000, 4400],
    ]);
    // A 산출기초 line (derived) beside a slipped 전년도 was already one finding each.
    expect(verify(pages, [['I11', 'n:6100'], ['H13', 'n:4600']])).toEqual([
      ['H13', 'product', 4500, 4600],
      ['I11', 'change', 6000, 6100],
    ]);
  });

  it('flags the 예산액 and the 전년도 of one row, each pinned by its own parent sum', () => {
    expect(verify(flat, [['H6', 'n:7700'], ['I6', 'n:6500']])).toEqual([
      ['H6', 'subtotal', 7000, 7700],
      ['I6', 'subtotal', 6000, 6500],
    ]);
  });

  it('explains each flagged input from the identity that pins it, as for one slip', () => {
    const findings = verifyWorkbook(toSnapshot(edit(pages, [['I11', 'n:6100'], ['I16', 'n:5000']]))).findings;
    const single = verifyWorkbook(toSnapshot(edit(pages, [['I11', 'n:6100']]))).findings;
    expect(findings.find((f) => f.cell === 'I11')).toEqual(single[0]);
  });

  it('flags three slips when one is pinned alone and two as a pair', () => {
    expect(verify(pages, [['I11', 'n:6100'], ['I16', 'n:5000'], ['I20', 'n:3700']])).toEqual([
      ['I11', 'change', 6000, 6100],
      ['I16', 'change', 4900, 5000],
      ['I20', 'change', 3500, 3700],
    ]);
  });

  it('keeps the raw findings when the slips do not say which inputs they are (no false alarm)', () => {
    // 500 more in both 예산액 and 전년도 of 01 사무관리비, or of 02 공공운영비: either row's change
    // holds, so only the two parent sums fail and nothing tells the rows apart.
    const ambiguous = verify(flat, [['H6', 'n:7500'], ['I6', 'n:6500']]);
    expect(ambiguous.map((f) => f[0])).toEqual(['H5', 'I5']);
    // Slips that cancel in the parent's sum leave two lone changes: nothing pins either input.
    expect(verify(pages, [['I11', 'n:6100'], ['I16', 'n:4800']]).map((f) => f[0])).toEqual(['J11', 'J16']);
  });

  it('flags two slipped prior-year amounts (A) in the summary', () => {
    expect(verify(summary, [['B3', 'n:12100'], ['B4', 'n:4200']])).toEqual([
      ['B3', 'change', 12000, 12100],
      ['B4', 'change', 4000, 4200],
    ]);
  });
});

describe('generated budgets with two slipped prior-year amounts (A) in the summary', () => {
  const LAYOUTS: BasisLayout[] = ['cells', 'one-cell', 'two-cells'];
  it.each(LAYOUTS)('flag exactly those two cells, each with its original value (%s layout)', (layout) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0),
        fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0),
        (seed, i, j, da, db) => {
          const { source, figures } = generateProject(seed, layout);
          // The category rows' A cells: inputs in column B between the summary's heading and the basis.
          const lines = source.split('\n');
          const from = lines.indexOf('□ 예산 총괄') + 1;
          const to = lines.indexOf('□ 산출근거') + 1;
          const inputs = figures.filter((f) => {
            const row = Number(f.address.slice(1));
            return f.kind === 'input' && f.address.startsWith('B') && row > from && row < to;
          });
          const a = inputs[i % Math.max(inputs.length, 1)];
          const b = inputs[(i + 1 + (j % Math.max(inputs.length - 1, 1))) % Math.max(inputs.length, 1)];
          // Slips that cancel in the 계 leave two lone changes that pin nothing (a known limit).
          if (!a || !b || a === b || da + db === 0) return;
          const mutated = withCell(withCell(parseSheetText(source), a.address, a.render(a.value + da)), b.address, b.render(b.value + db));
          const errors = verifyWorkbook(toSnapshot(mutated)).findings.filter((f) => f.severity === 'error');
          expect(errors.map((f) => [f.cell, f.expected]).sort()).toEqual([[a.address, a.value], [b.address, b.value]].sort());
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });
});
