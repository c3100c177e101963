/** Identities written in column headers (columns/formula.ts): tags and formulas as documents write them. */
import { headerIdentity } from '../../src/engine/tables/columns/formula';

describe('a header formula', () => {
  it('reads a tag written after the words it names, inside the brackets', () => {
    expect(headerIdentity('결산액\n(채무\n확정액 C)')).toMatchObject({ tag: 'C', formula: null });
    expect(headerIdentity('계(A)')).toMatchObject({ tag: 'A', formula: null });
  });

  it('reads a bracket an operator opens as part of the formula around it', () => {
    expect(headerIdentity('불용액\nA-(C+E)').formula).toEqual({
      kind: 'linear',
      terms: [
        { coef: 1, tag: 'A' },
        { coef: -1, tag: 'C' },
        { coef: -1, tag: 'E' },
      ],
    });
    // A bracket that stands alone is still the header's own formula.
    expect(headerIdentity('미수금\n(F=B-C)')).toMatchObject({ tag: 'F', text: 'F=B-C' });
    expect(headerIdentity('증감(B-A)').formula).toEqual({ kind: 'linear', terms: [{ coef: 1, tag: 'B' }, { coef: -1, tag: 'A' }] });
  });
});
