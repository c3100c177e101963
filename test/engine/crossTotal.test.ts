/**
 * Messages that point (issue 14): a cross-table finding names the other table and
 * cell, in its message and its computation; the report's 원인 column names the
 * cause cell only when an error was carried from another cell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { makeOptions, verifyWorkbook, type Language } from '../../src/engine';
import { labelsFor } from '../../src/file/labels';
import { addReportSheet } from '../../src/file/report';
import { parseSheetText, toSnapshot } from '../../scripts/sheet-text';

const SEED = readFileSync(join(__dirname, '..', '..', 'samples', 'seoul-sns-2021.txt'), 'utf8');

function verifySeed(edits: readonly [string, string][], language: Language = 'ko') {
  let text = SEED;
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  return verifyWorkbook(toSnapshot(parseSheetText(text)), makeOptions({ language }));
}

describe('a cross-table finding names where the other figure is', () => {
  it('by table and cell: 사업비 against the summary’s 계', () => {
    const ko = verifySeed([['사업비 (당해년도) | 427,660천원', '사업비 (당해년도) | 427,000천원']]);
    expect(ko.findings.map((f) => [f.cell, f.rule, f.message, f.explain])).toEqual([
      ['B8', 'cross-total', '예산 총괄 C22의 금액과 맞으려면 427,660천원이어야 합니다. 적힌 금액은 427,000천원입니다.', '427,660 = 427,660 (예산 총괄 C22)'],
    ]);
    const en = verifySeed([['사업비 (당해년도) | 427,660천원', '사업비 (당해년도) | 427,000천원']], 'en');
    expect(en.findings[0]?.message).toBe('To agree with Budget summary C22 this should be 427,660 천원, but the cell states 427,000 천원.');
  });

  it('by table and label for a total no cell states: the summary’s B against the basis category', () => {
    const r = verifySeed([['사무관리비 | (x-) 531,200 | (x-) 424,960', '사무관리비 | (x-) 531,200 | (x-) 424,000']]);
    expect(r.findings.map((f) => [f.cell, f.message, f.explain])).toEqual([
      ['C23', "산출근거 '사무관리비' 합계의 금액과 맞으려면 424,960천원이어야 합니다. 적힌 금액은 424,000천원입니다.", "424,960 = 424,960 (산출근거 '사무관리비' 합계)"],
    ]);
  });

  it('with the sheet when the other table is on another sheet', () => {
    const split = SEED.replace('2 예산 설명\n', '@sheet 총괄 표\n2 예산 설명\n').replace('□ 산출근거\n', '@sheet 사업설명서 2\n□ 산출근거\n');
    const edited = split.replace('사업비 (당해년도) | 427,660천원', '사업비 (당해년도) | 427,000천원');
    const r = verifyWorkbook(toSnapshot(parseSheetText(edited)), makeOptions());
    const cross = r.findings.find((f) => f.rule === 'cross-total');
    expect(cross?.message).toMatch(/^예산 총괄 '총괄 표'!C\d+의 금액과 맞으려면/);
  });
});

describe('the report’s 원인 column', () => {
  it('names the cause cell when it differs from the flagged cell, and is empty otherwise', () => {
    const r = verifySeed([
      ['- 지정콘텐츠 SNS 광고 1,000,000원*15건*4분기 | = | 60,000천원', '- 지정콘텐츠 SNS 광고 1,000,000원*15건*4분기 | = | 61,000천원'],
      ['○ 시 대표 SNS 운영 | = | 280,000천원', '○ 시 대표 SNS 운영 | = | 281,000천원'],
      ['사업비 (당해년도) | 427,660천원', '사업비 (당해년도) | 427,000천원'],
    ]);
    const wb = new Workbook();
    wb.addWorksheet('사업설명서');
    const sheet = addReportSheet(wb, r.findings.map((f) => ({ ...f, accepted: false })), labelsFor('ko'));
    const rows: [string, string][] = [];
    sheet.eachRow((row, n) => {
      if (n > 2) rows.push([String(row.getCell(2).text), String(row.getCell(10).text)]);
    });
    const own = r.findings.filter((f) => f.cause === f.cell).map((f) => [f.cell, '']);
    const carried = r.findings.filter((f) => f.cause !== f.cell).map((f) => [f.cell, f.cause]);
    expect(own.length).toBeGreaterThan(0);
    expect(carried).toContainEqual(['D28', 'D29']);
    expect(rows).toEqual(expect.arrayContaining([...own, ...carried]));
    expect(rows).toHaveLength(r.findings.length);
  });
});
