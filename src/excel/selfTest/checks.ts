/**
 * The self-test's checks: each compares what Excel shows after a step with what
 * the step must leave, and says what it saw (what differed, when it differs).
 * Pure: the looks come from scratch.ts.
 */
import type { Language } from '../../engine/options';
import type { HostVerifyResult } from '../../host/port';
import type { AnnotationApis } from '../apis';
import { HIGHLIGHT, looksLike, showsHighlight, type FillReading } from '../fill';
import { message } from '../messages';
import {
  ACCEPTED,
  BYSTANDER,
  FILLS,
  FIXED,
  SLIPS,
  SOMEONES_COMMENT,
  SOMEONES_NOTE,
  WATCHED,
  fillOf,
} from './budget';
import type { Outcome } from './runSelfTest';
import type { CellLook, Placed } from './scratch';
import { phrase } from './words';

type Looks = ReadonlyMap<string, CellLook>;

const outcome = (ok: boolean, parts: readonly string[]): Outcome => ({
  status: ok ? 'pass' : 'fail',
  detail: parts.join('; '),
});

/** Each cell's verdict: `C4 ✓` or `C4 ✗ (what it showed)`. */
function perCell(
  cells: readonly string[],
  ok: (cell: string) => boolean,
  seen: (cell: string) => string,
): Outcome {
  const parts = cells.map((c) => (ok(c) ? `${c} ✓` : `${c} ✗ (${seen(c)})`));
  return outcome(cells.every(ok), parts);
}

function shown(r: FillReading | undefined): string {
  if (!r) return '—';
  return `color ${r.color}, pattern ${r.pattern}, tint ${r.tintAndShade}, patternColor ${r.patternColor}`;
}

export function notesApi(apis: AnnotationApis, language: Language): Outcome {
  const fewer =
    (apis.declared === 'note' && apis.kind !== 'note') ||
    (apis.declared === 'comment' && apis.kind === 'none');
  const says =
    apis.kind === 'note'
      ? 'writesNotes'
      : apis.kind === 'comment'
        ? 'writesComments'
        : 'writesNothing';
  const detail = fewer
    ? `${phrase('notesMissing', language)} ${phrase(says, language)}`
    : phrase(says, language);
  return { status: fewer ? 'fail' : 'pass', detail };
}

/** Excel reports each fill as written: no fill, white, a pattern with its colours, a tint. */
export function fillsRead(before: Looks): Outcome {
  const wrote = (cell: string): boolean => {
    const r = before.get(cell)?.reading;
    if (!r) return false;
    const kind = fillOf(cell);
    const upper = (x: string | null) => (x ?? '').toUpperCase();
    if (kind === 'none') return before.get(cell)?.fill.pattern === 'None';
    if (kind === 'white') return r.pattern === 'Solid' && upper(r.color) === '#FFFFFF';
    if (kind === 'pattern')
      return (
        r.pattern === FILLS.pattern.pattern &&
        upper(r.color) === FILLS.pattern.color &&
        upper(r.patternColor) === FILLS.pattern.patternColor
      );
    return (
      r.pattern === 'Solid' &&
      Math.abs((r.tintAndShade ?? 0) - (FILLS.tint.tintAndShade ?? 0)) < 0.01
    );
  };
  return perCell(WATCHED, wrote, (c) => shown(before.get(c)?.reading));
}

/** The colour Excel reports for a theme colour made lighter: the one shown, or the accent's. */
export function tintModel(before: Looks, language: Language): Outcome {
  const cell = SLIPS.find((s) => s.fill === 'tint')?.cell ?? BYSTANDER.cell;
  const r = before.get(cell)?.reading;
  const base = (r?.color ?? '').toUpperCase() === FILLS.tint.color;
  return {
    status: base ? 'fail' : 'pass',
    detail: `${phrase(base ? 'tintBase' : 'tintShown', language)} ${cell}: ${shown(r)}`,
  };
}

export function findings(result: HostVerifyResult): Outcome {
  const found = result.findings.map((f) => `${f.cell} ${f.rule}`);
  const expected = SLIPS.map((s) => `${s.cell} ${s.rule}`);
  const same = found.length === expected.length && expected.every((e) => found.includes(e));
  const extra = found.filter((f) => !expected.includes(f));
  const missing = expected.filter((e) => !found.includes(e));
  return outcome(same, [
    found.join(', ') || '—',
    ...(missing.length ? [`missing: ${missing.join(', ')}`] : []),
    ...(extra.length ? [`extra: ${extra.join(', ')}`] : []),
  ]);
}

export function marks(marked: Looks, before: Looks): Outcome {
  const ok = (cell: string) => {
    const now = marked.get(cell)?.fill;
    const was = before.get(cell)?.fill;
    if (!now || !was) return false;
    return cell === BYSTANDER.cell ? looksLike(now, was) : showsHighlight(now, HIGHLIGHT.error);
  };
  return perCell(WATCHED, ok, (c) => shown(marked.get(c)?.reading));
}

/** Ours begins with the note title, in either language. */
function ours(text: string | null | undefined): boolean {
  return !!text && (['ko', 'en'] as const).some((l) => text.startsWith(message('noteTitle', l)));
}

function someones(cell: string, placed: Placed): 'note' | 'comment' | null {
  const a = SLIPS.find((s) => s.cell === cell)?.annotation;
  if (cell === BYSTANDER.cell) return placed.note ? 'note' : null;
  return (a === 'note' && placed.note) || (a === 'comment' && placed.comment) ? (a ?? null) : null;
}

function keptSomeones(look: CellLook | undefined, kind: 'note' | 'comment' | null): boolean {
  if (kind === 'note') return look?.note === SOMEONES_NOTE;
  if (kind === 'comment') return look?.comment === SOMEONES_COMMENT;
  return true;
}

export function notes(
  marked: Looks,
  result: HostVerifyResult,
  placed: Placed,
  apis: AnnotationApis,
  language: Language,
): Outcome {
  const notices = result.notices ?? [];
  const skipped = notices
    .filter((n) => n.kind === 'notes-skipped')
    .map((n) => n.message)
    .join(' ');
  const ok = (cell: string): boolean => {
    const look = marked.get(cell);
    const theirs = someones(cell, placed);
    if (!keptSomeones(look, theirs)) return false;
    if (cell === BYSTANDER.cell) return !ours(look?.note) && !ours(look?.comment);
    if (apis.kind === 'none') return notices.some((n) => n.kind === 'notes-unavailable');
    if (theirs) return skipped.includes(cell);
    return ours(apis.kind === 'note' ? look?.note : look?.comment);
  };
  const seen = (cell: string) =>
    `note ${JSON.stringify(marked.get(cell)?.note ?? null)}, comment ${JSON.stringify(marked.get(cell)?.comment ?? null)}`;
  const verdict = perCell(WATCHED, ok, seen);
  return skipped
    ? { ...verdict, detail: `${verdict.detail}; ${phrase('skippedNotice', language)}: ${skipped}` }
    : verdict;
}

export function fixed(now: Looks, before: Looks, language: Language): Outcome {
  const look = now.get(FIXED);
  const was = before.get(FIXED);
  const to = SLIPS.find((s) => s.cell === FIXED)?.fixedTo;
  const ok =
    !!look &&
    !!was &&
    look.value === to &&
    looksLike(look.fill, was.fill) &&
    !ours(look.note) &&
    !ours(look.comment);
  return outcome(ok, [
    `${FIXED} ${phrase('fixedTo', language)} ${String(look?.value)}`,
    shown(look?.reading),
  ]);
}

export function accepted(now: Looks, before: Looks, again: HostVerifyResult): Outcome {
  const look = now.get(ACCEPTED);
  const was = before.get(ACCEPTED);
  const recorded = again.acceptances.some((a) => a.cell === ACCEPTED);
  const unmarked =
    !!look && !!was && looksLike(look.fill, was.fill) && !ours(look.note) && !ours(look.comment);
  const fixedGone = !again.findings.some((f) => f.cell === FIXED);
  const stillMarked = SLIPS.filter((s) => s.cell !== ACCEPTED && s.cell !== FIXED).every((s) => {
    const fill = now.get(s.cell)?.fill;
    return !!fill && showsHighlight(fill, HIGHLIGHT.error);
  });
  return outcome(recorded && unmarked && fixedGone && stillMarked, [
    `${ACCEPTED} recorded ${recorded}`,
    `unmarked ${unmarked}`,
    `${FIXED} no longer found ${fixedGone}`,
    `others still marked ${stillMarked}`,
  ]);
}

export function cleared(now: Looks, before: Looks, placed: Placed): Outcome {
  const ok = (cell: string) => {
    const look = now.get(cell);
    const was = before.get(cell);
    if (!look || !was) return false;
    return (
      looksLike(look.fill, was.fill) &&
      !ours(look.note) &&
      !ours(look.comment) &&
      keptSomeones(look, someones(cell, placed))
    );
  };
  return perCell(
    WATCHED,
    ok,
    (c) => `${shown(now.get(c)?.reading)} / before: ${shown(before.get(c)?.reading)}`,
  );
}
