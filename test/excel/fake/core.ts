/**
 * The fake's request machinery, modelled on Office.js: calls on proxies only
 * queue commands; `context.sync()` runs them in order, then fills in what was
 * loaded. Reading a property that was not loaded and synced throws
 * PropertyNotLoaded. It counts syncs and commands, and enforces Excel on the
 * web's 5 MB request/response limit: a response is the JSON of every value
 * loaded; a request is the JSON of every argument written plus
 * REQUEST_BYTES_PER_COMMAND for each queued command (Office serialises each
 * action and object path with ids, type and name).
 */
import type { FakeBook } from './book';

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface SyncRecord {
  readonly commands: number;
  readonly writes: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** The error code when the sync failed. */
  readonly error: string | null;
}

export interface Tx {
  /** Records a loaded value; it becomes readable only if the whole sync succeeds. */
  set(target: FakeObject, name: string, value: unknown): void;
}

interface Command {
  readonly kind: 'read' | 'write' | 'nav';
  readonly run: (tx: Tx) => void;
}

/** Framing of one queued command in Office's request JSON, besides its arguments. */
export const REQUEST_BYTES_PER_COMMAND = 100;

export function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export class FakeContext {
  readonly syncs: SyncRecord[] = [];
  private queue: Command[] = [];
  private requestBytes = 0;

  constructor(
    readonly book: FakeBook,
    private readonly delayForCellEdit = false,
  ) {}

  enqueue(kind: Command['kind'], run: (tx: Tx) => void, payload?: unknown): void {
    this.queue.push({ kind, run });
    this.requestBytes += REQUEST_BYTES_PER_COMMAND;
    if (payload !== undefined) this.requestBytes += bytesOf(payload);
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    const pending: Array<[FakeObject, string, string | undefined]> = [];
    let responseBytes = 0;
    let error: string | null = null;
    const record = () =>
      this.syncs.push({
        commands: queue.length,
        writes: queue.filter((c) => c.kind === 'write').length,
        requestBytes,
        responseBytes,
        error,
      });
    await Promise.resolve();
    while (this.delayForCellEdit && this.book.editMode)
      await new Promise((resolve) => setTimeout(resolve, 5));
    try {
      // A test's hook may change the book, or fail this sync as Excel would.
      this.book.beforeSync?.(this.syncs.length, queue.filter((c) => c.kind === 'write').length);
      if (this.book.editMode) {
        throw new FakeOfficeError(
          this.book.quirks.editModeCode,
          'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
        );
      }
      if (requestBytes > this.book.limits.maxPayloadBytes) {
        throw new FakeOfficeError(
          'RequestPayloadSizeLimitExceeded',
          'The request payload size has exceeded the limit.',
        );
      }
      const tx: Tx = {
        set(target, name, value) {
          // Serialised once: for the response's size and for the copy the add-in receives.
          const json = JSON.stringify(value) as string | undefined;
          responseBytes += json === undefined ? 0 : Buffer.byteLength(json, 'utf8');
          pending.push([target, name, json]);
        },
      };
      // Like Excel, commands before a failing one stay applied: no rollback.
      for (const command of queue) command.run(tx);
      if (responseBytes > this.book.limits.maxPayloadBytes) {
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          'The response payload size has exceeded the limit.',
        );
      }
    } catch (e) {
      error = (e as { code?: string }).code ?? 'Error';
      throw e;
    } finally {
      record();
    }
    for (const [target, name, json] of pending) target.commit(name, json);
  }
}

/** Property names from any of the `load` argument forms. */
export function loadNames(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (typeof spec === 'string')
    return spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadNames(s));
  if (typeof spec === 'object' && spec !== null && 'select' in spec)
    return loadNames((spec as { select: unknown }).select);
  throw new Error(`fake: unsupported load argument ${JSON.stringify(spec)}`);
}

export abstract class FakeObject {
  private readonly loadedProps = new Map<string, unknown>();

  constructor(readonly context: FakeContext) {}

  /** Computes a property when the sync runs; throws an Office error for a bad object. */
  protected abstract read(name: string): unknown;

  /** For *OrNullObject proxies: true when the object does not exist (evaluated at sync). */
  protected resolvesToNull(): boolean {
    return false;
  }

  load(spec?: unknown): this {
    const names = loadNames(spec);
    this.context.enqueue('read', (tx) => {
      const isNull = this.resolvesToNull();
      tx.set(this, 'isNullObject', isNull);
      if (!isNull) for (const name of names) tx.set(this, name, this.read(name));
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.get('isNullObject');
  }

  /** Makes a loaded value readable: a copy, as Office's proxies never share the host's objects. */
  commit(name: string, json: string | undefined): void {
    this.loadedProps.set(name, json === undefined ? undefined : JSON.parse(json));
  }

  protected get<T>(name: string): T {
    if (!this.loadedProps.has(name)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loadedProps.get(name) as T;
  }

  /** Queues a write; `apply` runs at sync time. */
  protected write(apply: () => void, payload?: unknown): void {
    this.context.enqueue('write', () => apply(), payload ?? null);
  }

  /** Counts a method call that only navigates (getItem, getRange…), as Office sends it too. */
  protected nav(): void {
    this.context.enqueue('nav', () => undefined);
  }
}
