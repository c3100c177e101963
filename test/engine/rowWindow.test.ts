import { RowWindow } from '../../src/engine/rowWindow';

describe('a row window', () => {
  it('keeps a row until a row sharing its slot (the same low bits) takes it', () => {
    const w = new RowWindow<string | null>(8, null);
    expect(w.has(3)).toBe(false);
    expect(w.set(3, 'three')).toBe('three');
    expect(w.has(3)).toBe(true);
    expect(w.get(3)).toBe('three');
    w.set(4, null); // a kept null is an answer, not a gap
    expect(w.has(4)).toBe(true);
    expect(w.get(4)).toBeNull();
    w.set(11, 'eleven'); // 11 & 7 === 3
    expect(w.has(3)).toBe(false);
    expect(w.get(11)).toBe('eleven');
    expect(w.has(4)).toBe(true);
  });

  it('holds no row before one is set, the first rows and one above the sheet included', () => {
    const w = new RowWindow<number[]>(256, []);
    for (const row of [-1, 0, 1, 255, 256, 1_048_575]) expect(w.has(row)).toBe(false);
    w.set(0, [1]);
    expect(w.has(0)).toBe(true);
    expect(w.has(256)).toBe(false);
  });

  it('is a power of two rows', () => {
    expect(() => new RowWindow(6, null)).toThrow(RangeError);
    expect(() => new RowWindow(0, null)).toThrow(RangeError);
    expect(() => new RowWindow(1, null)).not.toThrow();
  });
});
