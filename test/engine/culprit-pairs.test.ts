/**
 * The pair search on hand-made identities: a pair is flagged only when it is the one
 * explanation; two pairs that explain the same findings flag nothing.
 */
import { denominator, numerator, rat, type Rational } from '../../src/engine/rational';
import { diagnose } from '../../src/engine/checks/culprit';
import * as evaluation from '../../src/engine/checks/evaluate';
import { evaluate } from '../../src/engine/checks/evaluate';
import type { Figure, LinearDerivation } from '../../src/engine/checks/ledger';

const figure = (cell: string, stated: number): Figure => ({ sheet: 'S', cell, stated: rat(stated), unit: '원', scale: 1n, like: null, label: cell });
const sum = (target: Figure, ...parts: Figure[]): LinearDerivation => ({
  kind: 'linear', rule: 'subtotal', target, terms: parts.map((fig) => ({ coef: 1 as const, fig })),
});
const num = (v: Rational) => Number(numerator(v)) / Number(denominator(v));

/**
 * Two parents r1 = x + x2 and r2 = y + y2 under one total. `shared`: the total sums all four
 * leaves, so x2 and y2 feed it as x and y do; otherwise it sums x and y only.
 */
function tree(slipX: number, slipY: number, shared: boolean) {
  const x = figure('A1', 10 + slipX);
  const y = figure('A2', 20 + slipY);
  const x2 = figure('B1', 30);
  const y2 = figure('B2', 40);
  const derivations = [
    sum(figure('C1', 40), x, x2),
    sum(figure('C2', 60), y, y2),
    shared ? sum(figure('C3', 100), x, y, x2, y2) : sum(figure('C3', 30), x, y),
  ];
  const findings = evaluate(derivations);
  return diagnose(derivations, findings, new Set(), new Map()).map((dg) =>
    dg.kind === 'culprit' ? [dg.culprit.figure.cell, num(dg.culprit.expected)] : [dg.kind, dg.root.derivation.target.cell],
  );
}

describe('the pair search', () => {
  it('flags the one pair that clears every failing identity', () => {
    expect(tree(3, 5, false)).toEqual([['A1', 10], ['A2', 20]]);
  });

  it('flags nothing when another pair explains the same findings', () => {
    // x and y 3 and 5 more, or x2 and y2 3 and 5 less: the same three sums fail either way.
    expect(tree(3, 5, true)).toEqual([]);
  });
});

/** One total over n leaves, each leaf also in its own identity with a plain partner (a change). */
function wide(n: number, slipped: number) {
  const leaves = Array.from({ length: n }, (_, i) => figure(`A${i + 1}`, 100 + i + (i < slipped ? 1 : 0)));
  const partners = Array.from({ length: n }, (_, i) => figure(`B${i + 1}`, 1000));
  const derivations = [
    ...leaves.map((x, i) => sum(figure(`C${i + 1}`, 1100 + i), x, partners[i] as Figure)),
    sum(figure('D1', leaves.reduce((s, _, i) => s + 100 + i, 0)), ...leaves),
  ];
  return diagnose(derivations, evaluate(derivations), new Set(), new Map());
}

describe('the pair search, its limits', () => {
  it('pins no pair when three slips share one total (a triple is beyond it)', () => {
    expect(wide(5, 2).map((dg) => dg.kind === 'culprit' && dg.culprit.figure.cell)).toEqual(['A1', 'A2']);
    expect(wide(5, 3)).toEqual([]);
  });

  it('gives up, flagging nothing, when a cluster has more inputs to pair than the cap', () => {
    // 60 slipped leaves: 1,770 pairs uncapped. The single search evaluates each leaf once;
    // the pair search gives up before evaluating any.
    const spy = jest.spyOn(evaluation, 'evaluate');
    try {
      expect(wide(60, 60)).toEqual([]);
      // One evaluation here, one of the cluster as stated, one per leaf: none for pairs.
      expect(spy.mock.calls.length).toBe(1 + 1 + 60);
    } finally {
      spy.mockRestore();
    }
  });
});
