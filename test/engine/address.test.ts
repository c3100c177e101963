import { cellAddress, columnLetters, parseCellAddress } from '../../src/engine/address';

describe('addresses', () => {
  it('round-trips A1 addresses', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(16383)).toBe('XFD');
    for (const [r, c] of [[0, 0], [13, 3], [1048575, 16383], [99, 701]] as const) {
      expect(parseCellAddress(cellAddress(r, c))).toEqual({ row: r, col: c });
    }
    expect(parseCellAddress('1A')).toBeNull();
  });
});
