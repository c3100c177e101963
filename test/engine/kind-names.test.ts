/**
 * Members by name in a list that marks no level (tables/columns/kindNames.ts): the rows after
 * `특별회계` that name kinds of it are its descendants, the groups among them those that hold
 * the sum of the rows after them, each group's members running to the next group.
 */
import { makeOptions, verifyWorkbook, type VerifyResult } from '../../src/engine';
import { parseSheetText, toSnapshot, withCell, type TextSheet } from '../../scripts/sheet-text';

const verify = (sheets: TextSheet[]): VerifyResult => verifyWorkbook(toSnapshot(sheets), makeOptions());
const brief = (r: VerifyResult) => r.findings.map((f) => [f.cell, f.rule, f.expected, f.actual]);
const unchecked = (r: VerifyResult) => r.coverage.unchecked.map((u) => u.cell);

/** 특별회계 = 기업특별회계 + 기타특별회계, each over the accounts after it; nothing marks a level. */
const accounts = parseSheetText(`@sheet 구성
회계별 예산 | 단위: 천원
특별회계 | n:1800
기업특별회계 | n:600
양곡관리특별회계 | n:100
우편사업특별회계 | n:200
조달특별회계 | n:300
기타특별회계 | n:1200
교통시설특별회계 | n:500
환경개선특별회계 | n:400
기타 | n:300
`);

describe('members by name', () => {
  it('reads the groups of a parent from the names of its descendants and checks every figure', () => {
    const r = verify(accounts);
    expect(brief(r)).toEqual([]);
    expect(unchecked(r)).toEqual([]);
    expect(r.coverage.checked).toBe(9);
  });

  it('flags a group whose own figure disagrees with its members, not the parent', () => {
    expect(brief(verify(withCell(accounts, 'B3', 'n:690')))).toEqual([['B3', 'subtotal', 600, 690]]);
  });

  it('takes the last member of a group as a member even when the group adds up without it', () => {
    // 기업특별회계 printed 300 = 양곡관리 + 우편사업 as if 조달 stood beside it: a row after a
    // group's members is one more member, so the group is flagged.
    const r = verify(withCell(accounts, 'B3', 'n:300'));
    expect(brief(r)).toEqual([['B3', 'subtotal', 600, 300]]);
  });

  it('flags the group over a slipped member when the parent agrees with the groups as stated', () => {
    const r = verify(withCell(accounts, 'B6', 'n:330'));
    expect(r.findings.map((f) => [f.cell, f.rule])).toEqual([['B3', 'subtotal']]);
    expect(unchecked(r)).toEqual([]);
  });

  it('holds the descendants as members when no group is among them', () => {
    const flat = parseSheetText(`@sheet 구성
회계별 예산 | 단위: 천원
특별회계 | n:600
양곡관리특별회계 | n:100
우편사업특별회계 | n:200
조달특별회계 | n:300
`);
    const r = verify(flat);
    expect(brief(r)).toEqual([]);
    expect(r.coverage.checked).toBe(4);
  });

  it('leaves a list alone when the parent does not agree with its groups', () => {
    const r = verify(withCell(accounts, 'B2', 'n:2500'));
    expect(brief(r)).toEqual([]);
    expect(unchecked(r)).toContain('B2');
  });
});

