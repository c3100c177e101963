/**
 * `npm run corpus`: measures the engine on the corpus of real layouts (test/fixtures/real).
 * Each clean case must give exactly the source's own errors (`real`); each slip, applied
 * alone, must give those and one error at its cell with its rule. Prints, per case and in
 * total, what was found, found with another rule, missed, and the false alarms (errors and
 * warnings apart), and the unchecked figures when the engine reports coverage.
 * A measurement, not a test: it writes nothing and exits 0.
 */
import { caseNames, readCase } from './corpus/cases';
import { addScore, emptyScore, type Score } from './corpus/score';
import { scoreCase } from './corpus/run';

function line(label: string, s: Score): string {
  const cov = s.coverageRuns ? `  unchecked ${s.unchecked}` : '';
  const figure = s.figureDiffers ? ` (${s.figureDiffers} with another figure)` : '';
  return `${label.padEnd(48)} found ${s.found}${figure}  wrong rule ${s.wrongRule}  missed ${s.missed}  false alarms ${s.falseErrors} errors, ${s.falseWarnings} warnings  carried ${s.carried}${cov}`;
}

function main(): void {
  const total = { clean: emptyScore(), slips: emptyScore() };
  const names = caseNames();
  for (const name of names) {
    let result: { clean: Score; slips: Score };
    try {
      result = scoreCase(readCase(name));
    } catch (e) {
      // A case the engine throws on is a finding of this measurement, not a reason to stop it.
      console.log(`${name}: could not be scored: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    console.log(line(`${name} (clean)`, result.clean));
    console.log(line(`${name} (slips)`, result.slips));
    addScore(total.clean, result.clean);
    addScore(total.slips, result.slips);
  }
  const all = emptyScore();
  addScore(all, total.clean);
  addScore(all, total.slips);
  console.log('');
  console.log(line(`TOTAL clean, ${names.length} cases`, total.clean));
  console.log(line('TOTAL slips', total.slips));
  console.log(line('TOTAL', all));
  const required = all.found + all.wrongRule + all.missed;
  console.log(`required findings found at their cell with their rule: ${all.found} of ${required}`);
}

main();
