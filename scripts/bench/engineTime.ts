/**
 * One engine timing in a process of its own, for the linearity figure: every size
 * starts from the same heap, so what one measurement left behind (a million
 * figures from the previous book) does not slow the next one's garbage collection.
 * Prints `{ rows, ms, cpuMs }` as JSON: the fastest of three warm runs.
 *
 * Each timed run starts from a settled heap (the generated book dropped, a full
 * collection first): otherwise the collector is still sweeping what generating
 * the book left behind — half a gigabyte at 500,000 rows — while the engine runs,
 * and the larger book is charged for its generator rather than for the engine.
 * What the engine itself allocates is collected inside the timed run, as it is.
 *
 *   node --expose-gc --require ts-node/register scripts/bench/engineTime.ts statement|seed PROJECTS
 */
import { verifyWorkbook } from '../../src/engine';
import { bookSnapshot, generateBook, rowCount, type Book } from '../generate-book';

const layout = process.argv[2] as Book['layout'];
const projects = Number(process.argv[3]);
const collect = (globalThis as { gc?: () => void }).gc;
if ((layout !== 'statement' && layout !== 'seed') || !Number.isInteger(projects) || projects < 1 || !collect) {
  process.stderr.write('usage: node --expose-gc … engineTime.ts statement|seed PROJECTS\n');
  process.exit(2);
}
verifyWorkbook(bookSnapshot(generateBook({ seed: 1, layout, projects: 20 }))); // warm the engine
// The book itself is not kept: only its snapshot is what the engine reads.
const { snapshot, rows } = ((book: Book) => ({ snapshot: bookSnapshot(book), rows: rowCount(book) }))(
  generateBook({ seed: projects + 1, layout, projects }),
);
let best = Infinity;
let bestCpu = Infinity;
for (let i = 0; i < 3; i++) {
  collect();
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  verifyWorkbook(snapshot);
  const used = process.cpuUsage(cpu);
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
}
// CPU time counts the garbage collector's helper threads too, and not the time other
// processes took the core: steadier than wall time on a shared machine.
process.stdout.write(`${JSON.stringify({ rows, ms: best, cpuMs: bestCpu })}\n`);
