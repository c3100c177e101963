/** The process entry point: real streams in, exit status out. */
import { languageOf } from './locale';
import { cliMessagesFor } from './messages';
import { runCli } from './run';

runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  progress: process.stderr.isTTY === true,
  env: process.env,
}).then(
  (status) => {
    process.exitCode = status;
  },
  () => {
    // runCli reports every expected failure itself; this is a defect of ours: said in our words, no stack.
    const language = languageOf(process.argv.slice(2), process.env);
    process.stderr.write(`budget-verify: ${cliMessagesFor(language).internalError}\n`);
    process.exitCode = 2;
  },
);
