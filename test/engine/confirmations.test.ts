/** The index of confirming identities: each figure's identities in the order they were added, however many. */
import { ConfirmationIndex } from '../../src/engine/checks/evaluate';
import type { Derivation, Figure } from '../../src/engine/checks/ledger';

const figure = (cell: string): Figure => ({ sheet: 's', cell, stated: 1, unit: '원', scale: 1n, like: null, label: cell });
const sum = (target: Figure, ...terms: Figure[]): Derivation => ({ kind: 'linear', rule: 'subtotal', target, terms: terms.map((fig) => ({ coef: 1, fig })) });

describe('ConfirmationIndex', () => {
  it('gives one, two and three identities of a figure as added, and nothing for a figure none names', () => {
    const [a, b, c, d] = ['A1', 'A2', 'A3', 'A4'].map(figure) as [Figure, Figure, Figure, Figure];
    const one = sum(a, b);
    const two = sum(c, a);
    const three = sum(d, a, c);
    const index = new ConfirmationIndex();
    index.add(b, one);
    expect(index.get(b)).toEqual([one]);
    index.add(a, one);
    index.add(a, two);
    expect(index.get(a)).toEqual([one, two]);
    index.add(a, three);
    index.add(a, three);
    expect(index.get(a)).toEqual([one, two, three, three]);
    expect(index.get(d)).toBeUndefined();
  });
});
