import { spawnSync } from 'node:child_process';
import * as v8 from 'node:v8';
import { applyCheckerV8Flags, CHECKER_V8_FLAGS } from '../../src/cli/compilerSettings';
import { startChild } from '../../src/cli/children';

// The test's own process keeps V8's defaults: setting them is only recorded.
jest.mock('node:v8', () => ({ ...jest.requireActual<typeof import('node:v8')>('node:v8'), setFlagsFromString: jest.fn() }));

const UNKNOWN = '--no-such-flag-of-v8';

describe("a checking process's V8 settings", () => {
  it('are set in the process, each of them', () => {
    const set = v8.setFlagsFromString as jest.Mock;
    applyCheckerV8Flags();
    expect(set.mock.calls.map((c: unknown[]) => c[0])).toEqual([...CHECKER_V8_FLAGS]);
    expect(CHECKER_V8_FLAGS).toContain('--max-inlined-bytecode-size-cumulative=200');
  });

  it('are not on the command line that starts it: node would refuse to start on a flag its V8 does not know', () => {
    const refused = spawnSync(process.execPath, [UNKNOWN, '-e', "process.stdout.write('ran')"], { encoding: 'utf8' });
    expect(refused.status).not.toBe(0);
    expect(refused.stdout).toBe('');
    // Set at run time, an unknown flag costs a line on stderr and nothing else.
    const ran = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString('${UNKNOWN}'); process.stdout.write('ran')`], { encoding: 'utf8' });
    expect(ran.status).toBe(0);
    expect(ran.stdout).toBe('ran');
    const child = startChild({ heapMb: 1024, boundedGrowth: false });
    try {
      for (const flag of CHECKER_V8_FLAGS) expect(child.spawnargs).not.toContain(flag);
    } finally {
      child.kill();
    }
  });
});
