import { displayWidth, padEnd } from '../../src/cli/width';
import { renderTable } from '../../src/cli/table';

describe('display width', () => {
  it('counts Hangul, CJK and full-width forms as two columns', () => {
    expect(displayWidth('Budget')).toBe(6);
    expect(displayWidth('사무관리비')).toBe(10);
    expect(displayWidth('ㅇ 漢字 ＡＢ')).toBe(2 + 1 + 4 + 1 + 4);
    expect(displayWidth('△106,540')).toBe(8);
    expect(padEnd('셀', 4)).toBe('셀  ');
  });

  it('lines tables up on screen columns, not characters', () => {
    const lines = renderTable(
      ['시트', 'x'],
      [
        ['Sheet1', 'a'],
        ['예산 총괄', 'b'],
      ],
      ['left', 'left'],
    );
    expect(lines).toEqual(['시트       x', 'Sheet1     a', '예산 총괄  b']);
  });
});
