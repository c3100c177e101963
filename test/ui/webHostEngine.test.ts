/**
 * The browser host with an asynchronous engine (the page's worker engine, here
 * over a fake Worker): the check stage is reported while it runs, Cancel during
 * the check rejects with an AbortError and leaves no highlights, and the host
 * verifies normally afterwards.
 */
import { verifyWorkbook } from '../../src/engine/verify';
import { openBook } from '../../src/web/book/openBook';
import { WebHost } from '../../src/web/host/webHost';
import { Receiver, type VerifyMessage, type VerifyReply } from '../../src/worker/protocol';
import { createWorkerEngine, type WorkerLike } from '../../src/worker/workerEngine';
import { bytesOf, ERRORS } from '../web/support';

/** A Worker that answers only when released, so a test can act while the check runs. */
class HeldWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  private receiver = new Receiver(Date.now);
  private reply: VerifyReply | null = null;
  postMessage(message: unknown): void {
    this.reply = this.receiver.receive(structuredClone(message) as VerifyMessage) ?? this.reply;
  }
  /** The whole snapshot has arrived and the engine has answered (held until release). */
  get posted(): boolean {
    return this.reply !== null;
  }
  release(): void {
    if (this.terminated || !this.reply) return;
    this.onmessage?.({ data: this.reply } as MessageEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
}

async function setup() {
  const workers: HeldWorker[] = [];
  const engine = createWorkerEngine({
    create: () => {
      const w = new HeldWorker();
      workers.push(w);
      return w;
    },
  });
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
    await until(() => workers[0]?.posted === true);
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
    await until(() => workers[0]?.posted === true);
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]?.terminated).toBe(true);
    expect(session.marks.size).toBe(0);
    expect(session.review).toBeNull();

    // The pane stays usable: the next Verify runs in a fresh worker.
    const again = host.verify('workbook', { language: 'en' });
    await until(() => workers[1]?.posted === true);
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
