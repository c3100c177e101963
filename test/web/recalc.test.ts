import { Workbook } from 'exceljs';
import { recalculate } from '../../src/web/book/recalc';

function book(): Workbook {
  const wb = new Workbook();
  const s = wb.addWorksheet('예산');
  s.getCell('A1').value = 1000;
  s.getCell('A2').value = 2000;
  s.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 3000 };
  s.getCell('B1').value = 10;
  s.getCell('B2').value = 20;
  // A shared formula: C1 is the master, C2 a clone of it (C2 = A2*B2).
  s.getCell('C1').value = {
    formula: 'A1*B1',
    result: 10000,
    shareType: 'shared',
    ref: 'C1:C2',
  } as never;
  s.getCell('C2').value = { sharedFormula: 'C1', result: 40000 };
  s.getCell('D1').value = { formula: 'ROUNDDOWN(A3/7,0)', result: 428 };
  s.getCell('E1').value = { formula: 'SUM(A:A)', result: 6000 };
  const t = wb.addWorksheet('Other sheet');
  t.getCell('A1').value = { formula: "'예산'!A3*2", result: 6000 };
  t.getCell('B1').value = { formula: 'NOSUCHFUNCTION(1)', result: 'saved' };
  t.getCell('C1').value = { formula: 'C2+1', result: 5 };
  t.getCell('C2').value = { formula: 'C1+1', result: 6 };
  t.getCell('D1').value = { formula: '1/0', result: 0 };
  return wb;
}

describe('recalculate', () => {
  it('recomputes every formula that depends on a changed cell, in dependency order', () => {
    const wb = book();
    const s = wb.getWorksheet('예산')!;
    s.getCell('A1').value = 1500;
    const outcome = recalculate(wb);
    expect(s.getCell('A3').result).toBe(3500);
    expect(s.getCell('C1').result).toBe(15000);
    expect(s.getCell('C2').result).toBe(40000);
    expect(s.getCell('D1').result).toBe(500);
    expect(s.getCell('E1').result).toBe(7000); // whole-column range, clamped to the used rows
    expect(wb.getWorksheet('Other sheet')!.getCell('A1').result).toBe(7000);
    expect(outcome.changedSheets).toEqual(new Set(['예산', 'Other sheet']));
  });

  it('keeps saved results it cannot compute and writes errors as Excel shows them', () => {
    const wb = book();
    const outcome = recalculate(wb);
    const t = wb.getWorksheet('Other sheet')!;
    expect(t.getCell('B1').result).toBe('saved');
    expect(t.getCell('C1').result).toBe(5);
    expect(t.getCell('C2').result).toBe(6);
    expect(t.getCell('D1').result).toEqual({ error: '#DIV/0!' });
    expect(outcome.kept).toBe(3);
  });

  it('changes results only: formulas and shared formulas survive a save', async () => {
    const wb = book();
    wb.getWorksheet('예산')!.getCell('B2').value = 30;
    recalculate(wb);
    const again = new Workbook();
    await again.xlsx.load(await wb.xlsx.writeBuffer());
    const s = again.getWorksheet('예산')!;
    expect(s.getCell('C2').formula).toBe('A2*B2');
    expect(s.getCell('C2').result).toBe(60000);
    expect(s.getCell('C1').formula).toBe('A1*B1');
    expect(s.getCell('A3').formula).toBe('SUM(A1:A2)');
  });
});

describe('recalculate after a change', () => {
  it('recomputes only the formulas that read the changed cell, directly or not', () => {
    const wb = book();
    const s = wb.getWorksheet('예산')!;
    const t = wb.getWorksheet('Other sheet')!;
    s.getCell('A2').value = 2500;
    const outcome = recalculate(wb, [{ sheet: '예산', row: 2, col: 1 }]);
    expect(s.getCell('A3').result).toBe(3500);
    expect(t.getCell('A1').result).toBe(7000);
    expect(s.getCell('C2').result).toBe(50000);
    expect(s.getCell('C1').result).toBe(10000);
    // Not downstream of A2: the saved result stays even where the parser would differ.
    expect(t.getCell('D1').result).toBe(0);
    expect(outcome.changed).toBe(5);
  });
});
