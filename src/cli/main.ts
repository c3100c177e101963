/**
 * The process entry point: real streams in, exit status out. The checking processes
 * are started first, from the arguments alone (args.ts and children.ts load nothing
 * heavy), so that they load the engine while this process loads the rest of the
 * command line; run.ts is loaded only then.
 */
import { parseArgs } from './args';
import { EarlyChildren } from './children';
import { languageOf } from './locale';
import { planRun } from './plan';

const argv = process.argv.slice(2);
const parsed = parseArgs(argv);
const early = parsed.kind === 'run' ? EarlyChildren.start(planRun(parsed.request)) : undefined;

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the children are started, on purpose (see above)
const { runCli } = require('./run') as typeof import('./run');

void runCli(argv, {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  progress: process.stderr.isTTY === true,
  env: process.env,
  early,
})
  .then(
    (status) => {
      process.exitCode = status;
    },
    () => {
      // runCli reports every expected failure itself; this is a defect of ours: said in our words, no stack.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- only on this rare path
      const { cliMessagesFor } = require('./messages') as typeof import('./messages');
      process.stderr.write(`budget-verify: ${cliMessagesFor(languageOf(argv, process.env)).internalError}\n`);
      process.exitCode = 2;
    },
  )
  // Children the run did not take (it ended before checking, or wanted fewer) would keep this process alive.
  .finally(() => early?.release());
