/**
 * The browser host with an asynchronous engine (the page's worker engine, here
 * over a fake Worker): the check stage is reported while it runs, Cancel during
 * the check rejects with an AbortError and leaves no highlights, and the host
 * verifies normally afterwards.
 */
import { verifyWorkbook } from '../../src/engine/verify';
import { openBook } from '../../src/web/book/openBook';
import { WebHost } from '../../src/web/host/webHost';
import { createWorkerEngine } from '../../src/worker/workerEngine';
import { recordingWorkers } from '../support/fakeWorker';
import { bytesOf, ERRORS } from '../web/support';

async function setup() {
  // Each worker holds its answer until released, so a test can act while the check runs.
  const { made: workers, create } = recordingWorkers((w) => (w.hold = true));
  const engine = createWorkerEngine({ create });
  const session = await openBook(await bytesOf(ERRORS), 'errors.xlsx');
  const host = new WebHost(session, { browserLanguage: 'en', engine });
  return { workers, session, host };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('WebHost with the worker engine', () => {
  it('reports the check stage while the worker runs, then highlights what it found', async () => {
    const { workers, session, host } = await setup();
    const stages: string[] = [];
    const running = host.verify('workbook', {
      language: 'en',
      onProgress: (p) => stages.push(`${p.stage} ${p.done}/${p.total}`),
    });
    await until(() => workers[0]?.holding === true);
    expect(stages.at(-1)).toBe('check 0/1');
    expect(session.marks.size).toBe(0);
    workers[0]?.release();
    const result = await running;
    expect(result.findings.map((f) => f.cell).sort()).toEqual(['D29', 'D32', 'E24', 'H88']);
    expect(session.marks.size).toBe(4);
  });

  it('stops at once when cancelled during the check: AbortError, worker ended, no highlights', async () => {
    const { workers, session, host } = await setup();
    const controller = new AbortController();
    const running = host.verify('workbook', { language: 'en', signal: controller.signal });
    await until(() => workers[0]?.holding === true);
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]?.terminated).toBe(true);
    expect(session.marks.size).toBe(0);
    expect(session.review).toBeNull();

    // The pane stays usable: the next Verify runs in a fresh worker.
    const again = host.verify('workbook', { language: 'en' });
    await until(() => workers[1]?.holding === true);
    workers[1]?.release();
    expect((await again).findings).toHaveLength(4);
  });

  it('shows nothing when an engine that cannot stop finishes after Cancel', async () => {
    const session = await openBook(await bytesOf(ERRORS), 'errors.xlsx');
    const controller = new AbortController();
    const host = new WebHost(session, {
      browserLanguage: 'en',
      engine: async (snapshot, options) => {
        controller.abort(); // the user presses Cancel while this engine keeps going
        return verifyWorkbook(snapshot, options);
      },
    });
    await expect(
      host.verify('workbook', { language: 'en', signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(session.marks.size).toBe(0);
  });

  it('still reports an engine failure as a host error, not a cancel', async () => {
    const session = await openBook(await bytesOf(ERRORS), 'errors.xlsx');
    const host = new WebHost(session, {
      browserLanguage: 'en',
      engine: async () => {
        throw new Error('defect');
      },
    });
    await expect(host.verify('workbook', { language: 'en' })).rejects.toMatchObject({
      name: 'HostError',
      code: 'unknown',
    });
  });
});
