/**
 * A large book's checking child collects the reading's garbage once, between the reading
 * and the engine (cli/releaseReading.ts): only where the process was started able to
 * (children.ts gives `--expose-gc` to a large book's child), and nowhere else.
 */
import { join } from 'node:path';
import { checkFile } from '../../src/cli/check';
import { makeOptions, verifyWorkbook } from '../../src/engine/index';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'seoul-sns-2021-errors.xlsx');
const options = { verify: makeOptions({ language: 'ko' }) };
const holder = globalThis as { gc?: () => void };

describe('the reading released before the engine runs', () => {
  const own = holder.gc;
  afterEach(() => {
    if (own) holder.gc = own;
    else delete holder.gc;
  });

  it('collects once, after the book is read and before it is verified, where the process can', async () => {
    const order: string[] = [];
    holder.gc = () => order.push('collect');
    const verify: typeof verifyWorkbook = (snapshot, opts) => {
      order.push(`verify ${snapshot.sheets.length} sheets`);
      return verifyWorkbook(snapshot, opts);
    };
    const outcome = await checkFile(SAMPLE, null, options, verify);
    expect(order).toEqual(['collect', 'verify 1 sheets']);
    expect('findings' in outcome && outcome.findings.length).toBe(4);
  });

  it('checks the same without the means to collect', async () => {
    delete holder.gc;
    const outcome = await checkFile(SAMPLE, null, options, verifyWorkbook);
    expect('findings' in outcome && outcome.findings.length).toBe(4);
  });
});
