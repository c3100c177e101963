import { shiftFormula } from '../../src/web/book/shiftFormula';

describe('shiftFormula (a row inserted at row 10 of 예산)', () => {
  const shift = (formula: string, own = '예산') => shiftFormula(formula, own, '예산', 10);

  it('moves references at or below the new row, and grows ranges that span it', () => {
    expect(shift('SUM(D5:D12)+D9+D10+$E$11')).toBe('SUM(D5:D13)+D9+D11+$E$12');
    expect(shift('SUM(D10:D12)')).toBe('SUM(D11:D13)');
    expect(shift('ROUNDDOWN(C14*D14/1000,0)')).toBe('ROUNDDOWN(C15*D15/1000,0)');
    expect(shift('SUM(9:12)')).toBe('SUM(9:13)');
  });

  it('leaves other sheets’ references and text in quotes alone', () => {
    expect(shift('Other!D12+D12', 'Other')).toBe('Other!D12+D12');
    expect(shift("'예산'!D12+Other!D12", 'Other')).toBe("'예산'!D13+Other!D12");
    expect(shift('예산!D5:D12*2', 'Other')).toBe('예산!D5:D13*2');
    expect(shift('"D12"&D12')).toBe('"D12"&D13');
  });

  it('returns text the lexer cannot split unchanged', () => {
    expect(shift('D12 § D12')).toBe('D12 § D12');
  });
});
