/**
 * The Insert section's form as plain data, and its translation into a
 * TemplateRequest. Pure, so the pane's preview and its tests share one path.
 */
import type { InsertTarget, SettlementFigures, TemplateKind, TemplateRequest } from '../../../engine/templates/plan';
import type { Rounding, TemplateSite } from '../../../engine/templates/sites';

export const FIGURE_KEYS = ['final', 'carriedIn', 'changed', 'spent', 'carriedOut'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
export const MAX_COUNTS = 4;

export interface InsertForm {
  readonly template: TemplateKind | null;
  readonly level: 1 | 2 | 3 | null;
  readonly label: string;
  readonly unitPrice: string;
  readonly counts: readonly { readonly value: string; readonly counter: string }[];
  readonly rounding: Rounding | null;
  readonly figures: Readonly<Record<FigureKey, string>>;
}

const NO_FIGURES: Record<FigureKey, string> = { final: '', carriedIn: '', changed: '', spent: '', carriedOut: '' };

/** The first template that fits, the selected line's level and the table's rounding; the rest empty. */
export function initialForm(target: InsertTarget | null, keep?: InsertForm): InsertForm {
  const template = keep?.template && target?.templates.includes(keep.template) ? keep.template : (target?.templates[0] ?? null);
  const item = target?.sites?.['basis-item'];
  const level = item?.kind === 'basis-text' ? item.selectedLevel : null;
  const rounding = item && (item.kind === 'basis-text' || item.kind === 'basis-columnar') ? item.rounding : null;
  return {
    template,
    level,
    label: '',
    unitPrice: '',
    counts: [{ value: '', counter: '' }],
    rounding,
    figures: NO_FIGURES,
  };
}

/**
 * A number as people type it: `1,000,000`, `△1,500`, `-1500`, `1.045`. Empty is
 * undefined; anything else unreadable is NaN, which the planner refuses by name.
 */
export function parseNumber(text: string): number | undefined {
  const t = text.replace(/[\s,]/g, '');
  if (t === '') return undefined;
  const negative = /^[△▲-]/.test(t);
  const body = negative ? t.slice(1) : t;
  if (!/^\d+(\.\d+)?$/.test(body)) return Number.NaN;
  const n = Number(body);
  return negative ? -n : n;
}

export function toRequest(target: InsertTarget, form: InsertForm): TemplateRequest | null {
  if (!form.template) return null;
  const base = { template: form.template, sheet: target.sheet, cell: target.cell };
  if (form.template === 'basis-item') {
    return {
      ...base,
      label: form.label,
      ...(form.level ? { level: form.level } : {}),
      ...(form.rounding ? { rounding: form.rounding } : {}),
      unitPrice: parseNumber(form.unitPrice) ?? Number.NaN,
      counts: form.counts
        .filter((c) => c.value.trim() !== '' || c.counter.trim() !== '')
        .map((c) => ({ value: parseNumber(c.value) ?? Number.NaN, counter: c.counter })),
    };
  }
  if (form.template === 'settlement-row') {
    const figures: Record<string, number> = {};
    for (const key of FIGURE_KEYS) {
      const n = parseNumber(form.figures[key]);
      if (n !== undefined) figures[key] = n;
    }
    return { ...base, label: form.label, figures: figures as SettlementFigures };
  }
  return base;
}

/** Which inputs the chosen template asks for, from its site. */
export function fieldsOf(site: TemplateSite | undefined): {
  levels: readonly (1 | 2 | 3)[];
  item: boolean;
  counts: number;
  rounding: boolean;
  settlement: readonly FigureKey[];
} {
  if (site?.kind === 'basis-text') return { levels: site.levels.map((l) => l.level), item: true, counts: MAX_COUNTS, rounding: true, settlement: [] };
  if (site?.kind === 'basis-columnar') return { levels: [], item: true, counts: site.counts.length, rounding: true, settlement: [] };
  if (site?.kind === 'settlement-row') return { levels: [], item: false, counts: 0, rounding: false, settlement: FIGURE_KEYS.filter((k) => site.cols[k] !== null) };
  return { levels: [], item: false, counts: 0, rounding: false, settlement: [] };
}

/** Nothing typed yet: the preview waits instead of calling empty fields wrong. */
export function isUntouched(form: InsertForm): boolean {
  if (form.template === 'basis-item')
    return form.label.trim() === '' && form.unitPrice.trim() === '' && form.counts.every((c) => c.value.trim() === '' && c.counter.trim() === '');
  if (form.template === 'settlement-row') return form.label.trim() === '' && FIGURE_KEYS.every((k) => form.figures[k].trim() === '');
  return false;
}
