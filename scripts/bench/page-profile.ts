/**
 * Where the page's Verify spends its time in Chromium: page.ts's run (the file
 * opened and the worker prepared) with V8's sampling profiler on, through the
 * DevTools protocol, from pressing Verify to the counts shown, in the
 * verification worker and on the page's thread.
 *
 *   node --require ts-node/register scripts/bench/page-profile.ts FILE [DIR]
 *
 * Writes DIR/worker.cpuprofile and DIR/page.cpuprofile (DIR: /tmp/page-profile;
 * open them in Chromium's DevTools, Performance) and prints each thread's self
 * time by source file and by function, mapped back to src/ through the bundle's
 * source maps (webpack writes them beside the bundle).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launch, CHROMIUM } from '../../test/e2e/support/browser';
import { BudgetPage } from '../../test/e2e/support/app';
import { DIST } from '../../test/e2e/support/session';
import { openAndWait, verifyAndWait } from './page';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the same CommonJS server `npm start` uses
const { serveStatic } = require('../static-server.js') as {
  serveStatic: (root: string, port?: number) => Promise<{ url: string; close(): Promise<void> }>;
};

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    functionName: string;
    url: string;
    lineNumber: number;
    columnNumber: number;
  };
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Microseconds between samples: fine enough for functions of a few milliseconds. */
const SAMPLING_US = 200;

/**
 * The worker's own DevTools session, reached through the page's (a worker is a
 * target of its own; playwright does not hand out a session for it). The old
 * non-flat protocol wraps each message: Target.sendMessageToTarget out,
 * Target.receivedMessageFromTarget in.
 */
async function workerSession(
  page: CDPSession,
): Promise<(method: string, params?: object) => Promise<unknown>> {
  const attached = new Promise<string>((resolve) => {
    page.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') resolve(event.sessionId);
    });
  });
  await page.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const sessionId = await attached;
  let next = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  page.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
    };
    const waiter = message.id === undefined ? undefined : waiting.get(message.id);
    if (!waiter || message.id === undefined) return;
    waiting.delete(message.id);
    if (message.error) waiter.reject(new Error(message.error.message));
    else waiter.resolve(message.result);
  });
  return (method, params = {}) => {
    const id = next++;
    const answer = new Promise<unknown>((resolve, reject) => waiting.set(id, { resolve, reject }));
    void page.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return answer;
  };
}

/** Bundle file name → its source map, read once. */
const maps = new Map<string, SourceMap | null>();

function sourceMapOf(url: string): SourceMap | null {
  const name = url.split('/').pop() ?? '';
  if (!maps.has(name)) {
    const path = join(DIST, `${name}.map`);
    maps.set(
      name,
      name && existsSync(path)
        ? new SourceMap(JSON.parse(readFileSync(path, 'utf8')) as SourceMapPayload)
        : null,
    );
  }
  return maps.get(name) ?? null;
}

/** Where a frame of the bundle comes from: `src/engine/…ts:line`, or what V8 called it. */
function origin(frame: ProfileNode['callFrame']): { file: string; at: string } {
  if (!frame.url)
    return {
      file: `(${frame.functionName || 'program'})`,
      at: `(${frame.functionName || 'program'})`,
    };
  const entry = sourceMapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) as
    { originalSource?: string; originalLine?: number; name?: string } | undefined;
  const source =
    entry?.originalSource?.replace(/^webpack:\/\/[^/]*\/(\.\/)?/, '') ??
    frame.url.split('/').pop() ??
    frame.url;
  const line = (entry?.originalLine ?? frame.lineNumber) + 1;
  // The bundle's names are minified: the source map's name at the function's start, where it has one.
  const name = entry?.name ?? frame.functionName;
  return { file: source, at: `${name || '(anonymous)'} ${source}:${line}` };
}

/** Self time (ms) of each node, summed by `key`, largest first. */
function selfTimes(profile: Profile, key: (node: ProfileNode) => string): [string, number][] {
  const keyOf = new Map(profile.nodes.map((n) => [n.id, key(n)]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const k = keyOf.get(id) ?? '(unknown)';
    totals.set(k, (totals.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

function report(name: string, profile: Profile): string {
  const files = selfTimes(profile, (n) => origin(n.callFrame).file);
  const total = files.reduce((s, [, ms]) => s + ms, 0);
  const line = ([k, ms]: [string, number]) =>
    `  ${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`;
  return [
    `${name}: ${total.toFixed(0)} ms sampled`,
    ' by file:',
    ...files.slice(0, 15).map(line),
    ' by function:',
    ...selfTimes(profile, (n) => origin(n.callFrame).at)
      .slice(0, 20)
      .map(line),
  ].join('\n');
}

async function main(file: string, dir: string): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  if (!existsSync(DIST)) throw new Error('the page is not built (npm run build)');
  mkdirSync(dir, { recursive: true });
  const server = await serveStatic(DIST);
  const browser = await launch();
  try {
    const app = await BudgetPage.open(browser, server.url, { sample: '' });
    await openAndWait(app, file);
    const page = await browser.context.newCDPSession(app.page);
    const worker = await workerSession(page);
    for (const send of [worker, (m: string, p?: object) => page.send(m as 'Profiler.enable', p)]) {
      await send('Profiler.enable');
      await send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
      await send('Profiler.start');
    }
    await verifyAndWait(app);
    const inWorker = ((await worker('Profiler.stop')) as { profile: Profile }).profile;
    const onPage = (await page.send('Profiler.stop')).profile as unknown as Profile;
    writeFileSync(join(dir, 'worker.cpuprofile'), JSON.stringify(inWorker));
    writeFileSync(join(dir, 'page.cpuprofile'), JSON.stringify(onPage));
    process.stdout.write(
      `${report('the worker', inWorker)}\n\n${report("the page's thread", onPage)}\n\nprofiles in ${dir}\n`,
    );
  } finally {
    await server.close();
    await browser.close();
  }
}

main(process.argv[2] ?? '', process.argv[3] ?? '/tmp/page-profile').catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
