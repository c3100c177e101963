/**
 * Checks on what the user typed into the pane's form. A refusal names the field;
 * nothing here throws on bad input.
 */
import { refuse, type Refusal } from './refusal';
import type { TemplateRequest } from './plan';

export const MAX_COUNTS = 4;
const MAX_LABEL = 200;

/**
 * A counter is a unit word (`건`, `회`, `개월`, `ℓ`) or `%`: letters only, so it can
 * never add a number or an operator to the line the engine reads back.
 */
const COUNTER = /^(?:%|[\p{L}ℓ㎡㎥㎏㎞㎖]{0,6})$/u;

export interface BasisInputs {
  readonly label: string;
  readonly unitPrice: number;
  readonly counts: readonly { readonly value: number; readonly counter: string }[];
}

export function basisInputs(request: TemplateRequest): BasisInputs | Refusal {
  const label = typeof request.label === 'string' ? request.label.trim() : '';
  if (!label || label.length > MAX_LABEL || /[\r\n]/.test(label)) return refuse('bad-input', { field: 'label' });
  const unitPrice = request.unitPrice;
  if (!isPositive(unitPrice)) return refuse('bad-input', { field: 'unitPrice' });
  const counts = request.counts ?? [];
  if (!Array.isArray(counts) || counts.length > MAX_COUNTS) return refuse('bad-input', { field: 'counts' });
  for (const c of counts) {
    const counter = typeof c?.counter === 'string' ? c.counter.trim() : '';
    if (!isPositive(c?.value) || !COUNTER.test(counter) || /^[xX]$/.test(counter)) return refuse('bad-input', { field: 'counts' });
  }
  return { label, unitPrice, counts: counts.map((c) => ({ value: c.value, counter: c.counter.trim() })) };
}

function isPositive(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 && n < 1e15;
}

/** A finite number the user typed, or zero when left empty; a refusal for anything else. */
export function figureInput(n: unknown): number | null {
  if (n === undefined || n === null) return 0;
  return typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < 1e15 ? n : null;
}
