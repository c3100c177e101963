import { Blocks } from '../../src/file/blocks';

describe('a list in blocks', () => {
  it.each([0, 1, 32767, 32768, 32769, 65536, 70000])('holds %p items as an array does', (count) => {
    const list = new Blocks<number>();
    const plain: number[] = [];
    for (let i = 0; i < count; i++) {
      list.push(i * 3);
      plain.push(i * 3);
    }
    for (let i = 0; i < count; i += 7) {
      list.set(i, -i);
      plain[i] = -i;
    }
    expect(list.length).toBe(count);
    let same = true;
    for (let i = 0; i < count; i++) same &&= list.at(i) === plain[i];
    expect(same).toBe(true);
  });
});
