/** The inputs the chosen template asks for: level, label, unit price, counts with counters, rounding; or a settlement year's figures. */
import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { TemplateSite } from '../../../engine/templates/sites';
import { useStrings } from '../../useStrings';
import { fieldsOf, MAX_COUNTS, type InsertForm } from './insertForm';
import { useInsertSectionStyles } from './useInsertSectionStyles';

export interface InsertFieldsProps {
  readonly site: TemplateSite | undefined;
  readonly form: InsertForm;
  readonly disabled: boolean;
  readonly onChange: (patch: Partial<InsertForm>) => void;
}

const ROUNDINGS = ['down', 'half-up', 'up'] as const;

export function InsertFields({ site, form, disabled, onChange }: InsertFieldsProps) {
  const t = useStrings();
  const styles = useInsertSectionStyles();
  const fields = fieldsOf(site);
  const settlement = site?.kind === 'settlement-row';
  if (!fields.item && !settlement) return null;
  const setCount = (i: number, patch: Partial<InsertForm['counts'][number]>) =>
    onChange({ counts: form.counts.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const maxCounts = Math.min(MAX_COUNTS, fields.counts);
  return (
    <>
      {fields.levels.length > 0 && (
        <RadioGroup
          layout="horizontal"
          aria-label={t.level}
          value={String(form.level ?? '')}
          disabled={disabled}
          onChange={(_, data) => onChange({ level: Number(data.value) as 1 | 2 | 3 })}
        >
          {fields.levels.map((level) => (
            <Radio key={level} value={String(level)} label={t.levels[String(level) as '1' | '2' | '3']} />
          ))}
        </RadioGroup>
      )}
      <Field label={settlement ? t.yearLabel : t.itemLabel}>
        <Input value={form.label} disabled={disabled} onChange={(_, data) => onChange({ label: data.value })} />
      </Field>
      {fields.item && (
        <Field label={t.unitPrice}>
          <Input inputMode="decimal" value={form.unitPrice} disabled={disabled} onChange={(_, data) => onChange({ unitPrice: data.value })} />
        </Field>
      )}
      {fields.item &&
        form.counts.slice(0, maxCounts).map((count, i) => (
          <div key={i} className={styles.row}>
            <Field label={t.countValue(i + 1)} className={styles.count}>
              <Input inputMode="decimal" value={count.value} disabled={disabled} onChange={(_, data) => setCount(i, { value: data.value })} />
            </Field>
            <Field label={t.countCounter(i + 1)} className={styles.counter}>
              <Input value={count.counter} disabled={disabled} onChange={(_, data) => setCount(i, { counter: data.value })} />
            </Field>
            {form.counts.length > 1 && (
              <Button
                icon={<DeleteRegular />}
                aria-label={t.removeCount(i + 1)}
                disabled={disabled}
                onClick={() => onChange({ counts: form.counts.filter((_, j) => j !== i) })}
              />
            )}
          </div>
        ))}
      {fields.item && form.counts.length < maxCounts && (
        <div>
          <Button icon={<AddRegular />} disabled={disabled} onClick={() => onChange({ counts: [...form.counts, { value: '', counter: '' }] })}>
            {t.addCount}
          </Button>
        </div>
      )}
      {fields.rounding && (
        <RadioGroup
          aria-label={t.rounding}
          value={form.rounding ?? ''}
          disabled={disabled}
          onChange={(_, data) => onChange({ rounding: data.value as (typeof ROUNDINGS)[number] })}
        >
          {ROUNDINGS.map((r) => (
            <Radio key={r} value={r} label={t.roundings[r]} />
          ))}
        </RadioGroup>
      )}
      {fields.settlement.map((key) => (
        <Field key={key} label={t.settlementFigures[key]}>
          <Input
            inputMode="decimal"
            value={form.figures[key]}
            disabled={disabled}
            onChange={(_, data) => onChange({ figures: { ...form.figures, [key]: data.value } })}
          />
        </Field>
      ))}
    </>
  );
}
