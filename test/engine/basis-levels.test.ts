/** How basis lines nest (basis/levels.ts) and how a row's cells make lines (tables/basisCells.ts). */
import { lineStyle, LineRanks } from '../../src/engine/basis/levels';
import { parseBasisLine } from '../../src/engine/basis/line';
import { logicalLines } from '../../src/engine/tables/basisCells';

const ranksOf = (lines: readonly string[]): number[] => {
  const styles = lines.map(lineStyle);
  const ranks = new LineRanks(styles);
  let above: number | null = null;
  return styles.map((s) => {
    const r = ranks.rank(s, above);
    if (s !== null && !s.startsWith('indent:')) above = r;
    return r;
  });
};

describe('line styles', () => {
  it.each([
    ['○ a', 'marker:2'],
    ['● a', 'marker:2'],
    ['ㅇ a', 'marker:3'],
    ['ㅇ농촌지도자회 소식지 발간', 'marker:3'],
    ['◦ a', 'marker:3'],
    ['◎ a', 'marker:1'],
    ['■ a', 'marker:0'],
    ['- a', 'marker:4'],
    ['· a', 'marker:5'],
    ['1. a', 'number:0'],
    ['(1) a', 'number:2'],
    ['가. a', 'number:3'],
    ['① a', 'number:6'],
    ['  a', 'indent:2'],
    ['a', null],
    ['3.1절 기념행사', null],
    ['ㅇㅇ사업', null],
  ])('%s is %s', (text, style) => {
    expect(lineStyle(text)).toBe(style);
  });

  it('takes a glued ㅇ for a marker, but not a word of jamo', () => {
    expect(parseBasisLine('ㅇ농촌지도자회 소식지 발간 = 2,500').marker).toBe('ㅇ');
    expect(parseBasisLine('ㅇㅇ사업').marker).toBeNull();
  });
});

describe('line ranks', () => {
  it('put ㅇ under ○ when both occur, whichever comes first', () => {
    expect(ranksOf(['○ a', 'ㅇ b', 'ㅇ c', '○ d'])).toEqual([0, 1, 1, 0]);
    expect(ranksOf(['ㅇ a', '○ b', 'ㅇ c'])).toEqual([1, 0, 1]);
  });

  it('rank ㅇ at the top when it is alone', () => {
    expect(ranksOf(['ㅇ a', '- b', 'ㅇ c'])).toEqual([0, 1, 0]);
  });

  it('put a numbering inside the line where it first occurs', () => {
    expect(ranksOf(['○ a', '1. b', '가. c', '1. d', '○ e'])).toEqual([0, 1, 2, 1, 0]);
    expect(ranksOf(['1. a', '○ b', '1. c'])).toEqual([0, 1, 0]);
  });

  it('make indented and plain lines members of the marked line above, deeper inside', () => {
    const r = ranksOf(['○ a', '    b', '      c', '○ d', 'e']);
    expect(r[1]).toBeGreaterThan(r[0] as number);
    expect(r[2]).toBeGreaterThan(r[1] as number);
    expect(r[3]).toBe(r[0]);
    expect(r[4]).toBeGreaterThan(r[3] as number);
  });

  it('nest by indentation alone when nothing is marked', () => {
    const r = ranksOf(['  초과근무수당', '    시간외근무수당', '       경정 … = 1', '  정액수당']);
    expect(r[0]).toBeLessThan(r[1] as number);
    expect(r[1]).toBeLessThan(r[2] as number);
    expect(r[3]).toBe(r[0]);
  });
});

describe('the lines of one cell', () => {
  it('keep a formula on the second line with its label', () => {
    expect(logicalLines('○ 홈페이지 유지관리비\n      200,000원 x 5개월')).toEqual(['○ 홈페이지 유지관리비\n      200,000원 x 5개월']);
  });

  it('split lines that each hold their amount, or open with a marker', () => {
    expect(logicalLines('교원가족수당 1,000원×3명 = 3,000\n교원자녀수당 2,000원×2명 = 4,000')).toEqual([
      '교원가족수당 1,000원×3명 = 3,000',
      '교원자녀수당 2,000원×2명 = 4,000',
    ]);
    expect(logicalLines('○ 임차료\n  ㅇ 소식지 = 2,500\n  ㅇ 연찬회 = 3,500')).toEqual(['○ 임차료', '  ㅇ 소식지 = 2,500', '  ㅇ 연찬회 = 3,500']);
  });
});
