/** `node -r ts-node/register scripts/bench/write-books.ts DIR [ROWS]`: the bench's books written to DIR, to profile one at a time. */
import { join } from 'node:path';
import { generateBook, rowCount, writeBookXlsx } from '../generate-book';
import { writeExcelBook } from './excelBook';

async function main(): Promise<void> {
  const dir = process.argv[2] ?? '.';
  const rows = Number(process.argv[3] ?? 100_000);
  const seed = generateBook({ seed: rows + 15, layout: 'seed', projects: Math.round(rows / 100) });
  await writeBookXlsx(seed, join(dir, 'text.xlsx'));
  const st = generateBook({ seed: rows + 15, layout: 'statement', projects: Math.round(rows / 104) });
  await writeBookXlsx(st, join(dir, 'statement.xlsx'));
  writeExcelBook(st, join(dir, 'styled.xlsx'), ['styled']);
  writeExcelBook(st, join(dir, 'shared.xlsx'), ['styled', 'shared']);
  writeExcelBook(st, join(dir, 'dates.xlsx'), ['styled', 'dates']);
  process.stdout.write(`${rowCount(seed)} text rows, ${rowCount(st)} statement rows\n`);
}
void main();
