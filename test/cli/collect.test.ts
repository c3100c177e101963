/**
 * A large book's checking child collects its garbage where most of it has just become
 * garbage (cli/collectGarbage.ts): between the reading and the engine, and, when a copy
 * is written, between the engine and the copy; only where the process was started able
 * to (children.ts gives `--expose-gc` to a large book's child), and nowhere else.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkFile } from '../../src/cli/check';
import { makeOptions, verifyWorkbook } from '../../src/engine/index';
import { makeTempDir } from '../file/workbooks';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'seoul-sns-2021-errors.xlsx');
const options = { verify: makeOptions({ language: 'ko' }) };
const holder = globalThis as { gc?: () => void };

describe('garbage collected by a large book\'s child', () => {
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

  it('collects again after the check, before the copy is written', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const order: string[] = [];
      holder.gc = () => order.push('collect');
      const verify: typeof verifyWorkbook = (snapshot, opts) => {
        order.push('verify');
        return verifyWorkbook(snapshot, opts);
      };
      const path = join(dir, 'copy.xlsx');
      const outcome = await checkFile(SAMPLE, { path, instead: null }, options, verify);
      expect(order).toEqual(['collect', 'verify', 'collect']);
      expect('annotated' in outcome && outcome.annotated).toBe(path);
      expect(existsSync(path)).toBe(true);
    } finally {
      await cleanup();
    }
  });

  it('checks the same without the means to collect', async () => {
    delete holder.gc;
    const outcome = await checkFile(SAMPLE, null, options, verifyWorkbook);
    expect('findings' in outcome && outcome.findings.length).toBe(4);
  });
});
