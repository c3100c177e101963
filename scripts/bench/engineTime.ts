/**
 * One engine timing in a process of its own, for the linearity figure: every size
 * starts from the same heap, so what one measurement left behind (a million
 * figures from the previous book) does not slow the next one's garbage collection.
 * Prints `{ rows, ms }` as JSON: the fastest of three warm runs.
 *
 *   node --require ts-node/register scripts/bench/engineTime.ts statement|seed PROJECTS
 */
import { verifyWorkbook } from '../../src/engine';
import { bookSnapshot, generateBook, rowCount, type Book } from '../generate-book';

const layout = process.argv[2] as Book['layout'];
const projects = Number(process.argv[3]);
if ((layout !== 'statement' && layout !== 'seed') || !Number.isInteger(projects) || projects < 1) {
  process.stderr.write('usage: engineTime.ts statement|seed PROJECTS\n');
  process.exit(2);
}
verifyWorkbook(bookSnapshot(generateBook({ seed: 1, layout, projects: 20 }))); // warm the engine
const book = generateBook({ seed: projects + 1, layout, projects });
const snapshot = bookSnapshot(book);
let best = Infinity;
let bestCpu = Infinity;
for (let i = 0; i < 3; i++) {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  verifyWorkbook(snapshot);
  const used = process.cpuUsage(cpu);
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
}
// CPU time counts the garbage collector's helper threads too, and not the time other
// processes took the core: steadier than wall time on a shared machine.
process.stdout.write(`${JSON.stringify({ rows: rowCount(book), ms: best, cpuMs: bestCpu })}\n`);
