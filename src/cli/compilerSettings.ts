/**
 * The V8 settings of a checking process. A check is one pass over a book through about 140
 * modules, so in a fresh process the thread compiling hot functions, not the code it
 * compiles, sets the pace: on the 100k-row text book TurboFan worked about 2.3 s in the
 * background (one function, inlined deep, 60-85 ms a compile) while the check ran at half the
 * speed of a second pass in the same process. With half V8's inlining budget (920 bytecodes
 * by default), paired runs of the command line: text book 0.88x the wall and 0.81x the CPU,
 * statement 0.93x and 0.87x; at 500k rows no slower. No inlining at all was slower at 500k.
 */
import { setFlagsFromString } from 'node:v8';

export const CHECKER_V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=200'];

/**
 * Sets them in this process, before the engine's code runs hot. At run time, not on the
 * command line that starts the process: node refuses to start on a flag its V8 does not
 * know (a later V8 may drop or rename one), where here V8 writes a line to stderr and the
 * check goes on with its defaults. The same effect as on the command line (paired on the
 * text book: 0.85x the wall either way).
 */
export function applyCheckerV8Flags(): void {
  for (const flag of CHECKER_V8_FLAGS) setFlagsFromString(flag);
}
