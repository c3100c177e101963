/**
 * A fake host port for the pane's tests: an in-memory workbook state (findings,
 * acceptances), a log of calls, and knobs to make a call fail, report progress or
 * wait until the test lets it finish.
 */
import type { Coverage, Finding, TableInfo } from '../../src/engine/findings';
import type { Language } from '../../src/engine/options';
import type { Acceptance } from '../../src/engine/review';
import type { HostPort, HostVerifyResult, Progress, VerifyScope } from '../../src/host/port';
import type { FormulaCell } from '../../src/engine/templates/formulaInputs';
import type { InsertTarget, TemplateRequest } from '../../src/engine/templates/plan';

export const TABLES: readonly TableInfo[] = [
  {
    kind: 'summary',
    sheet: 'Sheet1',
    range: 'A3:F8',
    unit: '천원',
    rounding: 'exact',
    title: '예산 총괄',
  },
  {
    kind: 'basis',
    sheet: 'Sheet1',
    range: 'A12:D25',
    unit: '천원',
    rounding: 'up',
    title: '시 대표 SNS 운영',
  },
];

export function finding(overrides: Partial<Finding> & Pick<Finding, 'cell'>): Finding {
  return {
    rule: 'product',
    severity: 'error',
    sheet: 'Sheet1',
    expected: 100,
    actual: 101,
    unit: '천원',
    cause: overrides.cell,
    explain: '',
    message: `Figure in ${overrides.cell} does not match`,
    table: 'A12:D25',
    ...overrides,
  };
}

/** Four findings over two tables; shown order: F5 (summary), then D14, D13, B20 (basis). */
export const FINDINGS: readonly Finding[] = [
  finding({
    cell: 'D14',
    expected: 60000,
    actual: 61000,
    message: 'Product 61,000 should be 60,000',
    explain: '1,000,000원 × 15건 × 4분기 = 60,000,000원 → 60,000천원',
  }),
  finding({
    cell: 'D13',
    rule: 'subtotal',
    expected: 280000,
    actual: 281000,
    message: 'Subtotal is off',
  }),
  finding({
    cell: 'F5',
    rule: 'change-rate',
    table: 'A3:F8',
    expected: -20,
    actual: -19,
    unit: '%',
    message: 'Change rate should be △20',
    explain: '(427,660 − 534,200) × 100 / 534,200 = −19.94 → △20',
  }),
  finding({
    cell: 'B20',
    rule: 'unreadable',
    severity: 'warning',
    expected: null,
    actual: null,
    unit: null,
    message: 'Cannot read this calculation line',
  }),
];

type Method = 'verify' | 'select' | 'fix' | 'accept' | 'clear' | 'insertTarget' | 'insert';

export interface FakeHost extends HostPort {
  findings: Finding[];
  tables: TableInfo[];
  coverage: Coverage;
  acceptances: Acceptance[];
  /** Flagged cells that hold formulas (Fix is not offered on them). */
  formulaCells: FormulaCell[];
  language: Language;
  readonly calls: { method: Method; args: unknown[] }[];
  callsOf(method: Method): unknown[][];
  /** The next call of `method` rejects with `error`. */
  failNext(method: Method, error: Error): void;
  /** Progress reports the next verify makes before it resolves. */
  progress: Progress[];
  /** When set, verify waits for `release()` (or the abort signal) before resolving. */
  holdVerify: boolean;
  /** When set, fix waits for `release()`. */
  holdFix: boolean;
  /** What insertTarget returns next (only for a host made with `insert`). */
  target: InsertTarget | null;
  /** When set, insert waits for `release()`. */
  holdInsert: boolean;
  release(): void;
}

/**
 * `init.insert` gives the host the optional insert methods (the Office host has
 * them); without it the host is one that cannot insert standard rows.
 */
export function createFakeHost(
  init: Partial<Pick<FakeHost, 'findings' | 'tables' | 'coverage' | 'acceptances' | 'formulaCells' | 'language'>> & {
    readonly insert?: InsertTarget;
  } = {},
): FakeHost {
  const failures = new Map<Method, Error>();
  let releaseHeld: (() => void) | null = null;

  const host: FakeHost = {
    findings: [...(init.findings ?? FINDINGS)],
    tables: [...(init.tables ?? TABLES)],
    coverage: init.coverage ?? { figures: 0, checked: 0, unchecked: [] },
    acceptances: [...(init.acceptances ?? [])],
    formulaCells: [...(init.formulaCells ?? [])],
    language: init.language ?? 'en',
    calls: [],
    progress: [],
    holdVerify: false,
    holdFix: false,
    target: init.insert ?? null,
    holdInsert: false,
    callsOf: (method) => host.calls.filter((c) => c.method === method).map((c) => c.args),
    failNext: (method, error) => void failures.set(method, error),
    release: () => releaseHeld?.(),
    displayLanguage: () => host.language,

    async verify(scope: VerifyScope, options): Promise<HostVerifyResult> {
      record('verify', [scope, options]);
      for (const p of host.progress) options.onProgress?.(p);
      if (host.holdVerify) await held(options.signal);
      return {
        tables: [...host.tables],
        findings: [...host.findings],
        coverage: host.coverage,
        acceptances: [...host.acceptances],
        ...(host.formulaCells.length ? { formulaCells: [...host.formulaCells] } : {}),
      };
    },
    async select(sheet, cell) {
      record('select', [sheet, cell]);
    },
    async fix(f) {
      record('fix', [f]);
      if (host.holdFix) await held();
      // The workbook now holds the expected figure: the finding is gone on the next verify.
      host.findings = host.findings.filter(
        (x) => !(x.sheet === f.sheet && x.cell === f.cell && x.rule === f.rule),
      );
    },
    async accept(f, note, reviewer) {
      record('accept', [f, note, reviewer]);
      const acceptance: Acceptance = {
        sheet: f.sheet,
        cell: f.cell,
        rule: f.rule,
        actual: f.actual,
        ...(note ? { note } : {}),
        ...(reviewer ? { reviewer } : {}),
        at: '2024-05-02T09:00:00Z',
      };
      host.acceptances.push(acceptance);
      return acceptance;
    },
    async clear() {
      record('clear', []);
    },
  };

  if (init.insert) {
    host.insertTarget = async () => {
      record('insertTarget', []);
      if (!host.target) throw new Error('fake host: no target set');
      return host.target;
    };
    host.insert = async (request: TemplateRequest) => {
      record('insert', [request]);
      if (host.holdInsert) await held();
    };
  }

  function record(method: Method, args: unknown[]): void {
    host.calls.push({ method, args });
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      throw failure;
    }
  }

  function held(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      releaseHeld = () => {
        releaseHeld = null;
        resolve();
      };
      signal?.addEventListener('abort', () =>
        reject(new DOMException('Verification cancelled', 'AbortError')),
      );
    });
  }

  return host;
}
