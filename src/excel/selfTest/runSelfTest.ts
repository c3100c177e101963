/**
 * The self-test (issue 12): what the first person with Excel runs to give us
 * evidence. On a sheet of its own (scratch.ts) it writes a small budget with
 * four known slips in varied fills and someone else's notes and comments, reads
 * the fills back, runs the real Verify, Fix, Accept and Clear on that sheet only
 * (the user's marks elsewhere stay), checks every highlight, note and fill
 * after each, and removes its sheet and records. Each check is a step; a step
 * that throws stops the ones after it (they are reported as not run), and the
 * clean-up runs whatever happened.
 */
import type { Finding } from '../../engine/findings';
import type { Language } from '../../engine/options';
import type { HostVerifyResult, SelfTestReport, SelfTestStep } from '../../host/port';
import { runClear } from '../clearAction';
import { toHostError } from '../errors';
import { runAccept, runFix } from '../reviewActions';
import type { FixContent } from '../types';
import { runVerify, type VerifyDeps } from '../verifyAction';
import { loadInfo } from '../workbook';
import { ACCEPTED, FIXED, WATCHED } from './budget';
import * as check from './checks';
import { formatReport } from './report';
import {
  look,
  makeScratch,
  removeScratch,
  scratchName,
  type CellLook,
  type Placed,
} from './scratch';
import { phrase, STEP_ORDER, stepTitle, type StepId } from './words';
import type { AnnotationApis } from '../apis';

export interface SelfTestDeps extends VerifyDeps {
  readonly fixContent: FixContent;
  readonly now: () => Date;
  /** Host, platform, version, API sets: label and value. */
  readonly environment: () => readonly (readonly [string, string])[];
}

export interface SelfTestOptions {
  readonly language: Language;
  readonly onStep?: (step: SelfTestStep) => void;
}

/** A step's outcome: passed (or not), or not applicable here; and what was seen. */
export type Outcome = { readonly status: 'pass' | 'fail' | 'skip'; readonly detail: string };

class Stopped extends Error {}

interface Setup {
  readonly sheet: string;
  readonly has: AnnotationApis;
  readonly placed: Placed;
  readonly before: Map<string, CellLook>;
}

export async function runSelfTest(
  deps: SelfTestDeps,
  options: SelfTestOptions,
): Promise<SelfTestReport> {
  const { language } = options;
  const steps: SelfTestStep[] = [];
  const record = (id: StepId, outcome: Outcome) => {
    const step = { id, title: stepTitle(id, language), ...outcome };
    steps.push(step);
    options.onStep?.(step);
  };
  /** Runs a step; a throw is its failure, and stops the steps after it. */
  const step = async <T>(id: StepId, body: () => Promise<[Outcome, T]>): Promise<T> => {
    try {
      const [outcome, value] = await body();
      record(id, outcome);
      return value;
    } catch (e) {
      record(id, { status: 'fail', detail: toHostError(e, language).message });
      throw new Stopped();
    }
  };
  const review = { ...deps, now: deps.now };
  // What the set-up made, for the steps and the clean-up (which runs even if it failed half-way).
  const made: { name?: string; recordsBefore: boolean } = { recordsBefore: true };
  try {
    const { sheet, has, placed, before } = await step('scratch-sheet', () =>
      deps.run(async (context): Promise<[Outcome, Setup]> => {
        const info = await loadInfo(context, deps.notesApi);
        record('notes-api', check.notesApi(info.apis, language));
        made.recordsBefore = info.hasStateSheet;
        const sheet = scratchName(info.sheets, deps.now());
        made.name = sheet;
        const placed = await makeScratch(context, sheet, info.apis);
        const before = await look(context, sheet, WATCHED, info.apis);
        return [
          { status: 'pass', detail: sheet },
          { sheet, has: info.apis, placed, before },
        ];
      }),
    );
    const lookNow = () => deps.run((context) => look(context, sheet, WATCHED, has));
    record('fills-read', check.fillsRead(before));
    record('tint-model', check.tintModel(before, language));

    const verified = await step('verify-findings', async () => {
      const result = await runVerify(deps, { sheets: [sheet] }, { language });
      return [check.findings(result), result] as [Outcome, HostVerifyResult];
    });
    const marked = await lookNow();
    record('verify-marks', check.marks(marked, before));
    record('verify-notes', check.notes(marked, verified, placed, has, language));

    const find = (cell: string): Finding => {
      const f = verified.findings.find((x) => x.cell === cell);
      if (!f) throw new Error(`${cell}: ${phrase('notRun', language)}`);
      return f;
    };
    await step('fix', async () => {
      await runFix(review, find(FIXED), language);
      return [check.fixed(await lookNow(), before, language), null];
    });
    await step('accept', async () => {
      await runAccept(review, find(ACCEPTED), undefined, language);
      const again = await runVerify(deps, { sheets: [sheet] }, { language });
      return [check.accepted(await lookNow(), before, again), null];
    });
    await step('clear', async () => {
      await runClear(deps, language, [sheet]);
      return [check.cleared(await lookNow(), before, placed), null];
    });
  } catch (e) {
    if (!(e instanceof Stopped)) throw e;
  } finally {
    const scratch = made.name;
    if (scratch !== undefined) {
      await step('cleanup', async () => {
        await deps.run((context) =>
          removeScratch(context, scratch, deps.notesApi, made.recordsBefore),
        );
        const left = await deps.run((context) => loadInfo(context, deps.notesApi));
        const gone = !left.sheets.includes(scratch);
        return [{ status: gone ? 'pass' : 'fail', detail: scratch }, null];
      }).catch(() => undefined);
    }
  }
  for (const id of STEP_ORDER)
    if (!steps.some((s) => s.id === id))
      record(id, { status: 'skip', detail: phrase('notRun', language) });
  const ordered = STEP_ORDER.map((id) => steps.find((s) => s.id === id) as SelfTestStep);
  const environment = deps.environment();
  const passed =
    ordered.every((s) => s.status !== 'fail') && ordered.some((s) => s.status === 'pass');
  return {
    passed,
    environment,
    steps: ordered,
    text: formatReport({ passed, environment, steps: ordered }, language, deps.now()),
  };
}
