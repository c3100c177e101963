/** Runs the command line in-process and keeps what it printed. */
import { runCli, type CliIo } from '../../src/cli/run';

export async function runCaptured(argv: string[], io: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), ...io });
  return { status, stdout, stderr };
}
