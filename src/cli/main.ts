/** The process entry point: real streams in, exit status out. */
import { runCli } from './run';

runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  progress: process.stderr.isTTY === true,
}).then(
  (status) => {
    process.exitCode = status;
  },
  (err: unknown) => {
    // runCli reports every expected failure itself; this is a bug, still no stack dump for the user.
    process.stderr.write(
      `budget-verify: unexpected failure: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exitCode = 2;
  },
);
